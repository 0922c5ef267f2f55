#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

// One official holiday period (放假) of the mainland calendar.
struct Holiday
{
    QString name; // as published, e.g. "春节"
    QString nameEn; // e.g. "Spring Festival"
    QDate from; // first day off
    QDate to; // last day off (inclusive)

    bool isNull() const { return !from.isValid(); }
    bool contains(QDate d) const { return d >= from && d <= to; }
    // Chinese when the default QLocale is Chinese, English otherwise.
    QString displayName() const;
};

// The mainland working-day calendar and the A-share exchange trading-day calendar.
//
// Working day: Monday–Friday, minus official holidays, plus the make-up working days
// (调休上班) that fall on weekends. Trading day: Monday–Friday, minus official holidays,
// minus extra exchange closures; a make-up weekend day is never a trading day (the
// exchanges list those as 周末休市).
//
// The data ships as :/calendars/cn-calendar.json (2024–2026, sourced). Later years come
// from the server in the same JSON shape. A year without data falls back to
// "weekends only" and says so through coverage(), so deadlines stay computable but a
// view can warn that they may be wrong.
//
// A WorkingCalendar is a cheap-to-copy value (its containers are implicitly shared);
// const member functions are safe to call from any thread.
class WorkingCalendar
{
public:
    enum class Coverage {
        Sourced, // the year's holidays and make-up days are loaded
        WeekendsOnly, // no data: only Saturdays and Sundays are treated as days off
    };

    // Empty: every year falls back to weekends only.
    WorkingCalendar() = default;

    // The shipped calendar (:/calendars/cn-calendar.json), loaded once, immutable.
    static const WorkingCalendar &builtIn();

    // The process-wide calendar: builtIn() plus whatever years were merged into it with
    // mergeIntoCurrent() (e.g. after sync delivered a new year). Returned by value so
    // that a caller keeps a consistent snapshot while another thread merges.
    static WorkingCalendar current();
    static bool mergeIntoCurrent(const QByteArray &json, QString *error = nullptr);
    // Restores current() to builtIn() (tests).
    static void resetCurrent();

    // Replaces all data with the document's years. Strict: on any error nothing
    // changes, false is returned and *error (if given) explains in English (log text,
    // never shown to customers).
    bool loadJson(const QByteArray &json, QString *error = nullptr);
    // Adds the document's years, replacing years already present. Same strictness.
    bool mergeYears(const QByteArray &json, QString *error = nullptr);

    bool hasYear(int year) const { return m_years.contains(year); }
    QList<int> years() const { return m_years.keys(); }
    Coverage coverage(int year) const { return hasYear(year) ? Coverage::Sourced : Coverage::WeekendsOnly; }
    // Empty when the year is sourced; otherwise a translated warning for views.
    QString coverageWarning(int year) const;

    bool isWorkingDay(QDate date) const;
    bool isTradingDay(QDate date) const;
    bool isHoliday(QDate date) const { return m_holidayByDate.contains(date); }
    bool isMakeupWorkday(QDate date) const { return m_makeupDays.contains(date); }
    // Closed for trading although a working day (e.g. 2024-02-09, 除夕).
    bool isExtraExchangeClosure(QDate date) const { return m_exchangeClosures.contains(date); }

    // The holiday period containing date, or a null Holiday.
    Holiday holidayAt(QDate date) const;
    // holidayAt(date).displayName(); empty when date is no holiday.
    QString holidayName(QDate date) const;
    QList<Holiday> holidaysIn(int year) const;
    QList<QDate> makeupWorkdaysIn(int year) const;

    // The n-th working (trading) day after date for n > 0, before date for n < 0; date
    // itself never counts. n == 0 returns date unchanged, even if it is a day off.
    QDate addWorkingDays(QDate date, int n) const;
    QDate addTradingDays(QDate date, int n) const;

    // Working days in (a, b]: a does not count, b does. When b < a, minus the working days
    // in [b, a); either way
    // addWorkingDays(a, workingDaysBetween(a, b)) == b whenever b is a working day.
    int workingDaysBetween(QDate a, QDate b) const;
    int tradingDaysBetween(QDate a, QDate b) const;

    // The first trading day strictly after (before) date.
    QDate nextTradingDay(QDate date) const { return addTradingDays(date, 1); }
    QDate previousTradingDay(QDate date) const { return addTradingDays(date, -1); }

private:
    struct Year
    {
        QString notice;
        QList<Holiday> holidays;
        QList<QDate> makeupDays;
        QList<QDate> exchangeClosures;
    };
    static bool parse(const QByteArray &json, QMap<int, Year> *out, QString *error);
    void rebuildIndex();
    template<typename Pred> static QDate step(QDate date, int n, Pred isCounted);
    template<typename Pred> static int countBetween(QDate a, QDate b, Pred isCounted);

    QMap<int, Year> m_years;
    QHash<QDate, Holiday> m_holidayByDate;
    QSet<QDate> m_makeupDays;
    QSet<QDate> m_exchangeClosures;
};
