#include "core/validator.h"

#include "core/account.h"
#include "core/article.h"
#include "core/cannedreply.h"
#include "core/casestudy.h"
#include "core/chineseid.h"
#include "core/customer.h"
#include "core/interaction.h"
#include "core/riskalert.h"
#include "core/ticket.h"
#include "core/ticketevent.h"
#include "core/user.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace {

// Collects errors; the labels passed in are already translated.
class Errors
{
public:
    void add(const char *field, const QString &message)
    {
        m_list.append({QString::fromLatin1(field), message});
    }

    void require(const char *field, const QString &value, const QString &label)
    {
        if (value.trimmed().isEmpty())
            add(field, QCoreApplication::translate("Validator", "%1 is required.").arg(label));
    }

    void require(const char *field, const QDateTime &value, const QString &label)
    {
        if (!value.isValid())
            add(field, QCoreApplication::translate("Validator", "%1 is required.").arg(label));
    }

    void maxLength(const char *field, const QString &value, int max, const QString &label)
    {
        if (value.size() > max)
            add(field,
                QCoreApplication::translate("Validator", "%1 must be at most %2 characters long (now %3).")
                    .arg(label)
                    .arg(max)
                    .arg(value.size()));
    }

    void notNegative(const char *field, qint64 value, const QString &label)
    {
        if (value < 0)
            add(field, QCoreApplication::translate("Validator", "%1 cannot be negative.").arg(label));
    }

    // Every synchronised record: the id is made by the writer and must be a UUID.
    void entity(const Entity &entity)
    {
        if (entity.id.isEmpty())
            add("id", QCoreApplication::translate("Validator", "The record has no id."));
        else if (QUuid::fromString(entity.id).isNull())
            add("id", QCoreApplication::translate("Validator", "The id “%1” is not a UUID.").arg(entity.id));
        if (entity.rev < 0)
            add("rev", QCoreApplication::translate("Validator", "The revision cannot be negative."));
    }

    ValidationErrors take() { return std::move(m_list); }

private:
    ValidationErrors m_list;
};

const QRegularExpression &mobilePattern()
{
    static const QRegularExpression re(QStringLiteral("^1[3-9]\\d{9}$"));
    return re;
}

// Deliberately loose: one @, no spaces, a dot in the domain. Deliverability is
// checked by sending, not by a pattern.
const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return re;
}

const QRegularExpression &lowerLatinPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z]*$"));
    return re;
}

} // namespace

ValidationErrors Validator::validate(const Customer &customer)
{
    return validate(customer, QDate());
}

ValidationErrors Validator::validate(const Customer &c, QDate today)
{
    Errors e;
    e.entity(c);
    e.require("customer_no", c.customerNo, QCoreApplication::translate("Validator", "The customer number"));
    e.require("name", c.name, QCoreApplication::translate("Validator", "The name"));
    if (!lowerLatinPattern().match(c.pinyin).hasMatch())
        e.add("pinyin",
            QCoreApplication::translate(
                "Validator", "Pinyin must be lower-case Latin letters without tones or spaces."));
    if (!lowerLatinPattern().match(c.initials).hasMatch())
        e.add("initials",
            QCoreApplication::translate("Validator", "Initials must be lower-case Latin letters."));
    if (c.idNumber.isEmpty()) {
        e.require("id_number", c.idNumber, QCoreApplication::translate("Validator", "The ID number"));
    } else if (c.idType == IdType::ResidentId) {
        const bool valid
            = today.isValid() ? ChineseId::isValid(c.idNumber, today) : ChineseId::isValid(c.idNumber);
        if (!valid)
            e.add("id_number",
                QCoreApplication::translate("Validator",
                    "This is not a valid resident ID number: it needs 18 characters, a real "
                    "birth date and the correct check digit."));
    }
    if (c.mobile.isEmpty())
        e.require("mobile", c.mobile, QCoreApplication::translate("Validator", "The mobile number"));
    else if (!mobilePattern().match(c.mobile).hasMatch())
        e.add("mobile",
            QCoreApplication::translate(
                "Validator", "A mainland mobile number has 11 digits and starts with 13–19."));
    if (!c.email.isEmpty() && !emailPattern().match(c.email).hasMatch())
        e.add("email",
            QCoreApplication::translate("Validator", "This is not an email address (name@example.com)."));
    if (c.assessedOn.isValid() && c.assessmentExpires.isValid() && c.assessmentExpires <= c.assessedOn)
        e.add("assessment_expires",
            QCoreApplication::translate(
                "Validator", "The risk assessment must expire after the assessment date."));
    if (c.assessmentExpires.isValid() && !c.assessedOn.isValid())
        e.add("assessed_on",
            QCoreApplication::translate("Validator", "An assessment expiry needs the assessment date."));
    if (c.vipLevel < 0 || c.vipLevel > MaxVipLevel)
        e.add("vip_level",
            QCoreApplication::translate("Validator", "The VIP level must be between 0 and %1.")
                .arg(MaxVipLevel));
    return e.take();
}

ValidationErrors Validator::validate(const Ticket &t)
{
    Errors e;
    e.entity(t);
    e.require("number", t.number, QCoreApplication::translate("Validator", "The ticket number"));
    e.require("subject", t.subject, QCoreApplication::translate("Validator", "The subject"));
    e.maxLength(
        "subject", t.subject, MaxSubjectLength, QCoreApplication::translate("Validator", "The subject"));
    e.require("created_at", t.createdAt, QCoreApplication::translate("Validator", "The creation time"));
    if (t.kind == TicketKind::Complaint && t.customerId.isEmpty())
        e.add("customer_id",
            QCoreApplication::translate("Validator", "A complaint must name the customer who complains."));
    if (t.source == Channel::Transfer12386 && !t.externalDue.isValid())
        e.add("external_due",
            QCoreApplication::translate(
                "Validator", "A 12386 transfer needs the due date set by the regulator."));
    if (t.satisfaction < 0 || t.satisfaction > MaxSatisfaction)
        e.add("satisfaction",
            QCoreApplication::translate(
                "Validator", "Satisfaction must be between 1 and %1, or 0 when not surveyed.")
                .arg(MaxSatisfaction));
    if (t.createdAt.isValid()) {
        if (t.acceptDue.isValid() && t.acceptDue < t.createdAt)
            e.add("accept_due",
                QCoreApplication::translate(
                    "Validator", "The acceptance due time cannot be before the ticket was created."));
        if (t.replyDue.isValid() && t.replyDue < t.createdAt)
            e.add("reply_due",
                QCoreApplication::translate(
                    "Validator", "The reply due time cannot be before the ticket was created."));
    }
    if (t.state == TicketState::Closed) {
        if (!t.resolution)
            e.add("resolution",
                QCoreApplication::translate("Validator", "A closed ticket needs a resolution code."));
        // A duplicate is followed up on its survivor.
        if (t.kind == TicketKind::Complaint && !t.followUp && t.resolution != ResolutionCode::Merged)
            e.add("follow_up",
                QCoreApplication::translate("Validator", "A closed complaint needs the follow-up result."));
        if (!t.closedAt.isValid())
            e.add("closed_at",
                QCoreApplication::translate("Validator", "A closed ticket needs its closing time."));
    }
    if ((t.state == TicketState::Mediation || t.state == TicketState::Arbitration) && !t.mediationBody)
        e.add("mediation_body",
            QCoreApplication::translate(
                "Validator", "A ticket in mediation or arbitration needs the body handling it."));
    if (!t.parentId.isEmpty() && t.parentId == t.id)
        e.add("parent_id",
            QCoreApplication::translate("Validator", "A ticket cannot be its own parent incident."));
    if (!t.mergedIntoId.isEmpty() && t.mergedIntoId == t.id)
        e.add("merged_into_id",
            QCoreApplication::translate("Validator", "A ticket cannot be merged into itself."));
    return e.take();
}

ValidationErrors Validator::validate(const TicketEvent &ev)
{
    Errors e;
    e.entity(ev);
    e.require("ticket_id", ev.ticketId, QCoreApplication::translate("Validator", "The ticket"));
    e.require("created_at", ev.createdAt, QCoreApplication::translate("Validator", "The event time"));
    // SLA events are written by the system clock, not by a person.
    if (ev.kind != EventKind::Sla)
        e.require("author_id", ev.authorId, QCoreApplication::translate("Validator", "The author"));
    switch (ev.kind) {
    case EventKind::Note:
    case EventKind::Reply:
    case EventKind::Sla:
        e.require("body", ev.body, QCoreApplication::translate("Validator", "The text"));
        break;
    case EventKind::Transition:
        if (!ev.fromState)
            e.add("from_state",
                QCoreApplication::translate("Validator", "A transition needs the state it left."));
        if (!ev.toState)
            e.add("to_state",
                QCoreApplication::translate("Validator", "A transition needs the state it entered."));
        if (ev.fromState && ev.toState && *ev.fromState == *ev.toState)
            e.add(
                "to_state", QCoreApplication::translate("Validator", "A transition must change the state."));
        break;
    case EventKind::Attachment:
        e.require(
            "attachment_id", ev.attachmentId, QCoreApplication::translate("Validator", "The attachment"));
        break;
    case EventKind::Citation:
        e.require("article_id", ev.articleId, QCoreApplication::translate("Validator", "The cited article"));
        if (ev.articleRevision < 1)
            e.add("article_revision",
                QCoreApplication::translate("Validator", "A citation needs the article revision it quotes."));
        break;
    case EventKind::Link:
        e.require("linked_ticket_id", ev.linkedTicketId,
            QCoreApplication::translate("Validator", "The linked ticket"));
        if (!ev.linkedTicketId.isEmpty() && ev.linkedTicketId == ev.ticketId)
            e.add("linked_ticket_id",
                QCoreApplication::translate("Validator", "A ticket cannot be linked to itself."));
        break;
    case EventKind::Assignment: // an empty assignee means "returned to the team queue"
    case EventKind::Priority:
        break;
    }
    return e.take();
}

ValidationErrors Validator::validate(const Account &a)
{
    static const QRegularExpression numberPattern(QStringLiteral("^[0-9A-Z]{6,32}$"));
    Errors e;
    e.entity(a);
    e.require("customer_id", a.customerId, QCoreApplication::translate("Validator", "The customer"));
    if (a.number.isEmpty())
        e.require("number", a.number, QCoreApplication::translate("Validator", "The account number"));
    else if (!numberPattern.match(a.number).hasMatch())
        e.add("number",
            QCoreApplication::translate(
                "Validator", "An account number has 6 to 32 digits or capital letters."));
    e.notNegative("assets_fen", a.assetsFen, QCoreApplication::translate("Validator", "Total assets"));
    e.notNegative(
        "liabilities_fen", a.liabilitiesFen, QCoreApplication::translate("Validator", "Liabilities"));
    if (a.maintenanceRatio < 0)
        e.add("maintenance_ratio",
            QCoreApplication::translate("Validator", "The maintenance ratio cannot be negative."));
    if (a.kind == AccountKind::Margin && a.liabilitiesFen > 0 && a.maintenanceRatio <= 0)
        e.add("maintenance_ratio",
            QCoreApplication::translate(
                "Validator", "A margin account with debt needs its maintenance ratio."));
    if (a.kind != AccountKind::Margin && a.topUpDeadline.isValid())
        e.add("top_up_deadline",
            QCoreApplication::translate("Validator", "Only margin accounts have a top-up deadline."));
    return e.take();
}

ValidationErrors Validator::validate(const Article &a)
{
    Errors e;
    e.entity(a);
    e.require("title", a.title, QCoreApplication::translate("Validator", "The title"));
    e.maxLength("title", a.title, MaxTitleLength, QCoreApplication::translate("Validator", "The title"));
    e.require("body", a.body, QCoreApplication::translate("Validator", "The article text"));
    e.require("author_id", a.authorId, QCoreApplication::translate("Validator", "The author"));
    if (a.revision < 1)
        e.add("revision", QCoreApplication::translate("Validator", "Revisions are numbered from 1."));
    if (a.effectiveFrom.isValid() && a.expiresOn.isValid() && a.expiresOn <= a.effectiveFrom)
        e.add("expires_on",
            QCoreApplication::translate("Validator", "The expiry date must be after the effective date."));
    if (a.status == ArticleStatus::Published) {
        // Readers browse by category, so a published article must sit in the tree.
        e.require("category_id", a.categoryId, QCoreApplication::translate("Validator", "The category"));
        // Published answers are quoted to customers: compliance must have signed them off.
        if (a.signedOffBy.isEmpty())
            e.add("signed_off_by",
                QCoreApplication::translate(
                    "Validator", "A published article needs the compliance sign-off."));
        if (!a.effectiveFrom.isValid())
            e.add("effective_from",
                QCoreApplication::translate("Validator", "A published article needs its effective date."));
    }
    e.notNegative("helpful_yes", a.helpfulYes, QCoreApplication::translate("Validator", "The helpful count"));
    e.notNegative(
        "helpful_no", a.helpfulNo, QCoreApplication::translate("Validator", "The not-helpful count"));
    return e.take();
}

ValidationErrors Validator::validate(const CaseStudy &c)
{
    Errors e;
    e.entity(c);
    e.require("title", c.title, QCoreApplication::translate("Validator", "The title"));
    e.maxLength("title", c.title, MaxTitleLength, QCoreApplication::translate("Validator", "The title"));
    e.require("issue", c.issue, QCoreApplication::translate("Validator", "The issue"));
    e.require("handling", c.handling, QCoreApplication::translate("Validator", "The handling"));
    e.require("author_id", c.authorId, QCoreApplication::translate("Validator", "The author"));
    return e.take();
}

const QStringList &Validator::cannedReplyPlaceholders()
{
    static const QStringList names {
        QStringLiteral("customer_name"), QStringLiteral("ticket_number"), QStringLiteral("agent_name")};
    return names;
}

ValidationErrors Validator::validate(const CannedReply &r)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    Errors e;
    e.entity(r);
    e.require("title", r.title, QCoreApplication::translate("Validator", "The title"));
    e.maxLength("title", r.title, MaxTitleLength, QCoreApplication::translate("Validator", "The title"));
    e.require("body", r.body, QCoreApplication::translate("Validator", "The reply text"));
    for (auto it = placeholder.globalMatch(r.body); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!cannedReplyPlaceholders().contains(name)) {
            e.add("body",
                QCoreApplication::translate("Validator", "Unknown placeholder {%1}; use one of %2.")
                    .arg(name, u'{' + cannedReplyPlaceholders().join(u"}, {") + u'}'));
        }
    }
    return e.take();
}

ValidationErrors Validator::validate(const User &u)
{
    static const QRegularExpression usernamePattern(QStringLiteral("^[A-Za-z0-9._-]{2,64}$"));
    Errors e;
    e.entity(u);
    if (u.username.isEmpty())
        e.require("username", u.username, QCoreApplication::translate("Validator", "The user name"));
    else if (!usernamePattern.match(u.username).hasMatch())
        e.add("username",
            QCoreApplication::translate(
                "Validator", "A user name has 2 to 64 Latin letters, digits, dots, dashes or underscores."));
    e.require("display_name", u.displayName, QCoreApplication::translate("Validator", "The display name"));
    if ((u.role == Role::Agent || u.role == Role::Lead) && u.teamId.isEmpty())
        e.add("team_id", QCoreApplication::translate("Validator", "Agents and leads belong to a team."));
    return e.take();
}

ValidationErrors Validator::validate(const Interaction &i)
{
    Errors e;
    e.entity(i);
    e.require("customer_id", i.customerId, QCoreApplication::translate("Validator", "The customer"));
    e.require("agent_id", i.agentId, QCoreApplication::translate("Validator", "The agent"));
    e.require("started_at", i.startedAt, QCoreApplication::translate("Validator", "The start time"));
    if (i.durationSeconds < 0)
        e.add(
            "duration_seconds", QCoreApplication::translate("Validator", "The duration cannot be negative."));
    if (!i.recordingRef.isEmpty() && i.channel != Channel::Phone && i.channel != Channel::Transfer12386)
        e.add("recording_ref", QCoreApplication::translate("Validator", "Only calls have a recording."));
    return e.take();
}

ValidationErrors Validator::validate(const RiskAlert &a)
{
    Errors e;
    e.entity(a);
    e.require("customer_id", a.customerId, QCoreApplication::translate("Validator", "The customer"));
    e.require("text", a.text, QCoreApplication::translate("Validator", "The alert text"));
    e.require("raised_at", a.raisedAt, QCoreApplication::translate("Validator", "The time raised"));
    if ((a.kind == RiskAlertKind::MarginWarning || a.kind == RiskAlertKind::MarginCall)
        && a.accountId.isEmpty())
        e.add("account_id",
            QCoreApplication::translate("Validator", "A margin alert needs the margin account concerned."));
    if (a.state == AlertState::Acknowledged) {
        e.require("acknowledged_by", a.acknowledgedBy,
            QCoreApplication::translate("Validator", "Who acknowledged the alert"));
        e.require("acknowledged_at", a.acknowledgedAt,
            QCoreApplication::translate("Validator", "The acknowledgement time"));
    }
    return e.take();
}
