#include "server/changefeed.h"

#include "core/wirecodec.h"
#include "server/dbconnection.h"
#include "server/writetransaction.h"

#include <QSqlQuery>

namespace {

// Rows an agent or lead of team ? may read (three binds of the team id).
const QString s_deskScope
    = QStringLiteral("((origin = 'write' AND (audience IN ('staff', 'desk', 'editors') "
                     "OR (audience = 'team' AND team_id = ?) "
                     "OR (audience = 'customer' AND EXISTS (SELECT 1 FROM team_customers tc "
                     "WHERE tc.team_id = ? AND tc.customer_id = changes.customer_id)))) "
                     "OR (origin <> 'write' AND team_id = ?))");
const QString s_trainerScope = QStringLiteral("(origin = 'write' AND audience IN ('staff', 'editors'))");
const QString s_adminScope = QStringLiteral("(origin = 'write')");

} // namespace

std::optional<qint64> ChangeFeed::parseCursor(const QString &cursor)
{
    if (cursor.isEmpty())
        return 0;
    bool ok = false;
    const qint64 value = cursor.toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

qint64 ChangeFeed::counter(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query
        = DbConnection::exec(db, QStringLiteral("SELECT value FROM counters WHERE name = ?"), {name});
    return query.next() ? query.value(0).toLongLong() : 0;
}

ChangeFeed::Result ChangeFeed::page(
    const QSqlDatabase &db, const Actor &actor, qint64 since, int limit, Page *out)
{
    // Read the horizon first: every change up to it has committed (writers take the
    // counter's row lock until commit), so the range (since, horizon] is complete.
    const qint64 horizon = counter(db, QStringLiteral("change_seq"));
    if (since > horizon || (since > 0 && since < counter(db, QStringLiteral("compacted_through"))))
        return Result::CursorExpired;

    QString scope;
    QVariantList values {since, horizon};
    const QString team = actor.teamId.isEmpty() ? QStringLiteral("\x01") : actor.teamId;
    switch (actor.role) {
    case Role::Agent:
    case Role::Lead:
        scope = s_deskScope;
        values << team << team << team;
        break;
    case Role::Trainer:
        scope = s_trainerScope;
        break;
    case Role::Admin:
        scope = s_adminScope;
        break;
    }
    values << limit + 1; // one extra row tells whether another page follows
    QSqlQuery query = DbConnection::exec(db,
        QStringLiteral("SELECT seq, entity, entity_id, rev, deleted, audience, data FROM changes "
                       "WHERE seq > ? AND seq <= ? AND %1 ORDER BY seq LIMIT ?")
            .arg(scope),
        values);

    out->changes = QJsonArray();
    qint64 last = since;
    int count = 0;
    out->more = false;
    while (query.next()) {
        if (count == limit) {
            out->more = true;
            break;
        }
        ++count;
        Change change;
        change.seq = query.value(0).toLongLong();
        change.entity = enumFromKey<EntityType>(query.value(1).toString()).value_or(EntityType::Ticket);
        change.id = query.value(2).toString();
        change.rev = query.value(3).toLongLong();
        change.deleted = query.value(4).toInt() != 0;
        const bool editorsOnly = query.value(5).toString() == QLatin1String("editors");
        if (editorsOnly && actor.role == Role::Agent) {
            change.deleted = true; // withdrawn or not yet published: gone from the desk
        } else if (!change.deleted && !query.value(6).isNull()) {
            WireCodec::parseObject(query.value(6).toString().toUtf8(), change.data);
            if (actor.role == Role::Trainer && change.entity == EntityType::CaseStudy)
                change.data.insert(QStringLiteral("source_ticket_id"), QJsonValue::Null);
        }
        out->changes.append(WireCodec::encode(change));
        last = change.seq;
    }
    // The last page moves the cursor to the horizon, past rows outside the scope, so an
    // empty incremental sync scans nothing next time.
    out->next = QString::number(out->more ? last : horizon);
    return Result::Ok;
}

qint64 ChangeFeed::compact(const QSqlDatabase &db, DatabaseSettings::Backend backend, int tombstoneDays)
{
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - qint64(tombstoneDays) * 24 * 3600 * 1000;
    WriteTransaction transaction(db, backend);
    DbConnection::exec(db, QStringLiteral("UPDATE counters SET value = value WHERE name = 'change_seq'"));
    QSqlQuery newest = DbConnection::exec(
        db, QStringLiteral("SELECT MAX(seq) FROM changes WHERE at < ? AND deleted = 1"), {cutoff});
    const qint64 tombstoneHorizon = newest.next() ? newest.value(0).toLongLong() : 0;
    QSqlQuery removed = DbConnection::exec(db,
        QStringLiteral("DELETE FROM changes WHERE at < ? AND (deleted = 1 OR EXISTS (SELECT 1 FROM changes "
                       "later WHERE later.entity = changes.entity AND later.entity_id = changes.entity_id "
                       "AND later.seq > changes.seq AND later.origin = changes.origin "
                       "AND COALESCE(later.team_id, '') = COALESCE(changes.team_id, '')))"),
        {cutoff});
    const qint64 count = removed.numRowsAffected();
    if (tombstoneHorizon > 0)
        DbConnection::exec(db,
            QStringLiteral("UPDATE counters SET value = ? WHERE name = 'compacted_through' AND value < ?"),
            {tombstoneHorizon, tombstoneHorizon});
    DbConnection::exec(db, QStringLiteral("DELETE FROM mutations WHERE at < ?"), {cutoff});
    transaction.commit();
    return count;
}
