#include "core/wirecodec.h"

#include "core/wireschema.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

// The wire layout of every entity. A reference to a parent the record cannot exist
// without (an account's customer, an event's ticket, …) is a non-empty string; other
// references are optional (null when empty).

namespace {

template<typename S> const WireSchema<S> &schema();

// clang-format off
#define WIRE_SCHEMA(T, name, ...)                                                                            \
    template<> const WireSchema<T> &schema<T>()                                                              \
    {                                                                                                        \
        using S = T;                                                                                         \
        using W = WireSchema<S>;                                                                             \
        static const W instance(name, {__VA_ARGS__});                                                        \
        return instance;                                                                                     \
    }

WIRE_SCHEMA(Customer, "customer",
            W::text("customer_no", &S::customerNo),
            W::text("name", &S::name),
            W::text("pinyin", &S::pinyin),
            W::text("initials", &S::initials),
            W::enumeration("id_type", &S::idType),
            W::text("id_number", &S::idNumber),
            W::text("mobile", &S::mobile),
            W::text("email", &S::email),
            W::text("branch", &S::branch),
            W::text("account_manager", &S::accountManager),
            W::enumeration("investor_type", &S::investorType),
            W::enumeration("risk_class", &S::riskClass),
            W::date("assessed_on", &S::assessedOn),
            W::date("assessment_expires", &S::assessmentExpires),
            W::integer("vip_level", &S::vipLevel),
            W::enumeration("status", &S::status),
            W::stringList("tags", &S::tags))

WIRE_SCHEMA(Account, "account",
            W::nonEmptyText("customer_id", &S::customerId),
            W::text("number", &S::number),
            W::enumeration("kind", &S::kind),
            W::enumeration("status", &S::status),
            W::integer64("assets_fen", &S::assetsFen),
            W::integer64("liabilities_fen", &S::liabilitiesFen),
            W::number("maintenance_ratio", &S::maintenanceRatio),
            W::date("top_up_deadline", &S::topUpDeadline),
            W::date("opened_on", &S::openedOn))

WIRE_SCHEMA(Holding, "holding",
            W::nonEmptyText("account_id", &S::accountId),
            W::nonEmptyText("customer_id", &S::customerId),
            W::text("product_code", &S::productCode),
            W::text("product_name", &S::productName),
            W::enumeration("product_risk", &S::productRisk),
            W::integer64("quantity", &S::quantity),
            W::integer64("market_value_fen", &S::marketValueFen))

WIRE_SCHEMA(Trade, "trade",
            W::nonEmptyText("account_id", &S::accountId),
            W::nonEmptyText("customer_id", &S::customerId),
            W::text("product_code", &S::productCode),
            W::text("product_name", &S::productName),
            W::enumeration("side", &S::side),
            W::integer64("quantity", &S::quantity),
            W::integer64("price_milli", &S::priceMilli),
            W::dateTime("traded_at", &S::tradedAt))

WIRE_SCHEMA(RiskAlert, "risk_alert",
            W::nonEmptyText("customer_id", &S::customerId),
            W::optionalText("account_id", &S::accountId),
            W::enumeration("kind", &S::kind),
            W::enumeration("severity", &S::severity),
            W::text("text", &S::text),
            W::enumeration("state", &S::state),
            W::dateTime("raised_at", &S::raisedAt),
            W::optionalText("acknowledged_by", &S::acknowledgedBy),
            W::dateTime("acknowledged_at", &S::acknowledgedAt))

WIRE_SCHEMA(Interaction, "interaction",
            W::nonEmptyText("customer_id", &S::customerId),
            W::enumeration("channel", &S::channel),
            W::enumeration("direction", &S::direction),
            W::optionalText("agent_id", &S::agentId),
            W::dateTime("started_at", &S::startedAt),
            W::integer("duration_seconds", &S::durationSeconds),
            W::text("summary", &S::summary),
            W::optionalText("recording_ref", &S::recordingRef),
            W::optionalText("ticket_id", &S::ticketId))

WIRE_SCHEMA(Ticket, "ticket",
            W::text("number", &S::number),
            W::optionalText("customer_id", &S::customerId),
            W::enumeration("kind", &S::kind),
            W::enumeration("source", &S::source),
            W::enumeration("category", &S::category),
            W::text("subject", &S::subject),
            W::text("description", &S::description),
            W::enumeration("priority", &S::priority),
            W::enumeration("state", &S::state),
            W::optionalText("assignee_id", &S::assigneeId),
            W::optionalText("team_id", &S::teamId),
            W::dateTime("created_at", &S::createdAt),
            W::dateTime("accept_due", &S::acceptDue),
            W::dateTime("reply_due", &S::replyDue),
            W::dateTime("external_due", &S::externalDue),
            W::boolean("reply_due_extended", &S::replyDueExtended),
            W::dateTime("first_response_at", &S::firstResponseAt),
            W::dateTime("closed_at", &S::closedAt),
            W::optionalEnumeration("resolution", &S::resolution),
            W::optionalEnumeration("follow_up", &S::followUp),
            W::optionalEnumeration("mediation_body", &S::mediationBody),
            W::integer("satisfaction", &S::satisfaction),
            W::optionalText("parent_id", &S::parentId),
            W::optionalText("merged_into_id", &S::mergedIntoId))

WIRE_SCHEMA(TicketEvent, "ticket_event",
            W::nonEmptyText("ticket_id", &S::ticketId),
            W::enumeration("kind", &S::kind),
            W::optionalText("author_id", &S::authorId),
            W::dateTime("created_at", &S::createdAt),
            W::text("body", &S::body),
            W::optionalEnumeration("from_state", &S::fromState),
            W::optionalEnumeration("to_state", &S::toState),
            W::optionalText("assignee_id", &S::assigneeId),
            W::optionalText("attachment_id", &S::attachmentId),
            W::optionalText("article_id", &S::articleId),
            W::integer("article_revision", &S::articleRevision),
            W::optionalText("linked_ticket_id", &S::linkedTicketId),
            W::object("extra", &S::extra))

WIRE_SCHEMA(Attachment, "attachment",
            W::nonEmptyText("ticket_id", &S::ticketId),
            W::text("name", &S::name),
            W::text("mime_type", &S::mimeType),
            W::integer64("size", &S::size),
            W::sha256Hex("sha256", &S::sha256),
            W::optionalText("blob_path", &S::blobPath))

WIRE_SCHEMA(Article, "article",
            W::optionalText("category_id", &S::categoryId),
            W::text("title", &S::title),
            W::text("body", &S::body),
            W::stringList("tags", &S::tags),
            W::enumeration("status", &S::status),
            W::integer("revision", &S::revision),
            W::optionalText("author_id", &S::authorId),
            W::optionalText("signed_off_by", &S::signedOffBy),
            W::dateTime("signed_off_at", &S::signedOffAt),
            W::date("effective_from", &S::effectiveFrom),
            W::date("expires_on", &S::expiresOn),
            W::integer("helpful_yes", &S::helpfulYes),
            W::integer("helpful_no", &S::helpfulNo))

WIRE_SCHEMA(ArticleCategory, "article_category",
            W::optionalText("parent_id", &S::parentId),
            W::text("name", &S::name),
            W::integer("sort_order", &S::sortOrder))

WIRE_SCHEMA(ArticleRevision, "article_revision",
            W::nonEmptyText("article_id", &S::articleId),
            W::integer("revision", &S::revision),
            W::text("title", &S::title),
            W::text("body", &S::body),
            W::optionalText("author_id", &S::authorId),
            W::dateTime("created_at", &S::createdAt))

WIRE_SCHEMA(CaseStudy, "case_study",
            W::text("title", &S::title),
            W::text("background", &S::background),
            W::text("issue", &S::issue),
            W::text("handling", &S::handling),
            W::text("outcome", &S::outcome),
            W::text("lessons", &S::lessons),
            W::stringList("rules_cited", &S::rulesCited),
            W::stringList("tags", &S::tags),
            W::optionalText("source_ticket_id", &S::sourceTicketId),
            W::optionalText("author_id", &S::authorId),
            W::dateTime("created_at", &S::createdAt))

WIRE_SCHEMA(CaseComment, "case_comment",
            W::nonEmptyText("case_id", &S::caseId),
            W::optionalText("author_id", &S::authorId),
            W::text("body", &S::body),
            W::dateTime("created_at", &S::createdAt))

WIRE_SCHEMA(CannedReply, "canned_reply",
            W::text("title", &S::title),
            W::text("body", &S::body),
            W::enumeration("category", &S::category),
            W::optionalText("team_id", &S::teamId))

WIRE_SCHEMA(User, "user",
            W::text("username", &S::username),
            W::text("display_name", &S::displayName),
            W::enumeration("role", &S::role),
            W::optionalText("team_id", &S::teamId),
            W::boolean("active", &S::active))

WIRE_SCHEMA(Team, "team",
            W::text("name", &S::name),
            W::enumeration("assignment_rule", &S::assignmentRule))

WIRE_SCHEMA(AuditEntry, "audit_entry",
            W::dateTime("at", &S::at),
            W::optionalText("user_id", &S::userId),
            W::text("action", &S::action),
            W::text("entity", &S::entity),
            W::optionalText("entity_id", &S::entityId),
            W::text("reason", &S::reason),
            W::object("detail", &S::detail))

#undef WIRE_SCHEMA
// clang-format on

// Calls f(schema<S>()) for the struct S of an entity type.
template<typename F> decltype(auto) withSchema(EntityType type, F &&f)
{
    switch (type) {
    case EntityType::Customer:
        return f(schema<Customer>());
    case EntityType::Account:
        return f(schema<Account>());
    case EntityType::Holding:
        return f(schema<Holding>());
    case EntityType::Trade:
        return f(schema<Trade>());
    case EntityType::RiskAlert:
        return f(schema<RiskAlert>());
    case EntityType::Interaction:
        return f(schema<Interaction>());
    case EntityType::Ticket:
        return f(schema<Ticket>());
    case EntityType::TicketEvent:
        return f(schema<TicketEvent>());
    case EntityType::Attachment:
        return f(schema<Attachment>());
    case EntityType::Article:
        return f(schema<Article>());
    case EntityType::ArticleCategory:
        return f(schema<ArticleCategory>());
    case EntityType::ArticleRevision:
        return f(schema<ArticleRevision>());
    case EntityType::CaseStudy:
        return f(schema<CaseStudy>());
    case EntityType::CaseComment:
        return f(schema<CaseComment>());
    case EntityType::CannedReply:
        return f(schema<CannedReply>());
    case EntityType::User:
        return f(schema<User>());
    case EntityType::Team:
        return f(schema<Team>());
    case EntityType::AuditEntry:
        break;
    }
    return f(schema<AuditEntry>());
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Reads json[key] with a JsonReader function, naming path.key in the error.
template<typename T, typename Reader>
bool readKey(
    const QJsonObject &json, const char *path, const char *key, T &out, QString *error, Reader reader)
{
    const QJsonValue value = json.value(QLatin1String(key));
    QString why;
    if (value.isUndefined())
        why = QCoreApplication::translate("WireCodec", "required field is missing");
    else if (reader(value, out, &why))
        return true;
    return fail(
        error, QLatin1String(path) + QLatin1Char('.') + QLatin1String(key) + QLatin1String(": ") + why);
}

} // namespace

#define WIRE_CODEC_OVERLOADS(S)                                                                              \
    QJsonObject WireCodec::encode(const S &value)                                                            \
    {                                                                                                        \
        return schema<S>().encode(value);                                                                    \
    }                                                                                                        \
    bool WireCodec::decode(const QJsonObject &json, S &out, QString *error)                                  \
    {                                                                                                        \
        const auto &s = schema<S>();                                                                         \
        return s.decode(json, out, s.name(), error);                                                         \
    }

WIRE_CODEC_OVERLOADS(Customer)
WIRE_CODEC_OVERLOADS(Account)
WIRE_CODEC_OVERLOADS(Holding)
WIRE_CODEC_OVERLOADS(Trade)
WIRE_CODEC_OVERLOADS(RiskAlert)
WIRE_CODEC_OVERLOADS(Interaction)
WIRE_CODEC_OVERLOADS(Ticket)
WIRE_CODEC_OVERLOADS(TicketEvent)
WIRE_CODEC_OVERLOADS(Attachment)
WIRE_CODEC_OVERLOADS(Article)
WIRE_CODEC_OVERLOADS(ArticleCategory)
WIRE_CODEC_OVERLOADS(ArticleRevision)
WIRE_CODEC_OVERLOADS(CaseStudy)
WIRE_CODEC_OVERLOADS(CaseComment)
WIRE_CODEC_OVERLOADS(CannedReply)
WIRE_CODEC_OVERLOADS(User)
WIRE_CODEC_OVERLOADS(Team)
WIRE_CODEC_OVERLOADS(AuditEntry)

#undef WIRE_CODEC_OVERLOADS

QJsonObject WireCodec::encode(const Mutation &value)
{
    return {{QStringLiteral("mutation_id"), value.mutationId},
        {QStringLiteral("entity"), enumKey(value.entity)}, {QStringLiteral("id"), value.id},
        {QStringLiteral("base_rev"), value.baseRev}, {QStringLiteral("op"), enumKey(value.op)},
        {QStringLiteral("fields"), value.fields}};
}

bool WireCodec::decode(const QJsonObject &json, Mutation &out, QString *error)
{
    Mutation m;
    const char *path = "mutation";
    if (!readKey(json, path, "mutation_id", m.mutationId, error, JsonReader::readNonEmptyString)
        || !readKey(json, path, "entity", m.entity, error, JsonReader::readEnum<EntityType>)
        || !readKey(json, path, "id", m.id, error, JsonReader::readNonEmptyString)
        || !readKey(json, path, "base_rev", m.baseRev, error, JsonReader::readInt64)
        || !readKey(json, path, "op", m.op, error, JsonReader::readEnum<MutationOp>)
        || !readKey(json, path, "fields", m.fields, error, JsonReader::readObject))
        return false;
    if (m.baseRev < 0)
        return fail(error, QLatin1String("mutation.base_rev: ") + tr("must not be negative"));

    const QString fieldsPath = QStringLiteral("mutation.fields");
    switch (m.op) {
    case MutationOp::Create: {
        const bool ok = withSchema(m.entity, [&](const auto &s) {
            if (!s.validatePartial(m.fields, fieldsPath, error))
                return false;
            const QStringList missing = s.missingDataKeys(m.fields);
            if (!missing.isEmpty())
                return fail(error,
                    fieldsPath + QLatin1Char('.') + missing.first() + QLatin1String(": ")
                        + tr("required field is missing"));
            return true;
        });
        if (!ok)
            return false;
        break;
    }
    case MutationOp::Update:
        if (m.fields.isEmpty())
            return fail(
                error, fieldsPath + QLatin1String(": ") + tr("an update must change at least one field"));
        if (!withSchema(
                m.entity, [&](const auto &s) { return s.validatePartial(m.fields, fieldsPath, error); }))
            return false;
        break;
    case MutationOp::Delete:
        if (!m.fields.isEmpty())
            return fail(error, fieldsPath + QLatin1String(": ") + tr("must be empty for a delete"));
        break;
    }
    out = std::move(m);
    return true;
}

QJsonObject WireCodec::encode(const Change &value)
{
    return {{QStringLiteral("seq"), value.seq}, {QStringLiteral("entity"), enumKey(value.entity)},
        {QStringLiteral("id"), value.id}, {QStringLiteral("rev"), value.rev},
        {QStringLiteral("deleted"), value.deleted}, {QStringLiteral("data"), value.data}};
}

bool WireCodec::decode(const QJsonObject &json, Change &out, QString *error)
{
    Change c;
    const char *path = "change";
    if (!readKey(json, path, "seq", c.seq, error, JsonReader::readInt64)
        || !readKey(json, path, "entity", c.entity, error, JsonReader::readEnum<EntityType>)
        || !readKey(json, path, "id", c.id, error, JsonReader::readNonEmptyString)
        || !readKey(json, path, "rev", c.rev, error, JsonReader::readInt64)
        || !readKey(json, path, "deleted", c.deleted, error, JsonReader::readBool)
        || !readKey(json, path, "data", c.data, error, JsonReader::readObject))
        return false;
    if (c.seq < 0)
        return fail(error, QLatin1String("change.seq: ") + tr("must not be negative"));
    if (c.data.isEmpty()) {
        if (!c.deleted)
            return fail(
                error, QLatin1String("change.data: ") + tr("empty, but the change is not a deletion"));
    } else {
        const QString dataPath = QStringLiteral("change.data");
        const bool ok = withSchema(c.entity, [&](const auto &s) {
            typename std::remove_cvref_t<decltype(s)>::Struct scratch;
            return s.decode(c.data, scratch, dataPath, error);
        });
        if (!ok)
            return false;
        if (c.data.value(QLatin1String("id")).toString() != c.id)
            return fail(error, QLatin1String("change.data.id: ") + tr("does not match change.id"));
    }
    out = std::move(c);
    return true;
}

QStringList WireCodec::fieldKeys(EntityType type)
{
    return withSchema(type, [](const auto &s) { return s.keys(); });
}

WireCodec::FieldCheck WireCodec::fieldCheck(EntityType type)
{
    return withSchema(type, [](const auto &s) -> FieldCheck {
        using Struct = typename std::remove_cvref_t<decltype(s)>::Struct;
        return [&s, scratch = std::make_shared<Struct>()](
                   qsizetype keyIndex, const QJsonValue &value, QString *why) {
            return s.checkField(keyIndex, value, *scratch, why);
        };
    });
}

QStringList WireCodec::commonKeys()
{
    return {
        QStringLiteral("deleted"), QStringLiteral("id"), QStringLiteral("rev"), QStringLiteral("updated_at")};
}

bool WireCodec::validateFields(EntityType type, const QJsonObject &fields, QString *error)
{
    return withSchema(type, [&](const auto &s) { return s.validatePartial(fields, s.name(), error); });
}

bool WireCodec::validateEntity(EntityType type, const QJsonObject &json, QString *error)
{
    return withSchema(type, [&](const auto &s) {
        typename std::remove_cvref_t<decltype(s)>::Struct scratch;
        return s.decode(json, scratch, s.name(), error);
    });
}

QJsonObject WireCodec::dataFields(const QJsonObject &json)
{
    QJsonObject out = json;
    for (const QString &key : commonKeys())
        out.remove(key);
    return out;
}

QString WireCodec::dateTimeToWire(const QDateTime &value)
{
    return JsonReader::formatDateTime(value);
}

QDateTime WireCodec::dateTimeFromWire(QStringView text, bool *ok)
{
    const auto value = JsonReader::parseDateTime(text);
    if (ok)
        *ok = value.has_value();
    return value.value_or(QDateTime());
}

QString WireCodec::dateToWire(QDate value)
{
    return JsonReader::formatDate(value);
}

QDate WireCodec::dateFromWire(QStringView text, bool *ok)
{
    const auto value = JsonReader::parseDate(text);
    if (ok)
        *ok = value.has_value();
    return value.value_or(QDate());
}

QByteArray WireCodec::toBytes(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

bool WireCodec::parseObject(const QByteArray &bytes, QJsonObject &out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            error, tr("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(
            error, tr("expected a JSON object, got %1").arg(doc.isArray() ? tr("an array") : tr("a scalar")));
    out = doc.object();
    return true;
}
