#include "bench/localseeder.h"

#include "core/wirecodec.h"
#include "server/dbconnection.h"
#include "server/entityrules.h"
#include "server/recordstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QVariant>

namespace {

constexpr int s_batchRows = 20000;

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

} // namespace

LocalSeeder::LocalSeeder(const DatabaseSettings &database) : m_settings(database) { }

LocalSeeder::~LocalSeeder() = default;

bool LocalSeeder::begin(QString *error)
{
    try {
        m_db = DbConnection::forThread(m_settings);
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    m_record = std::make_unique<QSqlQuery>(m_db);
    m_change = std::make_unique<QSqlQuery>(m_db);
    m_link = std::make_unique<QSqlQuery>(m_db);
    const bool ok = m_record->prepare(QStringLiteral(
                        "INSERT INTO records (entity, id, rev, deleted, team_id, customer_id, parent_id, "
                        "updated_at, seq, data, field_revs) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, '{}')"))
        && m_change->prepare(QStringLiteral(
            "INSERT INTO changes (seq, entity, entity_id, rev, deleted, team_id, customer_id, audience, "
            "origin, at, data) VALUES (?, ?, ?, ?, 0, ?, ?, ?, 'write', ?, ?)"))
        && m_link->prepare(QStringLiteral("INSERT INTO team_customers (team_id, customer_id) VALUES (?, ?) "
                                          "ON CONFLICT DO NOTHING"));
    if (!ok) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery counter(m_db);
    if (!counter.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'change_seq'"))
        || !counter.next()) {
        *error = counter.lastError().text();
        return false;
    }
    m_seq = counter.value(0).toLongLong();
    m_db.transaction();
    return true;
}

void LocalSeeder::commitBatch()
{
    QSqlQuery counter(m_db);
    counter.prepare(QStringLiteral("UPDATE counters SET value = ? WHERE name = 'change_seq'"));
    counter.addBindValue(m_seq);
    if (!counter.exec() && m_error.isEmpty())
        m_error = counter.lastError().text();
    if (!m_db.commit() && m_error.isEmpty())
        m_error = m_db.lastError().text();
    m_inBatch = 0;
    m_db.transaction();
}

bool LocalSeeder::finish(QString *error)
{
    commitBatch();
    m_db.commit();
    m_record.reset();
    m_change.reset();
    m_link.reset();
    if (!m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    return true;
}

void LocalSeeder::write(EntityType entity, const QJsonObject &data)
{
    if (!m_error.isEmpty())
        return;
    const QString id = data.value(QLatin1String("id")).toString();
    const QString customerId = EntityRules::customerId(entity, data);
    const QString parentId = EntityRules::parentId(entity, data);
    QString teamId;
    if (entity == EntityType::Ticket || entity == EntityType::CannedReply)
        teamId = data.value(QLatin1String("team_id")).toString();
    else if (entity == EntityType::TicketEvent || entity == EntityType::Attachment)
        teamId = m_ticketTeams.value(parentId);
    if (entity == EntityType::Ticket) {
        m_ticketTeams.insert(id, teamId);
        if (!teamId.isEmpty() && !customerId.isEmpty()) {
            m_link->addBindValue(teamId);
            m_link->addBindValue(customerId);
            if (!m_link->exec())
                m_error = m_link->lastError().text();
        }
    }
    const QString audience = RecordStore::audience(entity, data);
    const QString text = QString::fromUtf8(WireCodec::toBytes(data));
    const qint64 rev = data.value(QLatin1String("rev")).toInteger(1);
    const qint64 seq = ++m_seq;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString key = enumKey(entity);
    for (const QVariant &v : {QVariant(key), QVariant(id), QVariant(rev), nullable(teamId),
             nullable(customerId), nullable(parentId), QVariant(now), QVariant(seq), QVariant(text)})
        m_record->addBindValue(v);
    if (!m_record->exec())
        m_error = m_record->lastError().text();
    const QString changeTeam = audience == QLatin1String("team") ? teamId : QString();
    for (const QVariant &v : {QVariant(seq), QVariant(key), QVariant(id), QVariant(rev), nullable(changeTeam),
             nullable(customerId), QVariant(audience), QVariant(now), QVariant(text)})
        m_change->addBindValue(v);
    if (!m_change->exec() && m_error.isEmpty())
        m_error = m_change->lastError().text();
    ++m_rows;
    if (++m_inBatch >= s_batchRows)
        commitBatch();
}

void LocalSeeder::add(const Team &v)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO teams (id, name, assignment_rule, rev, updated_at) VALUES (?, ?, ?, 1, ?)"));
    q.addBindValue(v.id);
    q.addBindValue(v.name);
    q.addBindValue(enumKey(v.assignmentRule));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec() && m_error.isEmpty())
        m_error = q.lastError().text();
}

void LocalSeeder::add(const User &)
{
    // Logins are made with `agentdesk-server user add`: they need password hashes.
}

void LocalSeeder::add(const Customer &v)
{
    write(EntityType::Customer, WireCodec::encode(v));
}
void LocalSeeder::add(const Account &v)
{
    write(EntityType::Account, WireCodec::encode(v));
}
void LocalSeeder::add(const Holding &v)
{
    write(EntityType::Holding, WireCodec::encode(v));
}
void LocalSeeder::add(const Trade &v)
{
    write(EntityType::Trade, WireCodec::encode(v));
}
void LocalSeeder::add(const RiskAlert &v)
{
    write(EntityType::RiskAlert, WireCodec::encode(v));
}
void LocalSeeder::add(const Interaction &v)
{
    write(EntityType::Interaction, WireCodec::encode(v));
}
void LocalSeeder::add(const Ticket &v)
{
    write(EntityType::Ticket, WireCodec::encode(v));
}
void LocalSeeder::add(const TicketEvent &v)
{
    write(EntityType::TicketEvent, WireCodec::encode(v));
}
void LocalSeeder::add(const ArticleCategory &v)
{
    write(EntityType::ArticleCategory, WireCodec::encode(v));
}
void LocalSeeder::add(const Article &v)
{
    write(EntityType::Article, WireCodec::encode(v));
}
void LocalSeeder::add(const ArticleRevision &v)
{
    write(EntityType::ArticleRevision, WireCodec::encode(v));
}
void LocalSeeder::add(const CaseStudy &v)
{
    write(EntityType::CaseStudy, WireCodec::encode(v));
}
void LocalSeeder::add(const CaseComment &v)
{
    write(EntityType::CaseComment, WireCodec::encode(v));
}
void LocalSeeder::add(const CannedReply &v)
{
    write(EntityType::CannedReply, WireCodec::encode(v));
}
