#pragma once

#include "core/workingcalendar.h"

#include <QDateTime>
#include <QString>

// Traffic light of a running SLA deadline.
enum class SlaStatus {
    Green, // more than the amber share of the allowed working time left
    Amber, // within 20 % (configurable) of the allowed working time left
    Red, // breached: now >= due
    None, // no deadline (e.g. acceptDue on a non-complaint)
};

// Translated label ("On track", "Due soon", "Overdue", "No deadline").
QString slaStatusLabel(SlaStatus status);
// Stable lower_snake_case key for settings, filters and the wire.
QString slaStatusKey(SlaStatus status);

// Remaining working time before a deadline: whole 24-hour working days plus hours,
// counting only time that falls on working days (China time). Negative when overdue.
struct SlaRemaining
{
    qint64 workingSeconds = 0;
    bool breached = false;

    // Magnitudes, for "3 d 4 h left" or "overdue 1 d 2 h".
    qint64 days() const { return qAbs(workingSeconds) / 86400; }
    int hours() const { return int(qAbs(workingSeconds) % 86400 / 3600); }
    int minutes() const { return int(qAbs(workingSeconds) % 3600 / 60); }
    // Translated, e.g. "3 working days 4 h left" / "Overdue by 0 working days 2 h".
    QString text() const;
    // The same for a table cell, e.g. "3 wd 4 h left" / "overdue 0 wd 2 h".
    QString shortText() const;
};

// Measures SLA deadlines against the working-day calendar. Weekends and holidays do
// not consume the clock; a 调休 make-up Saturday does.
class SlaClock
{
public:
    static constexpr int DefaultAmberPercent = 20;

    // Uses WorkingCalendar::current() as it is at construction time.
    SlaClock();
    explicit SlaClock(const WorkingCalendar &calendar);

    int amberPercent() const { return m_amberPercent; }
    void setAmberPercent(int percent) { m_amberPercent = qBound(0, percent, 100); }

    // Seconds of [from, to) that fall on working days; negative when to < from.
    qint64 workingSecondsBetween(const QDateTime &from, const QDateTime &to) const;

    SlaRemaining remaining(const QDateTime &due, const QDateTime &now) const;

    // start is when the clock began (ticket creation): the allowed span is the working
    // time from start to due. Red when now >= due; Amber when the remaining working
    // time is at most amberPercent of the span (exactly 20 % is Amber); else Green.
    // None when due is invalid.
    SlaStatus status(const QDateTime &start, const QDateTime &due, const QDateTime &now) const;
    // The rule itself, on numbers already measured.
    static SlaStatus statusFor(qint64 remainingSeconds, qint64 allowedSeconds, bool breached,
        int amberPercent = DefaultAmberPercent);

private:
    WorkingCalendar m_calendar;
    int m_amberPercent = DefaultAmberPercent;
};
