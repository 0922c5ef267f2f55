#include "server/clientaudit.h"

#include "core/auditentry.h"
#include "core/wirecodec.h"
#include "server/auditlog.h"

#include <QJsonArray>

namespace {

QString key(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

bool isScalar(const QJsonValue &value)
{
    return value.isString() || value.isDouble() || value.isBool() || value.isNull();
}

// Flat: scalars, or arrays of scalars (a list of field names).
bool isFlat(const QJsonObject &detail)
{
    for (auto it = detail.constBegin(); it != detail.constEnd(); ++it) {
        if (isScalar(it.value()))
            continue;
        if (!it.value().isArray())
            return false;
        const QJsonArray array = it.value().toArray();
        for (const QJsonValue &item : array)
            if (!isScalar(item))
                return false;
    }
    return true;
}

} // namespace

const QStringList &ClientAudit::allowedActions()
{
    static const QStringList actions {
        key("reveal_pii"), key("export_pii"), key("print_pii"), key("customer_lookup")};
    return actions;
}

bool ClientAudit::needsReason(const QString &action)
{
    return action != QLatin1String("customer_lookup");
}

std::optional<ClientAudit::Refusal> ClientAudit::append(
    const QSqlDatabase &db, const User &actor, const Mutation &mutation, const QDateTime &now)
{
    if (mutation.op != MutationOp::Create)
        return Refusal {key("append_only"), tr("Audit entries are append-only."), {}};
    QJsonObject record = mutation.fields;
    record.insert(key("id"), mutation.id);
    record.insert(key("rev"), 1);
    record.insert(key("updated_at"), WireCodec::dateTimeToWire(now));
    record.insert(key("deleted"), false);
    if (!record.contains(key("at")))
        record.insert(key("at"), WireCodec::dateTimeToWire(now));
    AuditEntry entry;
    QString error;
    if (!WireCodec::decode(record, entry, &error))
        return Refusal {key("invalid_record"), error, {}};

    if (!allowedActions().contains(entry.action))
        return Refusal {key("invalid_record"),
            tr("A workstation may record only these audit actions: %1.")
                .arg(allowedActions().join(QLatin1String(", "))),
            {key("action")}};
    if (needsReason(entry.action)
        && (entry.reason.trimmed().isEmpty() || entry.reason.size() > MaxReasonLength))
        return Refusal {key("invalid_record"),
            tr("Revealing or exporting personal data needs a reason of at most %1 characters.")
                .arg(MaxReasonLength),
            {key("reason")}};
    if (entry.reason.size() > MaxReasonLength)
        return Refusal {key("invalid_record"),
            tr("The reason may have at most %1 characters.").arg(MaxReasonLength), {key("reason")}};
    if (!entry.entity.isEmpty() && !enumFromKey<EntityType>(entry.entity))
        return Refusal {key("invalid_record"), tr("entity must name a record type."), {key("entity")}};
    if (entry.entityId.size() > MaxEntityIdLength)
        return Refusal {key("invalid_record"),
            tr("entity_id may have at most %1 characters.").arg(MaxEntityIdLength), {key("entity_id")}};
    if (!isFlat(entry.detail) || WireCodec::toBytes(entry.detail).size() > MaxDetailBytes)
        return Refusal {key("invalid_record"),
            tr("detail must be a small flat object (at most %1 bytes) naming fields, never their values.")
                .arg(MaxDetailBytes),
            {key("detail")}};

    // The client's clock says when it happened on the desk (possibly offline); the
    // server's clock and the session say when and by whom it was received.
    entry.detail.insert(key("client_at"), WireCodec::dateTimeToWire(entry.at));
    entry.detail.insert(key("client_entry_id"), mutation.id);
    entry.userId = actor.id;
    entry.at = now;
    AuditLog::append(db, entry);
    return std::nullopt;
}
