#include "core/slaclock.h"

#include "core/slapolicy.h"

#include <QCoreApplication>

QString slaStatusLabel(SlaStatus status)
{
    switch (status) {
    case SlaStatus::Green:
        return QCoreApplication::translate("SlaClock", "On track");
    case SlaStatus::Amber:
        return QCoreApplication::translate("SlaClock", "Due soon");
    case SlaStatus::Red:
        return QCoreApplication::translate("SlaClock", "Overdue");
    case SlaStatus::None:
        break;
    }
    return QCoreApplication::translate("SlaClock", "No deadline");
}

QString slaStatusKey(SlaStatus status)
{
    switch (status) {
    case SlaStatus::Green:
        return QStringLiteral("green");
    case SlaStatus::Amber:
        return QStringLiteral("amber");
    case SlaStatus::Red:
        return QStringLiteral("red");
    case SlaStatus::None:
        break;
    }
    return QStringLiteral("none");
}

QString SlaRemaining::text() const
{
    if (breached)
        return QCoreApplication::translate(
            "SlaClock", "Overdue by %n working day(s) %1 h", nullptr, int(days()))
            .arg(hours());
    return QCoreApplication::translate("SlaClock", "%n working day(s) %1 h left", nullptr, int(days()))
        .arg(hours());
}

QString SlaRemaining::shortText() const
{
    if (breached)
        return QCoreApplication::translate("SlaClock", "overdue %1 wd %2 h", "wd: working days")
            .arg(days())
            .arg(hours());
    return QCoreApplication::translate("SlaClock", "%1 wd %2 h left", "wd: working days")
        .arg(days())
        .arg(hours());
}

SlaClock::SlaClock() : m_calendar(WorkingCalendar::current()) { }

SlaClock::SlaClock(const WorkingCalendar &calendar) : m_calendar(calendar) { }

qint64 SlaClock::workingSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || from == to)
        return 0;
    if (to < from)
        return -workingSecondsBetween(to, from);
    const QTimeZone zone = SlaPolicy::chinaTime();
    const QDateTime a = from.toTimeZone(zone);
    const QDateTime b = to.toTimeZone(zone);
    qint64 total = 0;
    for (QDate d = a.date(); d <= b.date(); d = d.addDays(1)) {
        if (!m_calendar.isWorkingDay(d))
            continue;
        const QDateTime dayStart(d, QTime(0, 0), zone);
        const QDateTime dayEnd(d.addDays(1), QTime(0, 0), zone);
        const QDateTime s = qMax(a, dayStart);
        const QDateTime e = qMin(b, dayEnd);
        if (s < e)
            total += s.secsTo(e);
    }
    return total;
}

SlaRemaining SlaClock::remaining(const QDateTime &due, const QDateTime &now) const
{
    SlaRemaining r;
    if (!due.isValid() || !now.isValid())
        return r;
    r.breached = now >= due;
    r.workingSeconds = workingSecondsBetween(now, due);
    return r;
}

SlaStatus SlaClock::status(const QDateTime &start, const QDateTime &due, const QDateTime &now) const
{
    if (!due.isValid() || !now.isValid())
        return SlaStatus::None;
    const SlaRemaining r = remaining(due, now);
    return statusFor(r.workingSeconds, workingSecondsBetween(start, due), r.breached, m_amberPercent);
}

SlaStatus SlaClock::statusFor(qint64 remainingSeconds, qint64 allowedSeconds, bool breached, int amberPercent)
{
    if (breached || remainingSeconds < 0)
        return SlaStatus::Red;
    // Integer arithmetic, so that exactly 20 % is Amber on every platform.
    if (remainingSeconds * 100 <= qMax<qint64>(0, allowedSeconds) * amberPercent)
        return SlaStatus::Amber;
    return SlaStatus::Green;
}
