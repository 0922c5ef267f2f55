#include "core/slaclock.h"
#include "core/slapolicy.h"

#include <QSet>
#include <QTest>

namespace {

QDateTime china(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), SlaPolicy::chinaTime());
}

} // namespace

class TestSlaClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusRule_data()
    {
        QTest::addColumn<qint64>("remaining");
        QTest::addColumn<qint64>("allowed");
        QTest::addColumn<bool>("breached");
        QTest::addColumn<SlaStatus>("expected");
        QTest::newRow("full") << qint64(1000) << qint64(1000) << false << SlaStatus::Green;
        QTest::newRow("just above 20%") << qint64(201) << qint64(1000) << false << SlaStatus::Green;
        QTest::newRow("exactly 20%") << qint64(200) << qint64(1000) << false << SlaStatus::Amber;
        QTest::newRow("below 20%") << qint64(199) << qint64(1000) << false << SlaStatus::Amber;
        QTest::newRow("1 s left") << qint64(1) << qint64(1000) << false << SlaStatus::Amber;
        QTest::newRow("0 but not yet due") << qint64(0) << qint64(1000) << false << SlaStatus::Amber;
        QTest::newRow("0 and due") << qint64(0) << qint64(1000) << true << SlaStatus::Red;
        QTest::newRow("overdue") << qint64(-1) << qint64(1000) << true << SlaStatus::Red;
        QTest::newRow("20% of 15 days")
            << qint64(3 * 86400) << qint64(15 * 86400) << false << SlaStatus::Amber;
        QTest::newRow("20% of 15 days + 1 s")
            << qint64(3 * 86400 + 1) << qint64(15 * 86400) << false << SlaStatus::Green;
    }
    void statusRule()
    {
        QFETCH(qint64, remaining);
        QFETCH(qint64, allowed);
        QFETCH(bool, breached);
        QFETCH(SlaStatus, expected);
        QCOMPARE(SlaClock::statusFor(remaining, allowed, breached), expected);
    }

    void statusOnCalendar_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("due");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<SlaStatus>("expected");
        // Mon 2025-11-03 00:00 to end of Fri 11-07: 5 working days, 20 % = 1 day.
        const QDateTime monday = china(2025, 11, 3);
        const QDateTime endFriday = china(2025, 11, 8);
        QTest::newRow("start") << monday << endFriday << monday << SlaStatus::Green;
        QTest::newRow("1 day + 1 s left")
            << monday << endFriday << china(2025, 11, 6, 23, 59, 59) << SlaStatus::Green;
        QTest::newRow("exactly 1 day left") << monday << endFriday << china(2025, 11, 7) << SlaStatus::Amber;
        QTest::newRow("1 s left") << monday << endFriday << china(2025, 11, 7, 23, 59, 59)
                                  << SlaStatus::Amber;
        QTest::newRow("exactly due") << monday << endFriday << endFriday << SlaStatus::Red;
        QTest::newRow("after due") << monday << endFriday << china(2025, 11, 8, 0, 0, 1) << SlaStatus::Red;
        // Fri 11-07 00:00 to end of Mon 11-10: 2 working days; 20 % = 9.6 h.
        const QDateTime friday = china(2025, 11, 7);
        const QDateTime endMonday = china(2025, 11, 11);
        QTest::newRow("weekend does not run")
            << friday << endMonday << china(2025, 11, 9, 12) << SlaStatus::Green;
        QTest::newRow("Mon 14:23:59")
            << friday << endMonday << china(2025, 11, 10, 14, 23, 59) << SlaStatus::Green;
        QTest::newRow("Mon 14:24 = 20%")
            << friday << endMonday << china(2025, 11, 10, 14, 24) << SlaStatus::Amber;
        // Over 国庆 2025: 09-30 00:00 to end of 10-09 is 2 working days.
        QTest::newRow("holiday does not run")
            << china(2025, 9, 30) << china(2025, 10, 10) << china(2025, 10, 5) << SlaStatus::Green;
        QTest::newRow("no due") << friday << QDateTime() << friday << SlaStatus::None;
    }
    void statusOnCalendar()
    {
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, due);
        QFETCH(QDateTime, now);
        QFETCH(SlaStatus, expected);
        const SlaClock clock(WorkingCalendar::builtIn());
        QCOMPARE(clock.status(start, due, now), expected);
        // Same instants in UTC give the same answer.
        QCOMPARE(clock.status(start.toUTC(), due.toUTC(), now.toUTC()), expected);
    }

    void remainingWorkingTime_data()
    {
        QTest::addColumn<QDateTime>("due");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<bool>("breached");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("hours");
        // 12 h on 09-30 + 24 h on 10-09; the holiday in between does not count.
        QTest::newRow("over 国庆") << china(2025, 10, 10) << china(2025, 9, 30, 12) << qint64(36 * 3600)
                                   << false << 1 << 12;
        // Overdue: Fri 10-10 (24 h) + make-up Sat 10-11 (24 h) + Sun 0 + Mon 6 h.
        QTest::newRow("overdue over make-up Saturday")
            << china(2025, 10, 10) << china(2025, 10, 13, 6) << qint64(-54 * 3600) << true << 2 << 6;
        QTest::newRow("exactly due") << china(2025, 10, 10) << china(2025, 10, 10) << qint64(0) << true << 0
                                     << 0;
        // 春节 2026: from the make-up Saturday 02-14 12:00 to end of 02-24.
        QTest::newRow("over 春节") << china(2026, 2, 25) << china(2026, 2, 14, 12) << qint64(36 * 3600)
                                   << false << 1 << 12;
    }
    void remainingWorkingTime()
    {
        QFETCH(QDateTime, due);
        QFETCH(QDateTime, now);
        QFETCH(qint64, seconds);
        QFETCH(bool, breached);
        QFETCH(int, days);
        QFETCH(int, hours);
        const SlaClock clock(WorkingCalendar::builtIn());
        const SlaRemaining r = clock.remaining(due, now);
        QCOMPARE(r.workingSeconds, seconds);
        QCOMPARE(r.breached, breached);
        QCOMPARE(r.days(), qint64(days));
        QCOMPARE(r.hours(), hours);
        QVERIFY(!r.text().isEmpty());
        QCOMPARE(clock.workingSecondsBetween(now, due), seconds);
        QCOMPARE(clock.workingSecondsBetween(due, now), -seconds);
    }

    void amberPercentIsConfigurable()
    {
        SlaClock clock(WorkingCalendar::builtIn());
        clock.setAmberPercent(50);
        // 5 working days, 2.5 left: exactly 50 %.
        QCOMPARE(
            clock.status(china(2025, 11, 3), china(2025, 11, 8), china(2025, 11, 5, 12)), SlaStatus::Amber);
        QCOMPARE(clock.status(china(2025, 11, 3), china(2025, 11, 8), china(2025, 11, 5, 11, 59)),
            SlaStatus::Green);
        clock.setAmberPercent(150);
        QCOMPARE(clock.amberPercent(), 100);
    }

    void labels()
    {
        QSet<QString> labels, keys;
        for (SlaStatus s : {SlaStatus::Green, SlaStatus::Amber, SlaStatus::Red, SlaStatus::None}) {
            QVERIFY(!slaStatusLabel(s).isEmpty());
            labels.insert(slaStatusLabel(s));
            keys.insert(slaStatusKey(s));
        }
        QCOMPARE(labels.size(), 4);
        QCOMPARE(keys, (QSet<QString> {u"green"_qs, u"amber"_qs, u"red"_qs, u"none"_qs}));
        SlaRemaining r;
        r.workingSeconds = 3 * 86400 + 4 * 3600;
        QVERIFY(r.text().contains(u'3'));
        QVERIFY(r.text().contains(u'4'));
    }
};

QTEST_GUILESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"
