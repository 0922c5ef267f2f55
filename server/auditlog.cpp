#include "server/auditlog.h"

#include "core/wirecodec.h"
#include "server/dbconnection.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace {
// QtSql binds a null QString as SQL NULL; these columns are NOT NULL ''.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
} // namespace

void AuditLog::append(const QSqlDatabase &db, const AuditEntry &entry)
{
    const QDateTime at = entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc();
    DbConnection::exec(db,
        QStringLiteral("INSERT INTO audit (at, user_id, action, entity, entity_id, reason, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {at.toMSecsSinceEpoch(),
            entry.userId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(entry.userId),
            text(entry.action), text(entry.entity), text(entry.entityId), text(entry.reason),
            QString::fromUtf8(WireCodec::toBytes(entry.detail))});
}

QList<AuditEntry> AuditLog::page(const QSqlDatabase &db, qint64 afterId, int limit)
{
    QSqlQuery query = DbConnection::exec(db,
        QStringLiteral("SELECT id, at, user_id, action, entity, entity_id, reason, detail FROM audit "
                       "WHERE id > ? ORDER BY id LIMIT ?"),
        {afterId, limit});
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = QString::number(query.value(0).toLongLong());
        entry.at = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        entry.updatedAt = entry.at;
        entry.rev = 1;
        entry.userId = query.value(2).toString();
        entry.action = query.value(3).toString();
        entry.entity = query.value(4).toString();
        entry.entityId = query.value(5).toString();
        entry.reason = query.value(6).toString();
        entry.detail = QJsonDocument::fromJson(query.value(7).toByteArray()).object();
        entries.append(entry);
    }
    return entries;
}

QJsonObject AuditLog::toJson(const AuditEntry &entry)
{
    return {
        {QStringLiteral("id"), entry.id.toLongLong()},
        {QStringLiteral("at"), WireCodec::dateTimeToWire(entry.at)},
        {QStringLiteral("user_id"), entry.userId.isEmpty() ? QJsonValue() : QJsonValue(entry.userId)},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("entity"), entry.entity},
        {QStringLiteral("entity_id"), entry.entityId},
        {QStringLiteral("reason"), entry.reason},
        {QStringLiteral("detail"), entry.detail},
    };
}
