#include "core/enums.h"

#include <QSet>
#include <QTest>

class TestEnums : public QObject
{
    Q_OBJECT

private:
    template<typename E>
    void checkRoundTrip(int expectedCount)
    {
        const auto values = enumValues<E>();
        QCOMPARE(values.size(), expectedCount);
        QSet<QString> keys;
        for (E value : values) {
            const QString key = enumKey(value);
            QVERIFY2(!key.isEmpty(), "every value has a key");
            QVERIFY2(!keys.contains(key), qPrintable(u"duplicate key "_qs + key));
            keys.insert(key);
            QCOMPARE(enumFromKey<E>(key), std::optional<E>(value));
            QVERIFY(!enumLabel(value).isEmpty());
        }
        QCOMPARE(enumFromKey<E>(u"no_such_value"), std::nullopt);
        QCOMPARE(enumFromKey<E>(u""), std::nullopt);
    }

private Q_SLOTS:
    void roundTrips()
    {
        checkRoundTrip<TicketKind>(5);
        checkRoundTrip<Channel>(5);
        checkRoundTrip<TicketState>(9);
        checkRoundTrip<Priority>(4);
        checkRoundTrip<TicketCategory>(15);
        checkRoundTrip<ResolutionCode>(8);
        checkRoundTrip<FollowUpResult>(3);
        checkRoundTrip<MediationBody>(4);
        checkRoundTrip<EventKind>(9);
        checkRoundTrip<Role>(4);
        checkRoundTrip<AssignmentRule>(3);
        checkRoundTrip<InvestorType>(2);
        checkRoundTrip<RiskClass>(6);
        checkRoundTrip<ProductRisk>(5);
        checkRoundTrip<IdType>(5);
        checkRoundTrip<CustomerStatus>(4);
        checkRoundTrip<AccountKind>(5);
        checkRoundTrip<AccountStatus>(4);
        checkRoundTrip<RiskAlertKind>(7);
        checkRoundTrip<Severity>(3);
        checkRoundTrip<AlertState>(3);
        checkRoundTrip<Direction>(2);
        checkRoundTrip<TradeSide>(2);
        checkRoundTrip<ArticleStatus>(4);
    }

    void keysAreCaseSensitive()
    {
        QCOMPARE(enumFromKey<TicketKind>(u"Complaint"), std::nullopt);
        QCOMPARE(enumFromKey<TicketKind>(u"complaint"), std::optional(TicketKind::Complaint));
    }
};

QTEST_GUILESS_MAIN(TestEnums)
#include "tst_enums.moc"
