#include "sync/retrypolicy.h"

#include <QTest>

using namespace std::chrono_literals;
using ms = std::chrono::milliseconds;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actions_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("action");
        using A = RetryPolicy::Action;
        QTest::newRow("network") << int(RestError::Network) << int(A::Retry);
        QTest::newRow("timeout") << int(RestError::Timeout) << int(A::Retry);
        QTest::newRow("5xx") << int(RestError::Server) << int(A::Retry);
        QTest::newRow("429") << int(RestError::RateLimited) << int(A::Retry);
        QTest::newRow("401") << int(RestError::Unauthorized) << int(A::Pause);
        QTest::newRow("400/422") << int(RestError::Invalid) << int(A::Poison);
        QTest::newRow("409") << int(RestError::Conflict) << int(A::Poison);
        QTest::newRow("410") << int(RestError::Gone) << int(A::Resync);
        QTest::newRow("403") << int(RestError::Forbidden) << int(A::Fail);
        QTest::newRow("protocol") << int(RestError::Protocol) << int(A::Fail);
    }
    void actions()
    {
        QFETCH(int, kind);
        QFETCH(int, action);
        QCOMPARE(int(RetryPolicy::actionFor(RestError::Kind(kind))), action);
    }

    void fullJitterBounds()
    {
        // The random source at its top: the delay is just under the exponential ceiling.
        RetryPolicy top([] { return 0.999999; });
        QCOMPARE(top.delay(1), ms(999));
        QCOMPARE(top.delay(2), ms(1999));
        QCOMPARE(top.delay(3), ms(3999));
        QCOMPARE(top.delay(10), ms(511999));
        // 2^10 s > 10 min: capped.
        QCOMPARE(top.delay(11), ms(599999));
        QCOMPARE(top.delay(1000), ms(599999));
        RetryPolicy bottom([] { return 0.0; });
        QCOMPARE(bottom.delay(1), ms(0));
        QCOMPARE(bottom.delay(40), ms(0));
        RetryPolicy half([] { return 0.5; });
        QCOMPARE(half.delay(1), ms(500));
        QCOMPARE(half.delay(4), ms(4000));
        QCOMPARE(half.delay(0), ms(500)); // attempts start at 1
    }

    void randomSourceIsUsedEachTime()
    {
        QList<double> values {0.1, 0.9, 0.25};
        int next = 0;
        RetryPolicy policy([&] { return values.at(next++ % values.size()); });
        QCOMPARE(policy.delay(3), ms(400));
        QCOMPARE(policy.delay(3), ms(3600));
        QCOMPARE(policy.delay(3), ms(1000));
        QCOMPARE(next, 3);
    }

    void retryAfterIsAFloor()
    {
        RetryPolicy policy([] { return 0.0; });
        QCOMPARE(policy.delay(1, 30s), ms(30000));
        // Beyond the cap too: the server knows best when it will take us again.
        QCOMPARE(policy.delay(1, 3600s), ms(3600000));
        RetryPolicy top([] { return 0.999999; });
        QCOMPARE(top.delay(5, 2s), ms(15999)); // the jitter is already later
    }

    void statefulBackoff()
    {
        RetryPolicy policy([] { return 0.999999; });
        RestError error;
        error.kind = RestError::Server;
        QCOMPARE(policy.nextDelay(error), ms(999));
        QCOMPARE(policy.nextDelay(error), ms(1999));
        QCOMPARE(policy.attempts(), 2);
        error.kind = RestError::RateLimited;
        error.retryAfterSeconds = 120;
        QCOMPARE(policy.nextDelay(error), ms(120000));
        policy.reset();
        QCOMPARE(policy.attempts(), 0);
        error.retryAfterSeconds = -1;
        QCOMPARE(policy.nextDelay(error), ms(999));
    }

    void customBaseAndCap()
    {
        RetryPolicy policy([] { return 0.5; });
        policy.setBase(100ms);
        policy.setCap(1s);
        QCOMPARE(policy.delay(1), ms(50));
        QCOMPARE(policy.delay(4), ms(400));
        QCOMPARE(policy.delay(5), ms(500)); // 1600 capped to 1000
    }

    void defaultSourceStaysInRange()
    {
        RetryPolicy policy;
        for (int i = 0; i < 200; ++i) {
            const ms d = policy.delay(3);
            QVERIFY(d >= ms(0));
            QVERIFY(d < ms(4000));
        }
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
