#include "core/slapolicy.h"

#include "core/ticket.h"

SlaPolicy::SlaPolicy() : m_calendar(WorkingCalendar::current()) { }

SlaPolicy::SlaPolicy(const WorkingCalendar &calendar) : m_calendar(calendar) { }

QTimeZone SlaPolicy::chinaTime()
{
    // QTimeZone::fromSecondsAheadOfUtc() needs Qt 6.5; the offset constructor is the
    // same thing on 6.4.
    return QTimeZone(8 * 3600);
}

SlaPolicy SlaPolicy::fromSettings(const QVariantMap &settings, const WorkingCalendar &calendar)
{
    SlaPolicy policy(calendar);
    auto read = [&settings](const char *key, int fallback) {
        bool ok = false;
        const int v = settings.value(QString::fromLatin1(key)).toInt(&ok);
        return ok && v > 0 ? v : fallback;
    };
    policy.m_acceptDays = read("accept_working_days", DefaultAcceptWorkingDays);
    policy.m_replyDays = read("reply_working_days", DefaultReplyWorkingDays);
    policy.m_extendedReplyDays = read("extended_reply_working_days", DefaultExtendedReplyWorkingDays);
    policy.m_inquiryReplyDays = read("inquiry_reply_working_days", DefaultInquiryReplyWorkingDays);
    return policy;
}

QVariantMap SlaPolicy::toSettings() const
{
    return {
        {QStringLiteral("accept_working_days"), m_acceptDays},
        {QStringLiteral("reply_working_days"), m_replyDays},
        {QStringLiteral("extended_reply_working_days"), m_extendedReplyDays},
        {QStringLiteral("inquiry_reply_working_days"), m_inquiryReplyDays},
    };
}

QDateTime SlaPolicy::dueAfterWorkingDays(const QDateTime &received, int n) const
{
    if (!received.isValid())
        return {};
    const QDate day = received.toTimeZone(chinaTime()).date();
    const QDate last = m_calendar.addWorkingDays(day, qMax(1, n));
    return QDateTime(last.addDays(1), QTime(0, 0), chinaTime());
}

QDate SlaPolicy::dueDay(const QDateTime &due)
{
    if (!due.isValid())
        return {};
    return due.toTimeZone(chinaTime()).addMSecs(-1).date();
}

QDateTime SlaPolicy::acceptDue(const QDateTime &created) const
{
    return dueAfterWorkingDays(created, m_acceptDays);
}

QDateTime SlaPolicy::replyDue(const QDateTime &created, bool extended) const
{
    return dueAfterWorkingDays(created, extended ? m_extendedReplyDays : m_replyDays);
}

QDateTime SlaPolicy::replyDue(TicketKind kind, const QDateTime &created, bool extended) const
{
    if (kind == TicketKind::Inquiry && !extended)
        return dueAfterWorkingDays(created, m_inquiryReplyDays);
    return replyDue(created, extended);
}

void SlaPolicy::apply(Ticket &ticket) const
{
    if (!ticket.createdAt.isValid())
        return;
    ticket.acceptDue = ticket.kind == TicketKind::Complaint ? acceptDue(ticket.createdAt) : QDateTime();
    ticket.replyDue = replyDue(ticket.kind, ticket.createdAt, ticket.replyDueExtended);
}

bool SlaPolicy::extend(Ticket &ticket) const
{
    if (ticket.replyDueExtended || !ticket.createdAt.isValid())
        return false;
    ticket.replyDueExtended = true;
    ticket.replyDue = replyDue(ticket.kind, ticket.createdAt, true);
    return true;
}
