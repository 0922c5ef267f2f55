#include "ui/dashboard/calendarcard.h"

#include "ui/languagemanager.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTest>

// The shipped 2026 calendar: 中秋节 2026-09-25…27, 国庆节 2026-10-01…07, make-up
// working days 2026-09-20 (Sunday) and 2026-10-10 (Saturday).
class TestCalendarCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ordinaryFriday();
    void holidaysAndMakeupDaysAhead();
    void makeupSaturdayIsWorkingButNotTrading();
    void holidayShowsItsName();
    void missingYearIsFlagged();
    void followsLanguage();

private:
    QStringList badges(const CalendarCard &card) const;
    LanguageManager m_language;
};

void TestCalendarCard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_language.setLanguage(QStringLiteral("zh_CN"), false));
}

QStringList TestCalendarCard::badges(const CalendarCard &card) const
{
    QStringList out;
    for (const QLabel *l : card.findChildren<QLabel *>(QStringLiteral("badge")))
        if (l->parentWidget() == &card)
            out.append(l->text());
    return out;
}

void TestCalendarCard::ordinaryFriday()
{
    CalendarCard card;
    card.setCalendar(WorkingCalendar::builtIn());
    card.setToday(QDate(2026, 11, 27));
    QCOMPARE(card.todayText(), QStringLiteral("11月27日 星期五"));
    QCOMPARE(badges(card), (QStringList {QStringLiteral("工作日"), QStringLiteral("交易日")}));
    QCOMPARE(card.nextTradingDayText(), QStringLiteral("下一交易日：11月30日 星期一（3 天后）"));
}

void TestCalendarCard::holidaysAndMakeupDaysAhead()
{
    CalendarCard card;
    card.setCalendar(WorkingCalendar::builtIn());
    card.setToday(QDate(2026, 9, 14));
    const QStringList upcoming = card.upcomingTexts();
    // In date order: make-up Sunday 9-20, 中秋节, 国庆节, make-up Saturday 10-10.
    QCOMPARE(upcoming.size(), 4);
    QVERIFY2(
        upcoming.at(0).startsWith(QStringLiteral("调休上班（9月20日 周日）")), qPrintable(upcoming.at(0)));
    QCOMPARE(upcoming.at(1), QStringLiteral("中秋节：9月25日 周五 至 9月27日 周日，放假 3 天"));
    QCOMPARE(upcoming.at(2), QStringLiteral("国庆节：10月1日 周四 至 10月7日 周三，放假 7 天"));
    QVERIFY(upcoming.at(3).contains(QStringLiteral("10月10日")));
    // Monday before the 中秋 weekend: next trading day is the next day.
    QCOMPARE(card.nextTradingDayText(), QStringLiteral("下一交易日：9月15日 星期二（明天）"));
}

void TestCalendarCard::makeupSaturdayIsWorkingButNotTrading()
{
    CalendarCard card;
    card.setCalendar(WorkingCalendar::builtIn());
    card.setToday(QDate(2026, 10, 10));
    QCOMPARE(badges(card), (QStringList {QStringLiteral("调休上班"), QStringLiteral("休市")}));
    QCOMPARE(card.nextTradingDayText(), QStringLiteral("下一交易日：10月12日 星期一（2 天后）"));
}

void TestCalendarCard::holidayShowsItsName()
{
    CalendarCard card;
    card.setCalendar(WorkingCalendar::builtIn());
    card.setToday(QDate(2026, 10, 2));
    QCOMPARE(badges(card), (QStringList {QStringLiteral("国庆节"), QStringLiteral("休市")}));
    QCOMPARE(card.nextTradingDayText(), QStringLiteral("下一交易日：10月8日 星期四（6 天后）"));
}

void TestCalendarCard::missingYearIsFlagged()
{
    CalendarCard card;
    card.setCalendar(WorkingCalendar::builtIn());
    card.setToday(QDate(2026, 12, 20));
    auto *warning = card.findChildren<QLabel *>(QStringLiteral("cardCaption")).last();
    QVERIFY(!warning->isHidden());
    QVERIFY(warning->text().contains(QStringLiteral("2027")));

    card.setToday(QDate(2026, 3, 2));
    QVERIFY(warning->isHidden());
}

void TestCalendarCard::followsLanguage()
{
    CalendarCard card;
    card.setCalendar(WorkingCalendar::builtIn());
    card.setToday(QDate(2026, 9, 14));
    QVERIFY(m_language.setLanguage(QStringLiteral("en"), false));
    QTRY_COMPARE(card.todayText(), QStringLiteral("Monday, 14 September"));
    QCOMPARE(card.upcomingTexts().at(1),
        QStringLiteral("Mid-Autumn Festival: Fri 25 Sep – Sun 27 Sep, 3 days off"));
    QCOMPARE(card.nextTradingDayText(), QStringLiteral("Next trading day: Tuesday, 15 September (tomorrow)"));
    QVERIFY(m_language.setLanguage(QStringLiteral("zh_CN"), false));
    QTRY_COMPARE(card.todayText(), QStringLiteral("9月14日 星期一"));
}

QTEST_MAIN(TestCalendarCard)
#include "tst_calendarcard.moc"
