#include "core/workingcalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

#include <thread>
#include <vector>

namespace {

QJsonObject shippedJson()
{
    QFile file(u":/calendars/cn-calendar.json"_qs);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A minimal one-year document for merge and strictness tests.
QJsonObject yearDoc(int year, const QJsonArray &holidays, const QJsonArray &makeups = {})
{
    QJsonObject y {{u"notice"_qs, u"test"_qs}, {u"holidays"_qs, holidays}, {u"makeup_workdays"_qs, makeups}};
    return QJsonObject {{u"years"_qs, QJsonObject {{QString::number(year), y}}}};
}

QJsonObject holiday(const QString &name, const QString &from, const QString &to)
{
    return QJsonObject {{u"name"_qs, name}, {u"name_en"_qs, name}, {u"from"_qs, from}, {u"to"_qs, to}};
}

} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        WorkingCalendar::resetCurrent();
        QLocale::setDefault(QLocale::c());
    }

    void builtInCoversShippedYears()
    {
        const WorkingCalendar &cal = WorkingCalendar::builtIn();
        QCOMPARE(cal.years(), (QList<int> {2024, 2025, 2026}));
        QCOMPARE(cal.coverage(2025), WorkingCalendar::Coverage::Sourced);
        QVERIFY(cal.coverageWarning(2025).isEmpty());
        QCOMPARE(&WorkingCalendar::builtIn(), &cal);
    }

    void everyHolidayIsOff()
    {
        const WorkingCalendar &cal = WorkingCalendar::builtIn();
        const QJsonObject years = shippedJson().value(u"years").toObject();
        QCOMPARE(years.size(), 3);
        int days = 0;
        for (const QJsonValue &y : years) {
            for (const QJsonValue &h : y.toObject().value(u"holidays").toArray()) {
                const QDate from = QDate::fromString(h[u"from"].toString(), Qt::ISODate);
                const QDate to = QDate::fromString(h[u"to"].toString(), Qt::ISODate);
                QVERIFY(from.isValid() && to.isValid());
                for (QDate d = from; d <= to; d = d.addDays(1), ++days) {
                    QVERIFY2(!cal.isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
                    QVERIFY2(!cal.isTradingDay(d), qPrintable(d.toString(Qt::ISODate)));
                    QVERIFY(cal.isHoliday(d));
                    QCOMPARE(cal.holidayAt(d).name, h[u"name"].toString());
                }
            }
        }
        QCOMPARE(days, 28 + 28 + 33);
    }

    void everyMakeupDayIsWorkingButNotTrading()
    {
        const WorkingCalendar &cal = WorkingCalendar::builtIn();
        const QJsonObject years = shippedJson().value(u"years").toObject();
        int count = 0;
        for (const QJsonValue &y : years) {
            for (const QJsonValue &m : y.toObject().value(u"makeup_workdays").toArray()) {
                const QDate d = QDate::fromString(m.toString(), Qt::ISODate);
                QVERIFY(d.dayOfWeek() >= Qt::Saturday);
                QVERIFY2(cal.isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
                QVERIFY2(!cal.isTradingDay(d), qPrintable(d.toString(Qt::ISODate)));
                QVERIFY(cal.isMakeupWorkday(d));
                ++count;
            }
        }
        QCOMPARE(count, 8 + 5 + 6);
    }

    // Independent of the JSON: known totals (A-share trading days 2024: 242, 2025: 243).
    void yearTotals_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("workingDays");
        QTest::addColumn<int>("tradingDays");
        QTest::newRow("2024") << 2024 << 251 << 242;
        QTest::newRow("2025") << 2025 << 248 << 243;
        QTest::newRow("2026") << 2026 << 248 << 242;
    }
    void yearTotals()
    {
        QFETCH(int, year);
        QFETCH(int, workingDays);
        QFETCH(int, tradingDays);
        const WorkingCalendar &cal = WorkingCalendar::builtIn();
        const QDate lastOfPrevious(year - 1, 12, 31);
        const QDate last(year, 12, 31);
        QCOMPARE(cal.workingDaysBetween(lastOfPrevious, last), workingDays);
        QCOMPARE(cal.tradingDaysBetween(lastOfPrevious, last), tradingDays);
    }

    void days_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("working");
        QTest::addColumn<bool>("trading");
        QTest::newRow("2024-02-09 除夕 closed for trading only") << QDate(2024, 2, 9) << true << false;
        QTest::newRow("2024-02-08 normal Thursday") << QDate(2024, 2, 8) << true << true;
        QTest::newRow("2024-02-04 make-up Sunday") << QDate(2024, 2, 4) << true << false;
        QTest::newRow("2024-02-19 reopen") << QDate(2024, 2, 19) << true << true;
        QTest::newRow("2024-01-01") << QDate(2024, 1, 1) << false << false;
        QTest::newRow("2025-09-28 make-up Sunday") << QDate(2025, 9, 28) << true << false;
        QTest::newRow("2025-10-08 last day off") << QDate(2025, 10, 8) << false << false;
        QTest::newRow("2025-10-09") << QDate(2025, 10, 9) << true << true;
        QTest::newRow("2025-10-11 make-up Saturday") << QDate(2025, 10, 11) << true << false;
        QTest::newRow("2025-11-01 plain Saturday") << QDate(2025, 11, 1) << false << false;
        QTest::newRow("2025-11-05 plain Wednesday") << QDate(2025, 11, 5) << true << true;
        QTest::newRow("2026-01-02 元旦 Friday") << QDate(2026, 1, 2) << false << false;
        QTest::newRow("2026-01-04 make-up Sunday") << QDate(2026, 1, 4) << true << false;
        QTest::newRow("2026-02-14 make-up Saturday") << QDate(2026, 2, 14) << true << false;
        QTest::newRow("2026-02-23 last 春节 day") << QDate(2026, 2, 23) << false << false;
        QTest::newRow("2026-02-24") << QDate(2026, 2, 24) << true << true;
        QTest::newRow("2026-02-28 make-up Saturday") << QDate(2026, 2, 28) << true << false;
        QTest::newRow("invalid date") << QDate() << false << false;
    }
    void days()
    {
        QFETCH(QDate, date);
        QFETCH(bool, working);
        QFETCH(bool, trading);
        const WorkingCalendar &cal = WorkingCalendar::builtIn();
        QCOMPARE(cal.isWorkingDay(date), working);
        QCOMPARE(cal.isTradingDay(date), trading);
    }

    void extraClosureIsNoHoliday()
    {
        const WorkingCalendar &cal = WorkingCalendar::builtIn();
        QVERIFY(cal.isExtraExchangeClosure(QDate(2024, 2, 9)));
        QVERIFY(!cal.isHoliday(QDate(2024, 2, 9)));
        QVERIFY(cal.holidayName(QDate(2024, 2, 9)).isEmpty());
        QVERIFY(cal.holidayAt(QDate(2024, 2, 9)).isNull());
    }

    void addDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("working");
        QTest::addColumn<QDate>("trading");
        // 国庆 2025: off 10-01..10-08, make-up Sun 09-28 and Sat 10-11.
        QTest::newRow("国庆 eve +1") << QDate(2025, 9, 30) << 1 << QDate(2025, 10, 9) << QDate(2025, 10, 9);
        QTest::newRow("国庆 eve +3") << QDate(2025, 9, 30) << 3 << QDate(2025, 10, 11) << QDate(2025, 10, 13);
        QTest::newRow("国庆 eve +4") << QDate(2025, 9, 30) << 4 << QDate(2025, 10, 13) << QDate(2025, 10, 14);
        QTest::newRow("Fri before make-up Sun +1")
            << QDate(2025, 9, 26) << 1 << QDate(2025, 9, 28) << QDate(2025, 9, 29);
        QTest::newRow("inside 国庆 +1")
            << QDate(2025, 10, 3) << 1 << QDate(2025, 10, 9) << QDate(2025, 10, 9);
        QTest::newRow("国庆 15 days")
            << QDate(2025, 9, 30) << 15 << QDate(2025, 10, 28) << QDate(2025, 10, 29);
        // 春节 2026: off 02-15..02-23, make-up Sat 02-14 and Sat 02-28.
        QTest::newRow("春节 Fri +1") << QDate(2026, 2, 13) << 1 << QDate(2026, 2, 14) << QDate(2026, 2, 24);
        QTest::newRow("春节 Thu +5") << QDate(2026, 2, 12) << 5 << QDate(2026, 2, 26) << QDate(2026, 2, 27);
        QTest::newRow("春节 Fri +5") << QDate(2026, 2, 13) << 5 << QDate(2026, 2, 27) << QDate(2026, 3, 2);
        QTest::newRow("春节 Fri +6") << QDate(2026, 2, 13) << 6 << QDate(2026, 2, 28) << QDate(2026, 3, 3);
        QTest::newRow("backwards over 国庆")
            << QDate(2025, 10, 9) << -1 << QDate(2025, 9, 30) << QDate(2025, 9, 30);
        QTest::newRow("backwards to make-up")
            << QDate(2025, 9, 29) << -1 << QDate(2025, 9, 28) << QDate(2025, 9, 26);
        QTest::newRow("zero on holiday")
            << QDate(2025, 10, 1) << 0 << QDate(2025, 10, 1) << QDate(2025, 10, 1);
        QTest::newRow("除夕 2024 +1") << QDate(2024, 2, 8) << 1 << QDate(2024, 2, 9) << QDate(2024, 2, 19);
    }
    void addDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, n);
        QFETCH(QDate, working);
        QFETCH(QDate, trading);
        const WorkingCalendar &cal = WorkingCalendar::builtIn();
        QCOMPARE(cal.addWorkingDays(from, n), working);
        QCOMPARE(cal.addTradingDays(from, n), trading);
        if (n != 0) {
            QCOMPARE(cal.workingDaysBetween(from, working), n);
            QCOMPARE(cal.tradingDaysBetween(from, trading), n);
        }
    }

    void betweenRoundTrips()
    {
        const WorkingCalendar &cal = WorkingCalendar::builtIn();
        const QDate a(2025, 9, 20);
        for (QDate b(2025, 9, 1); b <= QDate(2025, 10, 31); b = b.addDays(1)) {
            if (cal.isWorkingDay(b))
                QCOMPARE(cal.addWorkingDays(a, cal.workingDaysBetween(a, b)), b);
            if (cal.isTradingDay(b))
                QCOMPARE(cal.addTradingDays(a, cal.tradingDaysBetween(a, b)), b);
        }
        QCOMPARE(cal.workingDaysBetween(a, a), 0);
        QCOMPARE(cal.workingDaysBetween(QDate(), a), 0);
    }

    void nextTradingDay()
    {
        const WorkingCalendar &cal = WorkingCalendar::builtIn();
        QCOMPARE(cal.nextTradingDay(QDate(2024, 2, 8)), QDate(2024, 2, 19));
        QCOMPARE(cal.nextTradingDay(QDate(2026, 2, 14)), QDate(2026, 2, 24));
        QCOMPARE(cal.nextTradingDay(QDate(2025, 11, 5)), QDate(2025, 11, 6));
        QCOMPARE(cal.previousTradingDay(QDate(2024, 2, 19)), QDate(2024, 2, 8));
        QCOMPARE(cal.nextTradingDay(QDate()), QDate());
    }

    void holidayNames()
    {
        const WorkingCalendar &cal = WorkingCalendar::builtIn();
        const Holiday h = cal.holidayAt(QDate(2026, 2, 17));
        QCOMPARE(h.name, u"春节"_qs);
        QCOMPARE(h.nameEn, u"Spring Festival"_qs);
        QCOMPARE(h.from, QDate(2026, 2, 15));
        QCOMPARE(h.to, QDate(2026, 2, 23));
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(cal.holidayName(QDate(2026, 2, 17)), u"春节"_qs);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(cal.holidayName(QDate(2026, 2, 17)), u"Spring Festival"_qs);
        QVERIFY(cal.holidayName(QDate(2026, 3, 2)).isEmpty());

        const QList<Holiday> y2025 = cal.holidaysIn(2025);
        QCOMPARE(y2025.size(), 6);
        QCOMPARE(y2025.last().from, QDate(2025, 10, 1));
        QCOMPARE(y2025.last().to, QDate(2025, 10, 8));
        QCOMPARE(cal.holidaysIn(2026).size(), 7);
        QVERIFY(cal.holidaysIn(2027).isEmpty());
        QCOMPARE(cal.makeupWorkdaysIn(2025).size(), 5);
    }

    void yearWithoutData()
    {
        const WorkingCalendar &cal = WorkingCalendar::builtIn();
        QVERIFY(!cal.hasYear(2027));
        QCOMPARE(cal.coverage(2027), WorkingCalendar::Coverage::WeekendsOnly);
        QVERIFY(cal.coverageWarning(2027).contains(u"2027"));
        QVERIFY(cal.isWorkingDay(QDate(2027, 1, 1))); // a Friday: no data, so a working day
        QVERIFY(!cal.isWorkingDay(QDate(2027, 1, 2)));
        QVERIFY(cal.isTradingDay(QDate(2027, 1, 1)));
        QCOMPARE(cal.addWorkingDays(QDate(2026, 12, 31), 1), QDate(2027, 1, 1));
        QCOMPARE(cal.addWorkingDays(QDate(2027, 1, 1), 1), QDate(2027, 1, 4));
        QCOMPARE(cal.addWorkingDays(QDate(2027, 1, 1), 250), QDate(2027, 12, 17));
        QCOMPARE(cal.coverage(2023), WorkingCalendar::Coverage::WeekendsOnly);

        const WorkingCalendar empty;
        QVERIFY(empty.years().isEmpty());
        QVERIFY(empty.isWorkingDay(QDate(2025, 10, 1)));
        QCOMPARE(empty.addTradingDays(QDate(2025, 10, 3), 1), QDate(2025, 10, 6));
    }

    void strictLoading_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QJsonArray good {holiday(u"元旦"_qs, u"2027-01-01"_qs, u"2027-01-01"_qs)};
        QTest::newRow("not json") << QByteArray("{\"years\": {");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no years") << QByteArray("{\"source_notes\": []}");
        QTest::newRow("years empty") << QByteArray("{\"years\": {}}");
        QTest::newRow("bad year key") << toBytes(QJsonObject {
            {u"years"_qs, QJsonObject {{u"20x7"_qs, yearDoc(2027, good)[u"years"][u"2027"].toObject()}}}});
        QTest::newRow("no holidays") << toBytes(yearDoc(2027, {}));
        QTest::newRow("holidays not array")
            << QByteArray("{\"years\": {\"2027\": {\"holidays\": {}, \"makeup_workdays\": []}}}");
        QTest::newRow("no makeup list") << QByteArray(
            "{\"years\": {\"2027\": {\"holidays\": [{\"name\": \"x\", \"from\": \"2027-01-01\", \"to\": "
            "\"2027-01-01\"}]}}}");
        QTest::newRow("bad date") << toBytes(
            yearDoc(2027, {holiday(u"x"_qs, u"2027-02-30"_qs, u"2027-03-01"_qs)}));
        QTest::newRow("non-ISO date")
            << toBytes(yearDoc(2027, {holiday(u"x"_qs, u"2027/01/01"_qs, u"2027-01-01"_qs)}));
        QTest::newRow("from after to")
            << toBytes(yearDoc(2027, {holiday(u"x"_qs, u"2027-01-03"_qs, u"2027-01-01"_qs)}));
        QTest::newRow("wrong year") << toBytes(
            yearDoc(2027, {holiday(u"x"_qs, u"2030-01-01"_qs, u"2030-01-01"_qs)}));
        QTest::newRow("nameless") << toBytes(
            yearDoc(2027, {holiday(QString(), u"2027-01-01"_qs, u"2027-01-01"_qs)}));
        QTest::newRow("make-up on weekday") << toBytes(yearDoc(2027, good, {u"2027-01-05"_qs}));
        QTest::newRow("make-up inside holiday") << toBytes(
            yearDoc(2027, {holiday(u"x"_qs, u"2027-01-01"_qs, u"2027-01-03"_qs)}, {u"2027-01-02"_qs}));
    }
    void strictLoading()
    {
        QFETCH(QByteArray, json);
        WorkingCalendar cal = WorkingCalendar::builtIn();
        QString error;
        QVERIFY(!cal.mergeYears(json, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!cal.loadJson(json, &error));
        QVERIFY(!WorkingCalendar::mergeIntoCurrent(json));
        // Nothing changed.
        QCOMPARE(cal.years(), (QList<int> {2024, 2025, 2026}));
        QVERIFY(!cal.isWorkingDay(QDate(2025, 10, 1)));
        QVERIFY(!WorkingCalendar::current().hasYear(2027));
    }

    void mergeAddsAndReplacesYears()
    {
        const QByteArray doc2027 = toBytes(
            yearDoc(2027, {holiday(u"元旦"_qs, u"2027-01-01"_qs, u"2027-01-03"_qs)}, {u"2027-01-09"_qs}));
        WorkingCalendar cal = WorkingCalendar::builtIn();
        QString error;
        QVERIFY2(cal.mergeYears(doc2027, &error), qPrintable(error));
        QCOMPARE(cal.years(), (QList<int> {2024, 2025, 2026, 2027}));
        QCOMPARE(cal.coverage(2027), WorkingCalendar::Coverage::Sourced);
        QVERIFY(!cal.isWorkingDay(QDate(2027, 1, 1)));
        QVERIFY(cal.isWorkingDay(QDate(2027, 1, 9)));
        QVERIFY(!cal.isTradingDay(QDate(2027, 1, 9)));
        QVERIFY(!cal.isWorkingDay(QDate(2025, 10, 1))); // older years kept
        QVERIFY(!WorkingCalendar::builtIn().hasYear(2027)); // the built-in stays immutable

        // Replacing a year drops its old dates.
        QVERIFY(
            cal.mergeYears(toBytes(yearDoc(2025, {holiday(u"x"_qs, u"2025-12-25"_qs, u"2025-12-25"_qs)}))));
        QVERIFY(cal.isWorkingDay(QDate(2025, 10, 1)));
        QVERIFY(!cal.isWorkingDay(QDate(2025, 12, 25)));

        // loadJson replaces everything.
        QVERIFY(cal.loadJson(doc2027));
        QCOMPARE(cal.years(), QList<int> {2027});
        QCOMPARE(cal.coverage(2025), WorkingCalendar::Coverage::WeekendsOnly);

        // The shipped file itself merges cleanly (the server sends the same shape).
        QVERIFY(cal.mergeYears(toBytes(shippedJson())));
        QCOMPARE(cal.years(), (QList<int> {2024, 2025, 2026, 2027}));
    }

    void currentCalendar()
    {
        QVERIFY(!WorkingCalendar::current().hasYear(2027));
        const WorkingCalendar snapshot = WorkingCalendar::current();
        QVERIFY(WorkingCalendar::mergeIntoCurrent(
            toBytes(yearDoc(2027, {holiday(u"元旦"_qs, u"2027-01-01"_qs, u"2027-01-01"_qs)}))));
        QVERIFY(WorkingCalendar::current().hasYear(2027));
        QVERIFY(!WorkingCalendar::current().isWorkingDay(QDate(2027, 1, 1)));
        QVERIFY(!snapshot.hasYear(2027));
        WorkingCalendar::resetCurrent();
        QVERIFY(!WorkingCalendar::current().hasYear(2027));
    }

    void concurrentReaders()
    {
        std::vector<std::thread> threads;
        std::vector<int> results(4, 0);
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back([&results, i] {
                const WorkingCalendar cal = WorkingCalendar::current();
                results[i]
                    = WorkingCalendar::builtIn().workingDaysBetween(QDate(2024, 12, 31), QDate(2025, 12, 31))
                    + cal.tradingDaysBetween(QDate(2024, 12, 31), QDate(2025, 12, 31));
            });
        }
        for (auto &t : threads)
            t.join();
        for (int r : results)
            QCOMPARE(r, 248 + 243);
    }
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
