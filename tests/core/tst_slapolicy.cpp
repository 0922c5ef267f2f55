#include "core/slapolicy.h"
#include "core/ticket.h"

#include <QTest>

namespace {

QDateTime china(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), SlaPolicy::chinaTime());
}

// "Due at the end of day" = 00:00 China time of the next calendar day.
QDateTime endOf(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d).addDays(1), QTime(0, 0), SlaPolicy::chinaTime());
}

} // namespace

class TestSlaPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chinaTimeIsFixedUtc8()
    {
        const QTimeZone tz = SlaPolicy::chinaTime();
        QVERIFY(tz.isValid());
        QCOMPARE(tz.offsetFromUtc(QDateTime(QDate(2025, 1, 15), QTime(12, 0), Qt::UTC)), 8 * 3600);
        QCOMPARE(tz.offsetFromUtc(QDateTime(QDate(2025, 7, 15), QTime(12, 0), Qt::UTC)), 8 * 3600);
    }

    void defaults()
    {
        const SlaPolicy p(WorkingCalendar::builtIn());
        QCOMPARE(p.acceptWorkingDays(), 1);
        QCOMPARE(p.replyWorkingDays(), 15);
        QCOMPARE(p.extendedReplyWorkingDays(), 30);
        QCOMPARE(p.inquiryReplyWorkingDays(), 15);
        QVERIFY(SlaPolicy().calendar().hasYear(2025)); // the default uses the shipped data
    }

    void dueTimes_data()
    {
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<QDateTime>("accept");
        QTest::addColumn<QDateTime>("reply");
        QTest::addColumn<QDateTime>("extended");
        QTest::newRow("normal Monday")
            << china(2025, 11, 3, 9) << endOf(2025, 11, 4) << endOf(2025, 11, 24) << endOf(2025, 12, 15);
        QTest::newRow("Friday evening") << china(2025, 11, 7, 23, 59) << endOf(2025, 11, 10)
                                        << endOf(2025, 11, 28) << endOf(2025, 12, 19);
        // 国庆 2025 (10-01..10-08 off, 10-11 Saturday is a make-up working day).
        QTest::newRow("eve of 国庆") << china(2025, 9, 30, 15) << endOf(2025, 10, 9) << endOf(2025, 10, 28)
                                     << endOf(2025, 11, 18);
        QTest::newRow("received on a holiday")
            << china(2025, 10, 3, 10) << endOf(2025, 10, 9) << endOf(2025, 10, 28) << endOf(2025, 11, 18);
        QTest::newRow("last holiday, late")
            << china(2025, 10, 8, 23, 30) << endOf(2025, 10, 9) << endOf(2025, 10, 28) << endOf(2025, 11, 18);
        QTest::newRow("Friday before make-up Sunday")
            << china(2025, 9, 26, 10) << endOf(2025, 9, 28) << endOf(2025, 10, 23) << endOf(2025, 11, 13);
        // 春节 2026 (02-15..02-23 off, 02-14 and 02-28 Saturdays are make-up working days).
        QTest::newRow("Friday before 春节")
            << china(2026, 2, 13, 16) << endOf(2026, 2, 14) << endOf(2026, 3, 12) << endOf(2026, 4, 2);
        QTest::newRow("on the make-up Saturday")
            << china(2026, 2, 14, 11) << endOf(2026, 2, 24) << endOf(2026, 3, 13) << endOf(2026, 4, 3);
        QTest::newRow("除夕 2024 is a working day")
            << china(2024, 2, 8, 10) << endOf(2024, 2, 9) << endOf(2024, 3, 6) << endOf(2024, 3, 27);
        QTest::newRow("into a year without data")
            << china(2026, 12, 20, 10) << endOf(2026, 12, 21) << endOf(2027, 1, 8) << endOf(2027, 1, 29);
    }
    void dueTimes()
    {
        QFETCH(QDateTime, received);
        QFETCH(QDateTime, accept);
        QFETCH(QDateTime, reply);
        QFETCH(QDateTime, extended);
        const SlaPolicy p(WorkingCalendar::builtIn());
        QCOMPARE(p.acceptDue(received), accept);
        QCOMPARE(p.replyDue(received), reply);
        QCOMPARE(p.replyDue(received, true), extended);
        QCOMPARE(p.acceptDue(received).timeZone(), SlaPolicy::chinaTime());
        QCOMPARE(SlaPolicy::dueDay(accept), accept.date().addDays(-1));
    }

    // The receipt day is the China-time date, whatever zone the timestamp is in.
    void receiptDayIsChinaDate()
    {
        const SlaPolicy p(WorkingCalendar::builtIn());
        // 2025-09-29 23:30 China: due end of 09-30.
        QCOMPARE(p.acceptDue(QDateTime(QDate(2025, 9, 29), QTime(15, 30), Qt::UTC)), endOf(2025, 9, 30));
        // 2025-09-30 00:30 China: due end of 10-09.
        QCOMPARE(p.acceptDue(QDateTime(QDate(2025, 9, 29), QTime(16, 30), Qt::UTC)), endOf(2025, 10, 9));
        // 2025-10-01 01:00 China (still 09-30 in UTC): a holiday.
        QCOMPARE(p.acceptDue(QDateTime(QDate(2025, 9, 30), QTime(17, 0), Qt::UTC)), endOf(2025, 10, 9));
        QCOMPARE(p.acceptDue(QDateTime()), QDateTime());
        QCOMPARE(SlaPolicy::dueDay(QDateTime()), QDate());
    }

    void applyFillsTicket_data()
    {
        QTest::addColumn<TicketKind>("kind");
        QTest::addColumn<bool>("hasAccept");
        QTest::newRow("complaint") << TicketKind::Complaint << true;
        QTest::newRow("inquiry") << TicketKind::Inquiry << false;
        QTest::newRow("request") << TicketKind::Request << false;
        QTest::newRow("report") << TicketKind::Report << false;
        QTest::newRow("suggestion") << TicketKind::Suggestion << false;
    }
    void applyFillsTicket()
    {
        QFETCH(TicketKind, kind);
        QFETCH(bool, hasAccept);
        const SlaPolicy p(WorkingCalendar::builtIn());
        Ticket t;
        t.kind = kind;
        t.createdAt = china(2025, 9, 30, 15);
        t.acceptDue = china(2000, 1, 1); // stale value must not survive
        const QDateTime external = china(2025, 10, 20, 17);
        t.externalDue = external;
        p.apply(t);
        QCOMPARE(t.acceptDue, hasAccept ? endOf(2025, 10, 9) : QDateTime());
        QCOMPARE(t.replyDue, endOf(2025, 10, 28));
        QCOMPARE(t.externalDue, external);

        QVERIFY(p.extend(t));
        QVERIFY(t.replyDueExtended);
        QCOMPARE(t.replyDue, endOf(2025, 11, 18));
        QVERIFY(!p.extend(t)); // only once
        QCOMPARE(t.replyDue, endOf(2025, 11, 18));
        p.apply(t); // re-applying honours the extension
        QCOMPARE(t.replyDue, endOf(2025, 11, 18));
    }

    void applyWithoutCreationTimeDoesNothing()
    {
        const SlaPolicy p(WorkingCalendar::builtIn());
        Ticket t;
        t.kind = TicketKind::Complaint;
        p.apply(t);
        QVERIFY(!t.acceptDue.isValid());
        QVERIFY(!t.replyDue.isValid());
        QVERIFY(!p.extend(t));
        QVERIFY(!t.replyDueExtended);
    }

    void settings()
    {
        SlaPolicy p = SlaPolicy::fromSettings(
            {{u"accept_working_days"_qs, 2}, {u"reply_working_days"_qs, u"10"_qs},
                {u"extended_reply_working_days"_qs, -5}, {u"inquiry_reply_working_days"_qs, 3}},
            WorkingCalendar::builtIn());
        QCOMPARE(p.acceptWorkingDays(), 2);
        QCOMPARE(p.replyWorkingDays(), 10);
        QCOMPARE(p.extendedReplyWorkingDays(), 30); // invalid value keeps the default
        QCOMPARE(p.inquiryReplyWorkingDays(), 3);
        QCOMPARE(p.acceptDue(china(2025, 9, 30, 15)), endOf(2025, 10, 10));
        QCOMPARE(p.replyDue(TicketKind::Inquiry, china(2025, 9, 30, 15), false), endOf(2025, 10, 11));
        QCOMPARE(p.replyDue(TicketKind::Inquiry, china(2025, 9, 30, 15), true), endOf(2025, 11, 18));
        QCOMPARE(
            SlaPolicy::fromSettings(p.toSettings(), WorkingCalendar::builtIn()).toSettings(), p.toSettings());
        p.setAcceptWorkingDays(0);
        QCOMPARE(p.acceptWorkingDays(), 1);
        const SlaPolicy defaults = SlaPolicy::fromSettings({}, WorkingCalendar::builtIn());
        QCOMPARE(defaults.replyWorkingDays(), 15);
    }
};

QTEST_GUILESS_MAIN(TestSlaPolicy)
#include "tst_slapolicy.moc"
