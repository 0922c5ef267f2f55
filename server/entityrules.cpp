#include "server/entityrules.h"

#include "core/validator.h"
#include "core/wirecodec.h"

namespace {

constexpr unsigned bit(Role role)
{
    return 1u << static_cast<unsigned>(role);
}

constexpr unsigned Agent = bit(Role::Agent);
constexpr unsigned Lead = bit(Role::Lead);
constexpr unsigned Trainer = bit(Role::Trainer);
constexpr unsigned Admin = bit(Role::Admin);
constexpr unsigned Desk = Agent | Lead | Admin;
constexpr unsigned Editors = Lead | Trainer | Admin;
constexpr unsigned Everyone = Agent | Lead | Trainer | Admin;

struct Permission
{
    EntityType entity;
    unsigned create;
    unsigned update;
    unsigned remove;
};

// Who may write what. Back-office data (accounts, holdings, trades) arrives from the
// firm's systems through an administrator; agents record calls, open and work tickets,
// update customers they serve and acknowledge alerts; a risk the desk detects in a
// customer's figures before the back office has (RiskAlertRules) is recorded as an
// acknowledged alert; the agent who took a call completes its record (summary,
// duration). Knowledge and cases are written by leads, trainers and
// administrators; anyone may comment on a case. Users and teams
// are never written through mutations (the CLI and the seed own them); audit entries
// from any role go to the audit log through ClientAudit, not through this table.
// Attachments are created only by the upload route, which stores and checks the bytes:
// a record created or edited by a mutation could name content that was never uploaded
// or point at another file's digest.
// clang-format off
constexpr Permission s_permissions[] = {
    {EntityType::Customer,        Desk,     Desk,   Admin},
    {EntityType::Account,         Admin,    Admin,  Admin},
    {EntityType::Holding,         Admin,    Admin,  Admin},
    {EntityType::Trade,           Admin,    Admin,  Admin},
    {EntityType::RiskAlert,       Desk,     Desk,   Admin},
    {EntityType::Interaction,     Desk,     Desk,   0},
    {EntityType::Ticket,          Desk,     Desk,   Lead | Admin},
    {EntityType::TicketEvent,     Desk,     0,      0},
    {EntityType::Attachment,      0,        0,      Lead | Admin},
    {EntityType::Article,         Editors,  Editors, Editors},
    {EntityType::ArticleCategory, Editors,  Editors, Editors},
    {EntityType::ArticleRevision, Editors,  0,      0},
    {EntityType::CaseStudy,       Editors,  Editors, Editors},
    {EntityType::CaseComment,     Everyone, 0,      0},
    {EntityType::CannedReply,     Editors,  Editors, Editors},
};
// clang-format on

template<typename T> bool decodeOnly(const QJsonObject &json, QString *error, QJsonObject *canonical)
{
    T value;
    if (!WireCodec::decode(json, value, error))
        return false;
    *canonical = WireCodec::encode(value);
    return true;
}

template<typename T>
bool decodeValidated(
    const QJsonObject &json, QString *error, ValidationErrors *errors, QJsonObject *canonical)
{
    T value;
    if (!WireCodec::decode(json, value, error))
        return false;
    *errors = Validator::validate(value);
    *canonical = WireCodec::encode(value);
    return true;
}

QString text(const QJsonObject &record, const char *key)
{
    return record.value(QLatin1String(key)).toString();
}

} // namespace

QString EntityRules::roleRefusal(EntityType entity, MutationOp op, Role role)
{
    for (const Permission &p : s_permissions) {
        if (p.entity != entity)
            continue;
        const unsigned roles = op == MutationOp::Create ? p.create
            : op == MutationOp::Update                  ? p.update
                                                        : p.remove;
        if (roles & bit(role))
            return {};
        return tr("The role “%1” may not %2 records of type “%3”.")
            .arg(enumLabel(role), enumKey(op), enumKey(entity));
    }
    return tr("Records of type “%1” are managed by the server and cannot be written through mutations.")
        .arg(enumKey(entity));
}

bool EntityRules::validate(EntityType entity, const QJsonObject &record, QString *decodeError,
    ValidationErrors *errors, QJsonObject *canonical)
{
    errors->clear();
    switch (entity) {
    case EntityType::Customer:
        return decodeValidated<Customer>(record, decodeError, errors, canonical);
    case EntityType::Account:
        return decodeValidated<Account>(record, decodeError, errors, canonical);
    case EntityType::Holding:
        return decodeOnly<Holding>(record, decodeError, canonical);
    case EntityType::Trade:
        return decodeOnly<Trade>(record, decodeError, canonical);
    case EntityType::RiskAlert:
        return decodeValidated<RiskAlert>(record, decodeError, errors, canonical);
    case EntityType::Interaction:
        return decodeValidated<Interaction>(record, decodeError, errors, canonical);
    case EntityType::Ticket:
        return decodeValidated<Ticket>(record, decodeError, errors, canonical);
    case EntityType::TicketEvent:
        return decodeValidated<TicketEvent>(record, decodeError, errors, canonical);
    case EntityType::Attachment:
        return decodeOnly<Attachment>(record, decodeError, canonical);
    case EntityType::Article:
        return decodeValidated<Article>(record, decodeError, errors, canonical);
    case EntityType::ArticleCategory:
        return decodeOnly<ArticleCategory>(record, decodeError, canonical);
    case EntityType::ArticleRevision:
        return decodeOnly<ArticleRevision>(record, decodeError, canonical);
    case EntityType::CaseStudy:
        return decodeValidated<CaseStudy>(record, decodeError, errors, canonical);
    case EntityType::CaseComment:
        return decodeOnly<CaseComment>(record, decodeError, canonical);
    case EntityType::CannedReply:
        return decodeValidated<CannedReply>(record, decodeError, errors, canonical);
    case EntityType::User:
        return decodeValidated<User>(record, decodeError, errors, canonical);
    case EntityType::Team:
        return decodeOnly<Team>(record, decodeError, canonical);
    case EntityType::AuditEntry:
        return decodeOnly<AuditEntry>(record, decodeError, canonical);
    }
    return false;
}

QString EntityRules::customerId(EntityType entity, const QJsonObject &record)
{
    switch (entity) {
    case EntityType::Customer:
        return text(record, "id");
    case EntityType::Account:
    case EntityType::Holding:
    case EntityType::Trade:
    case EntityType::RiskAlert:
    case EntityType::Interaction:
    case EntityType::Ticket:
        return text(record, "customer_id");
    default:
        return {};
    }
}

QString EntityRules::parentId(EntityType entity, const QJsonObject &record)
{
    switch (entity) {
    case EntityType::TicketEvent:
    case EntityType::Attachment:
        return text(record, "ticket_id");
    case EntityType::ArticleRevision:
        return text(record, "article_id");
    case EntityType::CaseComment:
        return text(record, "case_id");
    default:
        return {};
    }
}

bool EntityRules::hasTicketParent(EntityType entity)
{
    return entity == EntityType::TicketEvent || entity == EntityType::Attachment;
}
