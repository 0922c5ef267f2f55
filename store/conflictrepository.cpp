#include "store/conflictrepository.h"

#include "core/wirecodec.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/remoteapplier.h"
#include "store/repositorybase.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

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

bool ConflictRepository::keepMine(qint64 id, QString *error)
{
    const std::optional<Conflict> c = get(id, error);
    if (!c)
        return false;
    QHash<QString, Side> choices;
    for (auto it = c->local.constBegin(); it != c->local.constEnd(); ++it)
        choices.insert(it.key(), Side::Mine);
    return resolveWith(id, choices, error);
}

bool ConflictRepository::takeTheirs(qint64 id, QString *error)
{
    return resolveWith(id, {}, error);
}

bool ConflictRepository::resolveWith(qint64 id, const QHash<QString, Side> &choices, QString *error)
{
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    QString why;
    const std::optional<Conflict> c = get(id, &why);
    if (!c || c->resolvedAt.isValid()) {
        if (error)
            *error = why.isEmpty() ? QStringLiteral("conflict %1 is not open").arg(id) : why;
        return false;
    }

    QJsonObject mine;
    bool mineDelete = false;
    if (!c->deletedOnServer()) {
        for (auto it = c->local.constBegin(); it != c->local.constEnd(); ++it) {
            if (choices.value(it.key(), Side::Theirs) != Side::Mine || c->serverWins(it.key()))
                continue;
            if (it.key() == QLatin1String("deleted"))
                mineDelete = it.value().toBool();
            else
                mine.insert(it.key(), it.value());
        }
    }

    RepositoryBase repo(m_db, c->entity);
    const std::optional<QJsonObject> row = repo.getJson(c->entityId, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    const qint64 rowRev = row ? row->value(QLatin1String("rev")).toInteger() : 0;
    const qint64 serverRev = c->serverRev() > 0 ? c->serverRev() : rowRev;
    const bool serverComplete = WireCodec::validateEntity(c->entity, c->server);

    // The server's version as the base: the copy in the conflict, unless a sync has since
    // brought the same or a newer one into the cache.
    QJsonObject base;
    if (row && rowRev >= serverRev) {
        base = *row;
    } else if (serverComplete) {
        base = c->server;
    } else if (row) {
        base = *row;
        for (auto it = c->server.constBegin(); it != c->server.constEnd(); ++it)
            if (it.key() != QLatin1String("rev") && it.key() != QLatin1String("id"))
                base.insert(it.key(), it.value());
    }

    RemoteApplier applier(m_db);
    if (c->deletedOnServer()) {
        if (row && rowRev <= serverRev
            && !applier.apply({0, c->entity, c->entityId, serverRev, true, {}}, error))
            return false;
    } else if (!base.isEmpty()) {
        for (auto it = mine.begin(); it != mine.end();) {
            // Already the server's value: nothing to send.
            if (base.value(it.key()) == it.value())
                it = mine.erase(it);
            else
                ++it;
        }
        QJsonObject newRow = base;
        for (auto it = mine.constBegin(); it != mine.constEnd(); ++it)
            newRow.insert(it.key(), it.value());
        if (mineDelete)
            newRow.insert(QStringLiteral("deleted"), true);
        const qint64 newRev = newRow.value(QLatin1String("rev")).toInteger();
        if (!applier.apply({0, c->entity, c->entityId, newRev, false, newRow}, error))
            return false;
    } else if (!mine.isEmpty() || mineDelete) {
        if (error)
            *error = QStringLiteral("%1 %2 is neither cached nor in the conflict")
                         .arg(enumKey(c->entity), c->entityId);
        return false;
    }

    if (!mine.isEmpty() || mineDelete) {
        Mutation m;
        m.mutationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m.entity = c->entity;
        m.id = c->entityId;
        m.baseRev = serverRev;
        m.op = mineDelete ? MutationOp::Delete : MutationOp::Update;
        if (!mineDelete)
            m.fields = mine;
        if (!Outbox(m_db).enqueue(m, error))
            return false;
    }
    const bool anyTheirs = mineDelete ? false : mine.size() < c->local.size();
    const QString resolution = mine.isEmpty() && !mineDelete ? QStringLiteral("server")
        : anyTheirs                                          ? QStringLiteral("merged")
                                                             : QStringLiteral("local");
    return resolve(id, resolution, error) && tx.commit(error);
}
