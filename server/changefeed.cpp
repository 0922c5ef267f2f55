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

// A JSON string literal. Ids are client-made, so they are escaped like any text.
void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

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

    // The page is written as JSON text directly: the stored data is already the compact
    // WireCodec form, so it is copied verbatim instead of parsed and encoded again (the
    // largest cost of a big pull). Same wire format as WireCodec::encode(Change).
    QByteArray &json = out->changes;
    json.clear();
    json.reserve(qsizetype(qMin(limit, 1000)) * 768);
    json += '[';
    qint64 last = since;
    int count = 0;
    out->more = false;
    while (query.next()) {
        if (count == limit) {
            out->more = true;
            break;
        }
        const qint64 seq = query.value(0).toLongLong();
        const QString entity = query.value(1).toString();
        bool deleted = query.value(4).toInt() != 0;
        const bool editorsOnly = query.value(5).toString() == QLatin1String("editors");
        QByteArray data = QByteArrayLiteral("{}");
        if (editorsOnly && actor.role == Role::Agent) {
            deleted = true; // withdrawn or not yet published: gone from the desk
        } else if (!deleted && !query.value(6).isNull()) {
            data = query.value(6).toString().toUtf8();
            if (actor.role == Role::Trainer && entity == QLatin1String("case_study")) {
                QJsonObject object;
                WireCodec::parseObject(data, object);
                object.insert(QStringLiteral("source_ticket_id"), QJsonValue::Null);
                data = WireCodec::toBytes(object);
            }
        }
        if (count > 0)
            json += ',';
        ++count;
        json += "{\"seq\":";
        json += QByteArray::number(seq);
        json += ",\"entity\":";
        appendJsonString(json, entity);
        json += ",\"id\":";
        appendJsonString(json, query.value(2).toString());
        json += ",\"rev\":";
        json += QByteArray::number(query.value(3).toLongLong());
        json += deleted ? ",\"deleted\":true,\"data\":" : ",\"deleted\":false,\"data\":";
        json += data;
        json += '}';
        last = seq;
    }
    json += ']';
    out->count = count;
    // The last page moves the cursor to the horizon, past rows outside the scope, so an
    // empty incremental sync scans nothing next time.
    out->next = QString::number(out->more ? last : horizon);
    out->remaining = 0;
    if (out->more && last > since)
        out->remaining = qMax<qint64>(1, qint64(double(horizon - last) * count / double(last - since) + 0.5));
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
