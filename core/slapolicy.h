#pragma once

#include "core/enums.h"
#include "core/workingcalendar.h"

#include <QDateTime>
#include <QTimeZone>
#include <QVariantMap>

struct Ticket;

// Service-level deadlines of DESIGN.md §3 (T/SAC 001-2024 principles). Every number is a
// firm setting; the defaults are: accept a complaint within 1 working day, reply within
// 15 working days, extendable once (by a lead) to 30 working days in total.
//
// "Within N working days" means: due at the end (24:00 China time) of the N-th working
// day after the day the ticket was received. The day of receipt never counts, whatever
// the hour; counting then runs over working days only, so a ticket received on a
// holiday or weekend has the next working day as its day 1 (as with 民法典 art. 201/203).
// Example: received 2025-09-30 15:00, accept within 1 → due 2025-10-09 24:00.
//
// Due times are returned as the instant the day ends, i.e. 00:00 of the following
// calendar day in UTC+8 (so they round-trip exactly through ISO strings). A deadline
// is breached when now >= due. For display use dueDay(): "2025-10-09 24:00", not
// "2025-10-10 00:00", which would read as a day late.
class SlaPolicy
{
public:
    static constexpr int DefaultAcceptWorkingDays = 1;
    static constexpr int DefaultReplyWorkingDays = 15;
    static constexpr int DefaultExtendedReplyWorkingDays = 30;
    static constexpr int DefaultInquiryReplyWorkingDays = 15;

    // Uses WorkingCalendar::current() as it is at construction time.
    SlaPolicy();
    explicit SlaPolicy(const WorkingCalendar &calendar);

    // China Standard Time, a fixed UTC+8 (no daylight saving since 1991), independent of
    // the system zone and of a time-zone database (Windows).
    static QTimeZone chinaTime();

    const WorkingCalendar &calendar() const { return m_calendar; }
    void setCalendar(const WorkingCalendar &calendar) { m_calendar = calendar; }

    int acceptWorkingDays() const { return m_acceptDays; }
    void setAcceptWorkingDays(int days) { m_acceptDays = qMax(1, days); }
    int replyWorkingDays() const { return m_replyDays; }
    void setReplyWorkingDays(int days) { m_replyDays = qMax(1, days); }
    // The total after the one extension (30), counted from receipt like the original.
    int extendedReplyWorkingDays() const { return m_extendedReplyDays; }
    void setExtendedReplyWorkingDays(int days) { m_extendedReplyDays = qMax(1, days); }
    // Inquiries (咨询) get the same 15 by default; a firm may promise faster answers.
    int inquiryReplyWorkingDays() const { return m_inquiryReplyDays; }
    void setInquiryReplyWorkingDays(int days) { m_inquiryReplyDays = qMax(1, days); }

    // Settings keys: accept_working_days, reply_working_days,
    // extended_reply_working_days, inquiry_reply_working_days. Missing or non-positive
    // values keep the defaults.
    static SlaPolicy fromSettings(const QVariantMap &settings, const WorkingCalendar &calendar);
    QVariantMap toSettings() const;

    // End of the n-th working day after the China-time date of received; null if
    // received is invalid.
    QDateTime dueAfterWorkingDays(const QDateTime &received, int n) const;
    // The working day a due time (as returned here) ends; for display as "<day> 24:00".
    static QDate dueDay(const QDateTime &due);

    QDateTime acceptDue(const QDateTime &created) const;
    QDateTime replyDue(const QDateTime &created, bool extended = false) const;
    QDateTime replyDue(TicketKind kind, const QDateTime &created, bool extended) const;

    // Fills ticket.acceptDue (complaints; cleared for other kinds) and ticket.replyDue
    // (every kind, honouring replyDueExtended) from ticket.createdAt. externalDue (the
    // regulator's date on a 12386 transfer) is left as given. Does nothing when
    // createdAt is invalid.
    void apply(Ticket &ticket) const;
    // The one permitted extension: sets replyDueExtended and recomputes replyDue.
    // False (and no change) if already extended.
    bool extend(Ticket &ticket) const;

private:
    WorkingCalendar m_calendar;
    int m_acceptDays = DefaultAcceptWorkingDays;
    int m_replyDays = DefaultReplyWorkingDays;
    int m_extendedReplyDays = DefaultExtendedReplyWorkingDays;
    int m_inquiryReplyDays = DefaultInquiryReplyWorkingDays;
};
