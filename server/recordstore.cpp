#include "server/recordstore.h"

#include "core/wirecodec.h"
#include "server/dbconnection.h"

#include <QSqlQuery>

namespace {

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(WireCodec::toBytes(object));
}

QJsonObject parse(const QVariant &value)
{
    QJsonObject out;
    WireCodec::parseObject(value.toString().toUtf8(), out);
    return out;
}

const QString s_customerEntities
    = QStringLiteral("('customer', 'account', 'holding', 'trade', 'risk_alert', 'interaction')");

const QString s_recordColumns = QStringLiteral(
    "entity, id, rev, deleted, team_id, customer_id, parent_id, updated_at, seq, data, field_revs");

StoredRecord readRecord(const QSqlQuery &query)
{
    StoredRecord r;
    r.entity = enumFromKey<EntityType>(query.value(0).toString()).value_or(EntityType::Ticket);
    r.id = query.value(1).toString();
    r.rev = query.value(2).toLongLong();
    r.deleted = query.value(3).toInt() != 0;
    r.teamId = query.value(4).toString();
    r.customerId = query.value(5).toString();
    r.parentId = query.value(6).toString();
    r.updatedAtMs = query.value(7).toLongLong();
    r.seq = query.value(8).toLongLong();
    r.data = parse(query.value(9));
    r.fieldRevs = parse(query.value(10));
    return r;
}

} // namespace

void RecordStore::lockFeed(const QSqlDatabase &db)
{
    DbConnection::exec(db, QStringLiteral("UPDATE counters SET value = value WHERE name = 'change_seq'"));
}

qint64 RecordStore::nextSeq(const QSqlDatabase &db)
{
    QSqlQuery query = DbConnection::exec(db,
        QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = ? RETURNING value"),
        {QStringLiteral("change_seq")});
    if (!query.next())
        throw std::runtime_error("the change_seq counter is missing");
    return query.value(0).toLongLong();
}

std::optional<StoredRecord> RecordStore::load(const QSqlDatabase &db, EntityType entity, const QString &id)
{
    QSqlQuery query = DbConnection::exec(db,
        QStringLiteral("SELECT %1 FROM records WHERE entity = ? AND id = ?").arg(s_recordColumns),
        {enumKey(entity), id});
    if (!query.next())
        return std::nullopt;
    return readRecord(query);
}

QString RecordStore::audience(EntityType entity, const QJsonObject &data)
{
    switch (entity) {
    case EntityType::Customer:
    case EntityType::Account:
    case EntityType::Holding:
    case EntityType::Trade:
    case EntityType::RiskAlert:
    case EntityType::Interaction:
        return QStringLiteral("customer");
    case EntityType::Ticket:
    case EntityType::TicketEvent:
    case EntityType::Attachment:
        return QStringLiteral("team");
    case EntityType::Article:
        return data.value(QLatin1String("status")).toString() == QLatin1String("published")
            ? QStringLiteral("staff")
            : QStringLiteral("editors");
    case EntityType::ArticleCategory:
    case EntityType::ArticleRevision:
    case EntityType::CaseStudy:
    case EntityType::CaseComment:
        return QStringLiteral("staff");
    case EntityType::CannedReply:
        return data.value(QLatin1String("team_id")).toString().isEmpty() ? QStringLiteral("desk")
                                                                         : QStringLiteral("team");
    case EntityType::User:
    case EntityType::Team:
        // Every role shows names of assignees, authors and teams.
        return QStringLiteral("staff");
    case EntityType::AuditEntry:
        break;
    }
    return QStringLiteral("admin");
}

void RecordStore::appendChange(const QSqlDatabase &db, qint64 seq, const StoredRecord &record,
    const QString &teamId, const QString &origin, bool deleted, bool withData)
{
    DbConnection::exec(db,
        QStringLiteral("INSERT INTO changes (seq, entity, entity_id, rev, deleted, team_id, customer_id, "
                       "audience, origin, at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {seq, enumKey(record.entity), record.id, record.rev, deleted ? 1 : 0, nullable(teamId),
            nullable(record.customerId), audience(record.entity, record.data), origin,
            QDateTime::currentMSecsSinceEpoch(),
            withData ? QVariant(jsonText(record.data)) : QVariant(QMetaType::fromType<QString>())});
}

StoredRecord RecordStore::newRecord(EntityType entity, const QString &id, const QString &teamId,
    const QString &parentId, const QJsonObject &data, qint64 nowMs)
{
    StoredRecord record;
    record.entity = entity;
    record.id = id;
    record.rev = 1;
    record.teamId = teamId;
    record.parentId = parentId;
    record.updatedAtMs = nowMs;
    record.data = data;
    for (const QString &field : WireCodec::dataFields(data).keys())
        record.fieldRevs.insert(field, 1);
    return record;
}

void RecordStore::write(
    const QSqlDatabase &db, StoredRecord &record, bool exists, const QString &previousTeamId)
{
    record.seq = nextSeq(db);
    const QVariantList values {record.rev, record.deleted ? 1 : 0, nullable(record.teamId),
        nullable(record.customerId), nullable(record.parentId), record.updatedAtMs, record.seq,
        jsonText(record.data), jsonText(record.fieldRevs), enumKey(record.entity), record.id};
    if (exists) {
        DbConnection::exec(db,
            QStringLiteral("UPDATE records SET rev = ?, deleted = ?, team_id = ?, customer_id = ?, "
                           "parent_id = ?, updated_at = ?, seq = ?, data = ?, field_revs = ? "
                           "WHERE entity = ? AND id = ?"),
            values);
    } else {
        DbConnection::exec(db,
            QStringLiteral("INSERT INTO records (rev, deleted, team_id, customer_id, parent_id, updated_at, "
                           "seq, data, field_revs, entity, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values);
    }
    const bool teamScoped = audience(record.entity, record.data) == QLatin1String("team");
    appendChange(db, record.seq, record, teamScoped ? record.teamId : QString(), QStringLiteral("write"),
        record.deleted, !record.deleted);
    if (!teamScoped || previousTeamId.isEmpty() || previousTeamId == record.teamId)
        return;
    // Moved to another team: the old team loses the record, and a ticket's events and
    // attachments follow it into the new team's scope.
    appendChange(db, nextSeq(db), record, previousTeamId, QStringLiteral("revoke"), true, false);
    if (record.entity != EntityType::Ticket)
        return;
    QSqlQuery children = DbConnection::exec(db,
        QStringLiteral("SELECT %1 FROM records WHERE parent_id = ? AND entity IN ('ticket_event', "
                       "'attachment')")
            .arg(s_recordColumns),
        {record.id});
    QList<StoredRecord> moved;
    while (children.next())
        moved.append(readRecord(children));
    DbConnection::exec(db,
        QStringLiteral("UPDATE records SET team_id = ? WHERE parent_id = ? AND entity IN ('ticket_event', "
                       "'attachment')"),
        {nullable(record.teamId), record.id});
    for (StoredRecord &child : moved) {
        child.teamId = record.teamId;
        if (!child.deleted)
            appendChange(db, nextSeq(db), child, record.teamId, QStringLiteral("grant"), false, true);
    }
}

void RecordStore::linkCustomer(const QSqlDatabase &db, const QString &teamId, const QString &customerId)
{
    if (teamId.isEmpty() || customerId.isEmpty() || customerInScope(db, teamId, customerId))
        return;
    DbConnection::exec(db, QStringLiteral("INSERT INTO team_customers (team_id, customer_id) VALUES (?, ?)"),
        {teamId, customerId});
    QSqlQuery query = DbConnection::exec(db,
        QStringLiteral("SELECT %1 FROM records WHERE customer_id = ? AND deleted = 0 AND entity IN %2 "
                       "ORDER BY seq")
            .arg(s_recordColumns, s_customerEntities),
        {customerId});
    QList<StoredRecord> records;
    while (query.next())
        records.append(readRecord(query));
    for (const StoredRecord &record : std::as_const(records))
        appendChange(db, nextSeq(db), record, teamId, QStringLiteral("grant"), false, true);
}

bool RecordStore::customerInScope(const QSqlDatabase &db, const QString &teamId, const QString &customerId)
{
    QSqlQuery query = DbConnection::exec(db,
        QStringLiteral("SELECT 1 FROM team_customers WHERE team_id = ? AND customer_id = ?"),
        {teamId, customerId});
    return query.next();
}

QString RecordStore::recentEventBody(const QSqlDatabase &db, const QString &ticketId, qint64 afterSeq,
    const QString &kind, const QString &toState)
{
    QSqlQuery query = DbConnection::exec(db,
        QStringLiteral("SELECT data FROM records WHERE entity = 'ticket_event' AND parent_id = ? AND seq > ? "
                       "ORDER BY seq DESC"),
        {ticketId, afterSeq});
    while (query.next()) {
        const QJsonObject event = parse(query.value(0));
        if (event.value(QLatin1String("kind")).toString() != kind)
            continue;
        if (!toState.isEmpty() && event.value(QLatin1String("to_state")).toString() != toState)
            continue;
        const QString body = event.value(QLatin1String("body")).toString();
        if (!body.trimmed().isEmpty())
            return body;
    }
    return {};
}

std::optional<QJsonObject> RecordStore::findAnswer(
    const QSqlDatabase &db, const QString &clientId, const QString &mutationId)
{
    QSqlQuery query = DbConnection::exec(db,
        QStringLiteral("SELECT answer FROM mutations WHERE client_id = ? AND mutation_id = ?"),
        {clientId, mutationId});
    if (!query.next())
        return std::nullopt;
    return parse(query.value(0));
}

void RecordStore::storeAnswer(const QSqlDatabase &db, const QString &clientId, const QString &mutationId,
    const QString &userId, const QJsonObject &answer)
{
    DbConnection::exec(db,
        QStringLiteral(
            "INSERT INTO mutations (client_id, mutation_id, user_id, at, answer) VALUES (?, ?, ?, ?, ?)"),
        {clientId, mutationId, userId, QDateTime::currentMSecsSinceEpoch(), jsonText(answer)});
}
