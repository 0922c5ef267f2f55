#include "core/workingcalendar.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>

#include <cstdlib>

namespace {

bool isWeekend(QDate d)
{
    return d.dayOfWeek() >= Qt::Saturday;
}

// Strict ISO date: exactly YYYY-MM-DD and a real date.
QDate isoDate(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    const QString s = v.toString();
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-')
        return {};
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!s[i].isDigit() || s[i].unicode() > 127)
            return {};
    return QDate::fromString(s, Qt::ISODate);
}

// A holiday period may start in the previous year (元旦 joined to 12-30/31) or end in the
// next, but never further: anything else is a typo in the data.
bool nearYear(QDate d, int year)
{
    return d.year() >= year - 1 && d.year() <= year + 1;
}

QMutex &currentMutex()
{
    static QMutex mutex;
    return mutex;
}

WorkingCalendar &currentInstance()
{
    static WorkingCalendar calendar = WorkingCalendar::builtIn();
    return calendar;
}

} // namespace

QString Holiday::displayName() const
{
    if (QLocale().language() == QLocale::Chinese || nameEn.isEmpty())
        return name;
    return nameEn;
}

const WorkingCalendar &WorkingCalendar::builtIn()
{
    // A function-local static is initialised exactly once, even with concurrent callers.
    static const WorkingCalendar calendar = [] {
        WorkingCalendar c;
        QFile file(QStringLiteral(":/calendars/cn-calendar.json"));
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !c.loadJson(file.readAll(), &error))
            qWarning("WorkingCalendar: built-in calendar not loaded (%s); weekends only",
                qPrintable(error.isEmpty() ? file.errorString() : error));
        return c;
    }();
    return calendar;
}

WorkingCalendar WorkingCalendar::current()
{
    QMutexLocker lock(&currentMutex());
    return currentInstance();
}

bool WorkingCalendar::mergeIntoCurrent(const QByteArray &json, QString *error)
{
    QMutexLocker lock(&currentMutex());
    return currentInstance().mergeYears(json, error);
}

void WorkingCalendar::resetCurrent()
{
    QMutexLocker lock(&currentMutex());
    currentInstance() = builtIn();
}

bool WorkingCalendar::parse(const QByteArray &json, QMap<int, Year> *out, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("invalid JSON at offset %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(QStringLiteral("top level is not an object"));
    const QJsonValue yearsValue = doc.object().value(u"years");
    if (!yearsValue.isObject())
        return fail(QStringLiteral("\"years\" missing or not an object"));
    const QJsonObject years = yearsValue.toObject();
    if (years.isEmpty())
        return fail(QStringLiteral("\"years\" is empty"));

    for (auto it = years.begin(); it != years.end(); ++it) {
        bool ok = false;
        const int year = it.key().toInt(&ok);
        if (!ok || it.key().size() != 4 || year < 1900)
            return fail(QStringLiteral("bad year key \"%1\"").arg(it.key()));
        const QString where = QStringLiteral("year %1: ").arg(year);
        if (!it.value().isObject())
            return fail(where + QStringLiteral("not an object"));
        const QJsonObject obj = it.value().toObject();
        Year y;
        y.notice = obj.value(u"notice").toString();

        const QJsonValue holidays = obj.value(u"holidays");
        // An empty list would claim "sourced" for a year nobody has published yet.
        if (!holidays.isArray() || holidays.toArray().isEmpty())
            return fail(where + QStringLiteral("\"holidays\" missing, empty or not an array"));
        for (const QJsonValue &hv : holidays.toArray()) {
            const QJsonObject h = hv.toObject();
            Holiday holiday;
            holiday.name = h.value(u"name").toString();
            holiday.nameEn = h.value(u"name_en").toString();
            holiday.from = isoDate(h.value(u"from"));
            holiday.to = isoDate(h.value(u"to"));
            if (!hv.isObject() || holiday.name.isEmpty())
                return fail(where + QStringLiteral("holiday without a name"));
            if (!holiday.from.isValid() || !holiday.to.isValid() || holiday.from > holiday.to
                || holiday.from.daysTo(holiday.to) > 30 || !nearYear(holiday.from, year)
                || !nearYear(holiday.to, year))
                return fail(where + QStringLiteral("holiday \"%1\" has bad dates").arg(holiday.nameEn));
            y.holidays.append(holiday);
        }

        const QJsonValue makeups = obj.value(u"makeup_workdays");
        if (!makeups.isArray())
            return fail(where + QStringLiteral("\"makeup_workdays\" missing or not an array"));
        for (const QJsonValue &mv : makeups.toArray()) {
            const QDate d = isoDate(mv);
            if (!d.isValid() || !nearYear(d, year))
                return fail(where + QStringLiteral("bad make-up working day"));
            // A make-up working day only means something on a weekend.
            if (!isWeekend(d))
                return fail(where
                    + QStringLiteral("make-up working day %1 is not a weekend day")
                          .arg(d.toString(Qt::ISODate)));
            y.makeupDays.append(d);
        }

        const QJsonValue closures = obj.value(u"exchange_extra_closures");
        if (!closures.isUndefined() && !closures.isArray())
            return fail(where + QStringLiteral("\"exchange_extra_closures\" not an array"));
        for (const QJsonValue &cv : closures.toArray()) {
            // Either {"date": "...", "why": "..."} or a plain date string.
            const QDate d = isoDate(cv.isObject() ? cv.toObject().value(u"date") : cv);
            if (!d.isValid() || !nearYear(d, year))
                return fail(where + QStringLiteral("bad exchange closure"));
            y.exchangeClosures.append(d);
        }

        for (const QDate &d : std::as_const(y.makeupDays))
            for (const Holiday &h : std::as_const(y.holidays))
                if (h.contains(d))
                    return fail(where
                        + QStringLiteral("%1 is both a holiday and a make-up working day")
                              .arg(d.toString(Qt::ISODate)));
        out->insert(year, y);
    }
    return true;
}

bool WorkingCalendar::loadJson(const QByteArray &json, QString *error)
{
    QMap<int, Year> years;
    if (!parse(json, &years, error))
        return false;
    m_years = years;
    rebuildIndex();
    return true;
}

bool WorkingCalendar::mergeYears(const QByteArray &json, QString *error)
{
    QMap<int, Year> years;
    if (!parse(json, &years, error))
        return false;
    for (auto it = years.cbegin(); it != years.cend(); ++it)
        m_years.insert(it.key(), it.value());
    rebuildIndex();
    return true;
}

void WorkingCalendar::rebuildIndex()
{
    m_holidayByDate.clear();
    m_makeupDays.clear();
    m_exchangeClosures.clear();
    for (const Year &y : std::as_const(m_years)) {
        for (const Holiday &h : y.holidays)
            for (QDate d = h.from; d <= h.to; d = d.addDays(1))
                m_holidayByDate.insert(d, h);
        for (const QDate &d : y.makeupDays)
            m_makeupDays.insert(d);
        for (const QDate &d : y.exchangeClosures)
            m_exchangeClosures.insert(d);
    }
}

QString WorkingCalendar::coverageWarning(int year) const
{
    if (hasYear(year))
        return {};
    return QCoreApplication::translate("WorkingCalendar",
        "No holiday calendar for %1: only weekends are treated as days off, "
        "so deadlines in %1 may be wrong.")
        .arg(year);
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    if (!date.isValid())
        return false;
    if (m_makeupDays.contains(date))
        return true;
    return !isWeekend(date) && !m_holidayByDate.contains(date);
}

bool WorkingCalendar::isTradingDay(QDate date) const
{
    return date.isValid() && !isWeekend(date) && !m_holidayByDate.contains(date)
        && !m_exchangeClosures.contains(date);
}

Holiday WorkingCalendar::holidayAt(QDate date) const
{
    return m_holidayByDate.value(date);
}

QString WorkingCalendar::holidayName(QDate date) const
{
    return holidayAt(date).displayName();
}

QList<Holiday> WorkingCalendar::holidaysIn(int year) const
{
    return m_years.value(year).holidays;
}

QList<QDate> WorkingCalendar::makeupWorkdaysIn(int year) const
{
    return m_years.value(year).makeupDays;
}

template<typename Pred> QDate WorkingCalendar::step(QDate date, int n, Pred isCounted)
{
    if (!date.isValid())
        return {};
    const int dir = n < 0 ? -1 : 1;
    // Every week has at least one counted day unless the data says otherwise; the
    // guard only stops a pathological calendar from looping for ever.
    for (int remaining = std::abs(n), guard = 0; remaining > 0 && guard < 100000; ++guard) {
        date = date.addDays(dir);
        if (isCounted(date))
            --remaining;
    }
    return date;
}

template<typename Pred> int WorkingCalendar::countBetween(QDate a, QDate b, Pred isCounted)
{
    if (!a.isValid() || !b.isValid() || a == b)
        return 0;
    int count = 0;
    if (a < b) {
        for (QDate d = a.addDays(1); d <= b; d = d.addDays(1))
            count += isCounted(d) ? 1 : 0;
        return count;
    }
    // Mirror of step() going backwards: [b, a), so that step(a, result) lands on b.
    for (QDate d = b; d < a; d = d.addDays(1))
        count += isCounted(d) ? 1 : 0;
    return -count;
}

QDate WorkingCalendar::addWorkingDays(QDate date, int n) const
{
    return step(date, n, [this](QDate d) { return isWorkingDay(d); });
}

QDate WorkingCalendar::addTradingDays(QDate date, int n) const
{
    return step(date, n, [this](QDate d) { return isTradingDay(d); });
}

int WorkingCalendar::workingDaysBetween(QDate a, QDate b) const
{
    return countBetween(a, b, [this](QDate d) { return isWorkingDay(d); });
}

int WorkingCalendar::tradingDaysBetween(QDate a, QDate b) const
{
    return countBetween(a, b, [this](QDate d) { return isTradingDay(d); });
}
