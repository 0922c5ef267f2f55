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

bool RemoteApplier::upsert(EntityType entity, const FeedPage::Cell *cells, QString *error)
{
    const size_t slot = size_t(entity);
    sqlite3 *handle = m_db.rawHandle();
    if (!handle)
        return fail(error, QStringLiteral("the database is not open"));
    sqlite3_stmt *&stmt = m_upserts[slot];
    if (!stmt
        && sqlite3_prepare_v3(handle, upsertSqlFor(entity).toUtf8().constData(), -1,
               SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
            != SQLITE_OK)
        return fail(error, QString::fromUtf8(sqlite3_errmsg(handle)));
    // The page holds the values in column order and SQL form already (see FeedPage); the
    // texts live until the page is gone, so SQLite need not copy them.
    const int columns = int(TableSpec::of(entity).columns().size());
    for (int c = 0; c < columns; ++c) {
        const FeedPage::Cell &cell = cells[c];
        switch (cell.type) {
        case FeedPage::Cell::Type::Null:
            sqlite3_bind_null(stmt, c + 1);
            break;
        case FeedPage::Cell::Type::Integer:
            sqlite3_bind_int64(stmt, c + 1, cell.integer);
            break;
        case FeedPage::Cell::Type::Real:
            sqlite3_bind_double(stmt, c + 1, cell.real);
            break;
        case FeedPage::Cell::Type::Text:
            sqlite3_bind_text(stmt, c + 1, cell.text.data(), int(cell.text.size()), SQLITE_STATIC);
            break;
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
    FeedPage page;
    return page.assign(changes, error) && applyPage(page, nextCursor, error);
}

bool RemoteApplier::applyPage(const FeedPage &page, const QString &nextCursor, QString *error)
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
    for (qsizetype i = 0; i < page.size(); ++i) {
        const FeedPage::Entry &e = page.entries().at(i);
        QString why;
        const bool plain
            = !e.deleted && (pending.isEmpty() || !pending.contains(recordKey(enumKey(e.entity), e.id)));
        if (!(plain ? upsert(e.entity, page.cells(i), &why) : applyOne(page.change(i), pending, &why))) {
            if (error)
                *error = QStringLiteral("change %1 (%2): %3").arg(e.seq).arg(enumKey(e.entity), why);
            return false;
        }
        if (plain)
            upserted[size_t(e.entity)].append(e.id);
    }
    for (size_t i = 0; i < upserted.size(); ++i)
        if (!upserted[i].isEmpty())
            m_db.notifyChanged(enumKey(static_cast<EntityType>(i)), upserted[i]);
    if (isResyncing() && !recordSeen(page, error))
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

bool RemoteApplier::recordSeen(const FeedPage &page, QString *error)
{
    QSqlQuery *q = m_db.cachedQuery(
        QStringLiteral("INSERT OR IGNORE INTO temp.resync_seen (entity, id) VALUES (?, ?)"), error);
    if (!q)
        return false;
    for (const FeedPage::Entry &e : page.entries()) {
        q->addBindValue(enumKey(e.entity));
        q->addBindValue(e.id);
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
