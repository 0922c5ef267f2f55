#include "store/conflictrepository.h"

#include "core/wirecodec.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {
bool fail(QString *error, const QSqlQuery &q)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
} // namespace

ConflictRepository::ConflictRepository(Database &db) : m_db(db) { }

bool ConflictRepository::add(Conflict &c, QString *error)
{
    if (!c.createdAt.isValid())
        c.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO conflicts (entity, entity_id, fields, local, server, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(enumKey(c.entity));
    q.addBindValue(c.entityId);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(c.fields)).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromUtf8(WireCodec::toBytes(c.local)));
    q.addBindValue(QString::fromUtf8(WireCodec::toBytes(c.server)));
    q.addBindValue(c.createdAt.toMSecsSinceEpoch());
    if (!q.exec())
        return fail(error, q);
    c.id = q.lastInsertId().toLongLong();
    m_db.notifyChanged(QStringLiteral("conflict"), {QString::number(c.id)});
    return true;
}

QList<Conflict> ConflictRepository::select(
    const QString &tail, const QVariantList &binds, QString *error) const
{
    QList<Conflict> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, entity, entity_id, fields, local, server, created_at, resolved_at, "
                             "resolution FROM conflicts ")
        + tail);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        fail(error, q);
        return out;
    }
    while (q.next()) {
        Conflict c;
        c.id = q.value(0).toLongLong();
        const auto entity = enumFromKey<EntityType>(q.value(1).toString());
        if (!entity) {
            if (error)
                *error = QStringLiteral("conflict %1 names an unknown entity").arg(c.id);
            continue;
        }
        c.entity = *entity;
        c.entityId = q.value(2).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
            c.fields.append(v.toString());
        WireCodec::parseObject(q.value(4).toString().toUtf8(), c.local);
        WireCodec::parseObject(q.value(5).toString().toUtf8(), c.server);
        c.createdAt = fromMs(q.value(6));
        c.resolvedAt = fromMs(q.value(7));
        c.resolution = q.value(8).toString();
        out.append(c);
    }
    return out;
}

std::optional<Conflict> ConflictRepository::get(qint64 id, QString *error) const
{
    const QList<Conflict> rows = select(QStringLiteral("WHERE id = ?"), {id}, error);
    return rows.isEmpty() ? std::nullopt : std::optional<Conflict>(rows.first());
}

QList<Conflict> ConflictRepository::open(QString *error) const
{
    return select(QStringLiteral("WHERE resolved_at IS NULL ORDER BY id"), {}, error);
}

QList<Conflict> ConflictRepository::openFor(EntityType entity, const QString &entityId, QString *error) const
{
    return select(QStringLiteral("WHERE resolved_at IS NULL AND entity = ? AND entity_id = ? ORDER BY id"),
        {enumKey(entity), entityId}, error);
}

qint64 ConflictRepository::openCount(QString *error) const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM conflicts WHERE resolved_at IS NULL")) && q.next())
        return q.value(0).toLongLong();
    fail(error, q);
    return -1;
}

bool ConflictRepository::resolve(qint64 id, const QString &resolution, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(resolution);
    q.addBindValue(id);
    if (!q.exec())
        return fail(error, q);
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("conflict %1 is not open").arg(id);
        return false;
    }
    m_db.notifyChanged(QStringLiteral("conflict"), {QString::number(id)});
    return true;
}
