#include "core/ticketworkflow.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

constexpr unsigned kindBit(TicketKind kind)
{
    return 1u << static_cast<unsigned>(kind);
}

constexpr unsigned roleBit(Role role)
{
    return 1u << static_cast<unsigned>(role);
}

// Kinds
constexpr unsigned Inquiry = kindBit(TicketKind::Inquiry);
constexpr unsigned Request = kindBit(TicketKind::Request);
constexpr unsigned Complaint = kindBit(TicketKind::Complaint);
constexpr unsigned Report = kindBit(TicketKind::Report);
constexpr unsigned Suggestion = kindBit(TicketKind::Suggestion);
constexpr unsigned AllKinds = Inquiry | Request | Complaint | Report | Suggestion;

// Roles. Trainers and administrators appear in no row: trainers read cases, and
// administrators manage users and settings — keeping them out of customer cases
// keeps the duties separate and the audit trail plain (a lead works the ticket).
constexpr unsigned AgentOrLead = roleBit(Role::Agent) | roleBit(Role::Lead);
constexpr unsigned LeadOnly = roleBit(Role::Lead);

// Required fields
enum Field : unsigned {
    NoFields = 0,
    ReplyText = 1u << 0,
    Resolution = 1u << 1,
    FollowUp = 1u << 2,
    Body = 1u << 3, // mediation body
    Reason = 1u << 4,
};

struct FieldInfo
{
    Field field;
    const char *key;
    const char *label;
};

constexpr FieldInfo fieldInfos[] = {
    {ReplyText, "reply_text", QT_TRANSLATE_NOOP("TicketWorkflow", "reply text")},
    {Resolution, "resolution", QT_TRANSLATE_NOOP("TicketWorkflow", "resolution code")},
    {FollowUp, "follow_up", QT_TRANSLATE_NOOP("TicketWorkflow", "follow-up result")},
    {Body, "mediation_body", QT_TRANSLATE_NOOP("TicketWorkflow", "mediation body")},
    {Reason, "reason", QT_TRANSLATE_NOOP("TicketWorkflow", "reason")},
};

using S = TicketState;

struct Rule
{
    TicketState from;
    TicketState to;
    unsigned kinds;
    unsigned roles;
    unsigned fields;
};

// The whole workflow. For one kind, a (from, to) pair appears at most once.
//
// Complaints (投诉) take the full path of DESIGN.md §3, with mediation or arbitration
// for disputes. Reports (举报) are investigated like complaints but are no dispute
// with the firm, so no mediation and no follow-up; a lead signs off the findings.
// Service requests (服务请求) are accepted, done and confirmed — nothing to
// investigate. Inquiries (咨询) and suggestions (意见建议) are answered straight away
// or after some research. Leaving mediation or arbitration records its outcome (the
// reason field), so the referral's body, date and outcome are all in the history. Every kind may go back to work from Replied when the
// customer comes back (with a reason) and may be reopened by a lead within
// ReopenWindowDays of closing.
//
// clang-format off
// from              to                kinds                            roles        required fields
constexpr Rule rules[] = {
    {S::New,           S::Accepted,      Complaint | Request | Report,   AgentOrLead, NoFields},
    {S::New,           S::Replied,       Inquiry | Suggestion,           AgentOrLead, ReplyText},
    {S::New,           S::Processing,    Inquiry | Suggestion,           AgentOrLead, NoFields},
    {S::Accepted,      S::Investigating, Complaint | Report,             AgentOrLead, NoFields},
    {S::Accepted,      S::Processing,    Request,                        AgentOrLead, NoFields},
    {S::Investigating, S::Processing,    Complaint | Report,             AgentOrLead, NoFields},
    {S::Processing,    S::Replied,       AllKinds,                       AgentOrLead, ReplyText},
    {S::Processing,    S::Mediation,     Complaint,                      AgentOrLead, Body},
    {S::Processing,    S::Arbitration,   Complaint,                      LeadOnly,    Body},
    {S::Replied,       S::FollowUp,      Complaint,                      AgentOrLead, NoFields},
    {S::Replied,       S::Processing,    AllKinds,                       AgentOrLead, Reason},
    {S::Replied,       S::Mediation,     Complaint,                      AgentOrLead, Body},
    {S::Replied,       S::Arbitration,   Complaint,                      LeadOnly,    Body},
    {S::Replied,       S::Closed,        Inquiry | Request | Suggestion, AgentOrLead, Resolution},
    {S::Replied,       S::Closed,        Report,                         LeadOnly,    Resolution},
    {S::FollowUp,      S::Processing,    Complaint,                      AgentOrLead, Reason},
    {S::FollowUp,      S::Closed,        Complaint,                      AgentOrLead, Resolution | FollowUp},
    {S::Mediation,     S::Processing,    Complaint,                      AgentOrLead, Reason},
    {S::Mediation,     S::Closed,        Complaint,                      AgentOrLead, Resolution | FollowUp | Reason},
    {S::Arbitration,   S::Processing,    Complaint,                      LeadOnly,    Reason},
    {S::Arbitration,   S::Closed,        Complaint,                      LeadOnly,    Resolution | FollowUp | Reason},
    {S::Closed,        S::Processing,    AllKinds,                       LeadOnly,    Reason}, // reopen
};
// clang-format on

const Rule *findRule(TicketKind kind, TicketState from, TicketState to)
{
    for (const Rule &rule : rules)
        if (rule.from == from && rule.to == to && (rule.kinds & kindBit(kind)))
            return &rule;
    return nullptr;
}

QStringList fieldKeys(unsigned fields)
{
    QStringList keys;
    for (const FieldInfo &info : fieldInfos)
        if (fields & info.field)
            keys.append(QString::fromLatin1(info.key));
    return keys;
}

TicketWorkflow::Check allowed()
{
    return {true, {}, {}};
}

TicketWorkflow::Check refused(const QString &reason)
{
    return {false, reason, {}};
}

bool isReopen(const Rule &rule)
{
    return rule.from == TicketState::Closed;
}

QDateTime reopenDeadline(const Ticket &ticket)
{
    return ticket.closedAt.addDays(TicketWorkflow::ReopenWindowDays);
}

QString displayName(const QString &userId, const TicketWorkflow::NameLookup &names)
{
    const QString name = names ? names(userId) : QString();
    return name.isEmpty() ? userId : name;
}

// Who may take this step now, before any field is looked at.
TicketWorkflow::Check permission(const Ticket &ticket, const Rule &rule, const Actor &actor,
    const QDateTime &now, const TicketWorkflow::NameLookup &names)
{
    if (ticket.deleted)
        return refused(QCoreApplication::translate("TicketWorkflow", "This ticket has been deleted."));
    if (!ticket.mergedIntoId.isEmpty())
        return refused(QCoreApplication::translate(
            "TicketWorkflow", "This ticket was merged into another one; carry on there."));
    if (actor.role == Role::Trainer)
        return refused(QCoreApplication::translate("TicketWorkflow", "Trainers do not work tickets."));
    if (actor.role == Role::Admin)
        return refused(QCoreApplication::translate(
            "TicketWorkflow", "Administrators manage users and settings; they do not work tickets."));
    if (ticket.teamId.isEmpty())
        return refused(
            QCoreApplication::translate("TicketWorkflow", "This ticket has not been routed to a team yet."));
    if (ticket.teamId != actor.teamId)
        return refused(QCoreApplication::translate("TicketWorkflow", "This ticket belongs to another team."));
    if (!(rule.roles & roleBit(actor.role))) {
        if (isReopen(rule))
            return refused(QCoreApplication::translate(
                "TicketWorkflow", "Only a team lead may reopen a closed ticket."));
        return refused(
            QCoreApplication::translate("TicketWorkflow", "Only a team lead may move this ticket to “%1”.")
                .arg(enumLabel(rule.to)));
    }
    if (actor.role == Role::Agent) {
        // 首办负责制: the first handler owns the ticket until a lead reassigns it.
        if (!ticket.assigneeId.isEmpty() && ticket.assigneeId != actor.userId)
            return refused(QCoreApplication::translate(
                "TicketWorkflow", "The first handler owns this ticket: it is assigned to %1.")
                               .arg(displayName(ticket.assigneeId, names)));
        // Only a new ticket may be picked from the team queue; taking it claims it.
        if (ticket.assigneeId.isEmpty() && rule.from != TicketState::New)
            return refused(QCoreApplication::translate(
                "TicketWorkflow", "This ticket is not assigned to you; ask your team lead to assign it."));
    }
    if (isReopen(rule)) {
        if (!ticket.closedAt.isValid())
            return refused(QCoreApplication::translate(
                "TicketWorkflow", "The closing time of this ticket is unknown, so it cannot be reopened."));
        const QDateTime deadline = reopenDeadline(ticket);
        if (now > deadline)
            return refused(QCoreApplication::translate("TicketWorkflow",
                "Closed tickets can be reopened within %n day(s) of closing; this one "
                "could be reopened until %1.",
                nullptr, TicketWorkflow::ReopenWindowDays)
                               .arg(deadline.toLocalTime().date().toString(Qt::ISODate)));
    }
    return allowed();
}

unsigned missing(unsigned fields, const TransitionRequest &request)
{
    unsigned out = NoFields;
    if ((fields & ReplyText) && request.replyText.trimmed().isEmpty())
        out |= ReplyText;
    if ((fields & Resolution) && !request.resolution)
        out |= Resolution;
    if ((fields & FollowUp) && !request.followUp)
        out |= FollowUp;
    if ((fields & Body) && !request.mediationBody)
        out |= Body;
    if ((fields & Reason) && request.reason.trimmed().isEmpty())
        out |= Reason;
    return out;
}

QString missingReason(unsigned fields)
{
    QStringList labels;
    for (const FieldInfo &info : fieldInfos)
        if (fields & info.field)
            labels.append(QCoreApplication::translate("TicketWorkflow", info.label));
    return QCoreApplication::translate("TicketWorkflow", "Please provide: %1.")
        .arg(QLocale().createSeparatedList(labels));
}

} // namespace

QList<TicketWorkflow::TransitionOption> TicketWorkflow::options(
    const Ticket &ticket, const Actor &actor, const QDateTime &now, const NameLookup &names)
{
    QList<TransitionOption> out;
    for (const Rule &rule : rules) {
        if (rule.from != ticket.state || !(rule.kinds & kindBit(ticket.kind)))
            continue;
        out.append({rule.to, permission(ticket, rule, actor, now, names), fieldKeys(rule.fields)});
    }
    return out;
}

TicketWorkflow::Check TicketWorkflow::check(const Ticket &ticket, const TransitionRequest &request,
    const Actor &actor, const QDateTime &now, const NameLookup &names)
{
    if (request.to == ticket.state)
        return refused(QCoreApplication::translate("TicketWorkflow", "The ticket is already “%1”.")
                           .arg(enumLabel(ticket.state)));
    const Rule *rule = findRule(ticket.kind, ticket.state, request.to);
    if (!rule)
        return refused(QCoreApplication::translate(
            "TicketWorkflow", "A ticket of kind “%1” cannot go from “%2” to “%3”.")
                           .arg(enumLabel(ticket.kind), enumLabel(ticket.state), enumLabel(request.to)));

    if (request.resolution == ResolutionCode::Merged)
        return refused(QCoreApplication::translate(
            "TicketWorkflow", "A ticket is closed as a duplicate only by merging it into the ticket it repeats."));
    const unsigned absent = missing(rule->fields, request);
    Check result = permission(ticket, *rule, actor, now, names);
    result.missingFields = fieldKeys(absent);
    if (result.allowed && absent != NoFields) {
        result.allowed = false;
        result.reason = missingReason(absent);
    }
    return result;
}

QStringList TicketWorkflow::requiredFields(const Ticket &ticket, TicketState to)
{
    const Rule *rule = findRule(ticket.kind, ticket.state, to);
    return rule ? fieldKeys(rule->fields) : QStringList();
}

TicketWorkflow::Check TicketWorkflow::apply(Ticket &ticket, const TransitionRequest &request,
    const Actor &actor, const QDateTime &now, const NameLookup &names)
{
    Check result = check(ticket, request, actor, now, names);
    if (!result.allowed)
        return result;

    if (ticket.state == TicketState::Closed) {
        // Reopened: the old outcome stays in the event history, the new one comes on closing.
        ticket.closedAt = {};
        ticket.resolution.reset();
        ticket.followUp.reset();
    }
    ticket.state = request.to;
    switch (request.to) {
    case TicketState::Replied:
        if (!ticket.firstResponseAt.isValid())
            ticket.firstResponseAt = now;
        break;
    case TicketState::Closed:
        ticket.resolution = request.resolution;
        if (request.followUp)
            ticket.followUp = request.followUp;
        ticket.closedAt = now;
        break;
    case TicketState::Mediation:
    case TicketState::Arbitration:
        ticket.mediationBody = request.mediationBody;
        break;
    default:
        break;
    }
    if (actor.role == Role::Agent && ticket.assigneeId.isEmpty())
        ticket.assigneeId = actor.userId;
    return result;
}

TicketWorkflow::Check TicketWorkflow::canDeclineMediation(InvestorType investorType)
{
    if (investorType == InvestorType::Ordinary)
        return refused(QCoreApplication::translate("TicketWorkflow",
            "An ordinary investor's request for mediation cannot be refused "
            "(Securities Law, article 94)."));
    return allowed();
}

TicketWorkflow::Check TicketWorkflow::canExtendReplyDue(const Ticket &ticket, const Actor &actor)
{
    if (actor.role != Role::Lead)
        return refused(
            QCoreApplication::translate("TicketWorkflow", "Only a team lead may extend the reply due date."));
    if (ticket.teamId.isEmpty() || ticket.teamId != actor.teamId)
        return refused(QCoreApplication::translate("TicketWorkflow", "This ticket belongs to another team."));
    if (ticket.deleted)
        return refused(QCoreApplication::translate("TicketWorkflow", "This ticket has been deleted."));
    if (ticket.replyDueExtended)
        return refused(QCoreApplication::translate(
            "TicketWorkflow", "The reply due date has already been extended once."));
    if (ticket.source == Channel::Transfer12386)
        return refused(QCoreApplication::translate("TicketWorkflow",
            "The due date of a 12386 transfer is set by the regulator and cannot be extended."));
    if (!ticket.replyDue.isValid())
        return refused(
            QCoreApplication::translate("TicketWorkflow", "This ticket has no reply due date to extend."));
    switch (ticket.state) {
    case TicketState::Replied:
    case TicketState::FollowUp:
    case TicketState::Closed:
        return refused(
            QCoreApplication::translate("TicketWorkflow", "The customer has already received a reply."));
    default:
        return allowed();
    }
}
