#include "store/remoteapplier.h"

#include "core/wirecodec.h"
#include "store/database.h"
#include "store/repositorybase.h"
#include "store/syncstate.h"
#include "store/tablespec.h"
#include "store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <array>

namespace {
const QString s_resyncKey = QStringLiteral("resync_started");

QString recordKey(const QString &entity, const QString &id)
{
    return entity + QLatin1Char('/') + id;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// TableSpec::upsertSql() builds its text on every call; the pull needs it per row.
const QString &upsertSqlFor(EntityType type)
{
    static const QList<QString> sqls = [] {
        QList<QString> out;
        for (int i = 0; i <= int(EntityType::AuditEntry); ++i)
            out.append(TableSpec::of(static_cast<EntityType>(i)).upsertSql());
        return out;
    }();
    return sqls.at(int(type));
}
} // namespace

RemoteApplier::RemoteApplier(Database &db) : m_db(db) { }

RemoteApplier::~RemoteApplier()
{
    for (sqlite3_stmt *stmt : m_upserts)
        sqlite3_finalize(stmt);
}

const QHash<QString, int> &RemoteApplier::columnPositions(EntityType type)
{
    static const QList<QHash<QString, int>> positions = [] {
        QList<QHash<QString, int>> out;
        for (int i = 0; i <= int(EntityType::AuditEntry); ++i) {
            const QStringList &columns = TableSpec::of(static_cast<EntityType>(i)).columns();
            QHash<QString, int> map;
            for (qsizetype c = 0; c < columns.size(); ++c)
                map.insert(columns.at(c), int(c));
            out.append(map);
        }
        return out;
    }();
    return positions.at(int(type));
}

QJsonObject RemoteApplier::withPendingEdits(const QJsonObject &serverData, const QList<Mutation> &pending)
{
    QJsonObject data = serverData;
    for (const Mutation &m : pending) {
        if (m.op == MutationOp::Delete) {
            data.insert(QStringLiteral("deleted"), true);
            continue;
        }
        for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it)
            data.insert(it.key(), it.value());
    }
    return data;
}

bool RemoteApplier::loadPending(PendingMap &out, QString *error) const
{
    // Usually empty or a handful of rows: read once per page, not once per change.
    QSqlQuery *q = m_db.cachedQuery(
        QStringLiteral(
            "SELECT entity, entity_id, op, fields FROM outbox WHERE state = 'pending' ORDER BY seq"),
        error);
    if (!q)
        return false;
    if (!q->exec())
        return fail(error, q->lastError().text());
    while (q->next()) {
        Mutation m;
        m.id = q->value(1).toString();
        const QString op = q->value(2).toString();
        m.op = op == QLatin1String("delete") ? MutationOp::Delete
            : op == QLatin1String("create")  ? MutationOp::Create
                                             : MutationOp::Update;
        WireCodec::parseObject(q->value(3).toString().toUtf8(), m.fields);
        out[recordKey(q->value(0).toString(), m.id)].append(m);
    }
    q->finish();
    return true;
}

bool RemoteApplier::applyOne(const Change &change, const PendingMap &pending, QString *error)
{
    RepositoryBase repo(m_db, change.entity);
    const auto it = pending.constFind(recordKey(enumKey(change.entity), change.id));
    if (it == pending.constEnd())
        return repo.applyRemote(change, error);
    if (change.deleted) {
        // Deleted on the server while we edit it: keep our copy until the push is answered
        // (a conflict then shows both sides); a pending delete agrees with the server.
        const bool weDelete = std::any_of(
            it->cbegin(), it->cend(), [](const Mutation &m) { return m.op == MutationOp::Delete; });
        return weDelete ? repo.applyRemote(change, error) : true;
    }
    Change merged = change;
    merged.data = withPendingEdits(change.data, *it);
    return repo.applyRemote(merged, error);
}

bool RemoteApplier::upsert(const Change &change, QString *error)
{
    QString why;
    if (!WireCodec::validateEntity(change.entity, change.data, &why))
        return fail(error, why);
    const TableSpec &spec = TableSpec::of(change.entity);
    const size_t slot = size_t(change.entity);
    sqlite3 *handle = m_db.rawHandle();
    if (!handle)
        return fail(error, QStringLiteral("the database is not open"));
    sqlite3_stmt *&stmt = m_upserts[slot];
    if (!stmt
        && sqlite3_prepare_v3(handle, upsertSqlFor(change.entity).toUtf8().constData(), -1,
               SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
            != SQLITE_OK)
        return fail(error, QString::fromUtf8(sqlite3_errmsg(handle)));
    // Straight from the JSON to the statement, stored exactly as TableSpec::toSql stores
    // it: one pass over the object's keys instead of a lookup per column, no QVariant.
    // Absent keys stay NULL.
    sqlite3_clear_bindings(stmt);
    const QHash<QString, int> &positions = columnPositions(change.entity);
    for (auto it = change.data.constBegin(); it != change.data.constEnd(); ++it) {
        const auto found = positions.constFind(it.key());
        if (found == positions.constEnd())
            continue;
        const int column = *found;
        const QJsonValue value = it.value();
        if (value.isNull() || value.isUndefined())
            continue;
        switch (spec.kind(column)) {
        case TableSpec::Kind::Text: {
            const QByteArray text = value.toString().toUtf8();
            sqlite3_bind_text(stmt, column + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            break;
        }
        case TableSpec::Kind::Integer:
            sqlite3_bind_int64(stmt, column + 1, value.toInteger());
            break;
        case TableSpec::Kind::Real:
            sqlite3_bind_double(stmt, column + 1, value.toDouble());
            break;
        case TableSpec::Kind::Bool:
            sqlite3_bind_int(stmt, column + 1, value.toBool() ? 1 : 0);
            break;
        case TableSpec::Kind::DateTime: {
            const QDateTime at = WireCodec::dateTimeFromWire(value.toString());
            if (at.isValid())
                sqlite3_bind_int64(stmt, column + 1, at.toMSecsSinceEpoch());
            break;
        }
        case TableSpec::Kind::Json: {
            const QByteArray text = spec.toSql(column, value).toString().toUtf8();
            sqlite3_bind_text(stmt, column + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            break;
        }
        }
    }
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE)
        return fail(error, QString::fromUtf8(sqlite3_errmsg(handle)));
    return true;
}

bool RemoteApplier::apply(const Change &change, QString *error)
{
    Transaction tx(m_db);
    PendingMap pending;
    if (!tx.begin(error) || !loadPending(pending, error) || !applyOne(change, pending, error))
        return false;
    return tx.commit(error);
}

bool RemoteApplier::applyPage(const QList<Change> &changes, const QString &nextCursor, QString *error)
{
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    // Read inside the transaction (BEGIN IMMEDIATE): an edit on the GUI connection either
    // committed before it, and is kept on top, or waits until the page is in.
    PendingMap pending;
    if (!loadPending(pending, error))
        return false;
    // The common case of a large pull — an upsert with no local edit pending — skips the
    // per-row savepoint and notification of RepositoryBase::applyRemote: the page is one
    // transaction already, and its ids are announced once per entity after it.
    std::array<QStringList, int(EntityType::AuditEntry) + 1> upserted;
    for (const Change &c : changes) {
        QString why;
        const bool plain
            = !c.deleted && (pending.isEmpty() || !pending.contains(recordKey(enumKey(c.entity), c.id)));
        if (!(plain ? upsert(c, &why) : applyOne(c, pending, &why))) {
            if (error)
                *error = QStringLiteral("change %1 (%2): %3").arg(c.seq).arg(enumKey(c.entity), why);
            return false;
        }
        if (plain)
            upserted[size_t(c.entity)].append(c.id);
    }
    for (size_t i = 0; i < upserted.size(); ++i)
        if (!upserted[i].isEmpty())
            m_db.notifyChanged(enumKey(static_cast<EntityType>(i)), upserted[i]);
    if (isResyncing() && !recordSeen(changes, error))
        return false;
    SyncState state(m_db);
    return state.setCursor(nextCursor, error) && tx.commit(error);
}

bool RemoteApplier::hasSeenTable() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral(
               "SELECT 1 FROM sqlite_temp_master WHERE type = 'table' AND name = 'resync_seen'"))
        && q.next();
}

bool RemoteApplier::startResync(QString *error)
{
    if (!m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS resync_seen (entity TEXT NOT NULL, "
                                  "id TEXT NOT NULL, PRIMARY KEY (entity, id)) WITHOUT ROWID"),
            error)
        || !m_db.exec(QStringLiteral("DELETE FROM temp.resync_seen"), error))
        return false;
    return SyncState(m_db).setValue(s_resyncKey, QStringLiteral("1"), error);
}

bool RemoteApplier::isResyncing() const
{
    return SyncState(m_db).value(s_resyncKey) == QLatin1String("1") && hasSeenTable();
}

bool RemoteApplier::resyncInterrupted() const
{
    return SyncState(m_db).value(s_resyncKey) == QLatin1String("1") && !hasSeenTable();
}

bool RemoteApplier::recordSeen(const QList<Change> &changes, QString *error)
{
    QSqlQuery *q = m_db.cachedQuery(
        QStringLiteral("INSERT OR IGNORE INTO temp.resync_seen (entity, id) VALUES (?, ?)"), error);
    if (!q)
        return false;
    for (const Change &c : changes) {
        q->addBindValue(enumKey(c.entity));
        q->addBindValue(c.id);
        if (!q->exec())
            return fail(error, q->lastError().text());
    }
    return true;
}

bool RemoteApplier::finishResync(QHash<QString, QStringList> *removed, QString *error)
{
    if (!isResyncing())
        return fail(error, QStringLiteral("no resync is running on this connection"));
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    for (const EntityType type : enumValues<EntityType>()) {
        const TableSpec &spec = TableSpec::of(type);
        // Outbox entries (pending or refused) still need their row: keep it.
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE NOT EXISTS (SELECT 1 FROM temp.resync_seen s "
                                 "WHERE s.entity = ? AND s.id = %1.id) AND NOT EXISTS (SELECT 1 FROM "
                                 "outbox o WHERE o.entity = ? AND o.entity_id = %1.id) RETURNING id")
                      .arg(spec.table()));
        q.addBindValue(spec.entityKey());
        q.addBindValue(spec.entityKey());
        if (!q.exec())
            return fail(error, q.lastError().text());
        QStringList ids;
        while (q.next())
            ids.append(q.value(0).toString());
        if (ids.isEmpty())
            continue;
        m_db.notifyChanged(spec.entityKey(), ids);
        if (removed)
            removed->insert(spec.entityKey(), ids);
    }
    if (!SyncState(m_db).setValue(s_resyncKey, QString(), error) || !tx.commit(error))
        return false;
    return m_db.exec(QStringLiteral("DELETE FROM temp.resync_seen"), error);
}
