#include "server/serverseeder.h"

#include "core/account.h"
#include "core/article.h"
#include "core/articlecategory.h"
#include "core/articlerevision.h"
#include "core/cannedreply.h"
#include "core/casecomment.h"
#include "core/casestudy.h"
#include "core/customer.h"
#include "core/holding.h"
#include "core/interaction.h"
#include "core/riskalert.h"
#include "core/team.h"
#include "core/ticket.h"
#include "core/ticketevent.h"
#include "core/trade.h"
#include "core/wirecodec.h"
#include "server/auditlog.h"
#include "server/bulkinserter.h"
#include "server/dbconnection.h"
#include "server/dberror.h"
#include "server/recordstore.h"
#include "server/sqldialect.h"
#include "server/userdirectory.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

// Sequence numbers are reserved from the counter in blocks: one UPDATE per block, and
// whatever else writes a change in this transaction (UserDirectory) stays in order.
constexpr qint64 s_seqBlock = 100'000;
// Rows per multi-row INSERT on PostgreSQL; SQLite's statements are capped lower by
// BulkInserter (999 bound values).
constexpr int s_rowsPerStatement = 500;
// The page cache of the seeding connection (KiB, negative as SQLite wants it): big
// enough that the records primary key, filled in random UUID order, stays in memory.
constexpr int s_sqliteCacheKiB = 1024 * 1024;

const QStringList s_bulkTables {
    QStringLiteral("records"), QStringLiteral("changes"), QStringLiteral("team_customers")};

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query = DbConnection::exec(db, sql, values);
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

ServerSeeder::ServerSeeder(
    const QSqlDatabase &db, DatabaseSettings::Backend backend, const QString &passwordHash)
    : m_db(db), m_backend(backend), m_passwordHash(passwordHash)
{
}

ServerSeeder::~ServerSeeder()
{
    if (!m_open)
        return;
    // Not committed: nothing of the seed stays, the dropped indexes included.
    QSqlQuery rollback(m_db);
    rollback.exec(QStringLiteral("ROLLBACK"));
    if (m_backend == DatabaseSettings::Backend::Sqlite) {
        rollback.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        rollback.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
}

bool ServerSeeder::isEmpty(const QSqlDatabase &db)
{
    for (const char *table : {"users", "teams", "records"}) {
        QSqlQuery query
            = DbConnection::exec(db, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(QLatin1String(table)));
        if (query.next())
            return false;
    }
    return true;
}

void ServerSeeder::begin(bool clear)
{
    const bool sqlite = m_backend == DatabaseSettings::Backend::Sqlite;
    if (sqlite) {
        // Leaving WAL needs the only connection; if a server has the file open, the
        // seed still works, only slower.
        QSqlQuery journal(m_db);
        journal.exec(QStringLiteral("PRAGMA journal_mode=DELETE")); // SQLITE_BUSY when shared
        DbConnection::exec(m_db, QStringLiteral("PRAGMA synchronous=OFF"));
        DbConnection::exec(m_db, QStringLiteral("PRAGMA cache_size=-%1").arg(s_sqliteCacheKiB));
    }
    DbConnection::exec(m_db, SqlDialect(m_backend).beginWrite());
    m_open = true;
    RecordStore::lockFeed(m_db);
    m_now = QDateTime::currentMSecsSinceEpoch();
    if (clear)
        clearAll();
    dropIndexes();
    m_records = std::make_unique<BulkInserter>(m_db, QStringLiteral("records"),
        QStringList {QStringLiteral("entity"), QStringLiteral("id"), QStringLiteral("rev"),
            QStringLiteral("deleted"), QStringLiteral("team_id"), QStringLiteral("customer_id"),
            QStringLiteral("parent_id"), QStringLiteral("updated_at"), QStringLiteral("seq"),
            QStringLiteral("data"), QStringLiteral("field_revs")},
        s_rowsPerStatement);
    m_changes = std::make_unique<BulkInserter>(m_db, QStringLiteral("changes"),
        QStringList {QStringLiteral("seq"), QStringLiteral("entity"), QStringLiteral("entity_id"),
            QStringLiteral("rev"), QStringLiteral("deleted"), QStringLiteral("team_id"),
            QStringLiteral("customer_id"), QStringLiteral("audience"), QStringLiteral("origin"),
            QStringLiteral("at"), QStringLiteral("data")},
        s_rowsPerStatement);
}

void ServerSeeder::clearAll()
{
    const bool sqlite = m_backend == DatabaseSettings::Backend::Sqlite;
    // TRUNCATE is PostgreSQL's fast (and transactional) way to empty a big table;
    // SQLite's unqualified DELETE is its own truncate.
    for (const char *table : {"team_customers", "mutations", "changes", "records"}) {
        DbConnection::exec(m_db,
            (sqlite ? QStringLiteral("DELETE FROM %1") : QStringLiteral("TRUNCATE %1"))
                .arg(QLatin1String(table)));
    }
    for (const char *table : {"sessions", "users", "teams"})
        DbConnection::exec(m_db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
    // Workstations that synced the old data hold cursors up to the old counter: moving
    // the compaction horizon past them answers 410, and they resync from scratch.
    const qint64 old = scalar(m_db, QStringLiteral("SELECT value FROM counters WHERE name = 'change_seq'"));
    if (old > 0) {
        DbConnection::exec(m_db,
            QStringLiteral("UPDATE counters SET value = ? WHERE name IN ('change_seq', 'compacted_through')"),
            {old + 1});
    }
}

void ServerSeeder::dropIndexes()
{
    QString sql;
    if (m_backend == DatabaseSettings::Backend::Sqlite) {
        // Automatic indexes (primary keys, UNIQUE) have no SQL and cannot be dropped.
        sql = QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                             "AND tbl_name IN ('%1') ORDER BY name");
    } else {
        // Indexes that back a constraint (primary keys) stay.
        sql = QStringLiteral("SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
                             "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
                             "JOIN pg_namespace n ON n.oid = t.relnamespace "
                             "WHERE n.nspname = current_schema() AND t.relname IN ('%1') "
                             "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) "
                             "ORDER BY i.relname");
    }
    QSqlQuery query = DbConnection::exec(m_db, sql.arg(s_bulkTables.join(QStringLiteral("', '"))));
    while (query.next())
        m_indexes.append({query.value(0).toString(), query.value(1).toString()});
    for (const SavedIndex &index : std::as_const(m_indexes))
        DbConnection::exec(m_db, QStringLiteral("DROP INDEX %1").arg(index.name));
}

void ServerSeeder::restoreIndexes()
{
    for (const SavedIndex &index : std::as_const(m_indexes))
        DbConnection::exec(m_db, index.sql);
    m_indexes.clear();
}

void ServerSeeder::writeTeamLinks()
{
    BulkInserter links(m_db, QStringLiteral("team_customers"),
        {QStringLiteral("team_id"), QStringLiteral("customer_id")}, s_rowsPerStatement);
    for (auto it = m_customerTeams.cbegin(); it != m_customerTeams.cend(); ++it) {
        for (int team = 0; team < m_teamIds.size(); ++team) {
            if (it.value() & (1u << team))
                links.addRow({m_teamIds.at(team), it.key()});
        }
    }
    links.flush();
    m_otherRows += links.rowsWritten();
}

void ServerSeeder::finish(const QJsonObject &auditDetail)
{
    m_records->flush();
    m_changes->flush();
    writeTeamLinks();
    restoreIndexes();
    // Hand back the reserved sequence numbers nobody used, unless something else took
    // numbers after ours.
    DbConnection::exec(m_db,
        QStringLiteral("UPDATE counters SET value = ? WHERE name = 'change_seq' AND value = ?"),
        {m_seq, m_seqLimit});
    AuditEntry entry;
    entry.action = QStringLiteral("seed");
    entry.reason = QStringLiteral("command line");
    entry.detail = auditDetail;
    AuditLog::append(m_db, entry);
    DbConnection::exec(m_db, QStringLiteral("COMMIT"));
    m_open = false;
    if (m_backend == DatabaseSettings::Backend::Sqlite) {
        DbConnection::exec(m_db, QStringLiteral("PRAGMA journal_mode=WAL"));
        DbConnection::exec(m_db, QStringLiteral("PRAGMA synchronous=NORMAL"));
    } else {
        // The planner's statistics for tables that grew from nothing in one go.
        for (const QString &table : s_bulkTables)
            DbConnection::exec(m_db, QStringLiteral("ANALYZE %1").arg(table));
    }
}

qint64 ServerSeeder::rowsWritten() const
{
    return (m_records ? m_records->rowsWritten() : 0) + (m_changes ? m_changes->rowsWritten() : 0)
        + m_otherRows;
}

qint64 ServerSeeder::nextSeq()
{
    if (m_seq == m_seqLimit) {
        m_seqLimit = scalar(m_db,
            QStringLiteral("UPDATE counters SET value = value + ? WHERE name = 'change_seq' RETURNING value"),
            {s_seqBlock});
        if (m_seqLimit <= 0)
            throw DbError(QStringLiteral("the change_seq counter is missing"));
        m_seq = m_seqLimit - s_seqBlock;
    }
    return ++m_seq;
}

int ServerSeeder::teamIndex(const QString &teamId) const
{
    return int(m_teamIds.indexOf(teamId));
}

void ServerSeeder::linkCustomer(const QString &teamId, const QString &customerId)
{
    const int team = teamIndex(teamId);
    if (team < 0 || team >= 32 || customerId.isEmpty())
        return;
    m_customerTeams[customerId] |= 1u << team;
}

QString ServerSeeder::fieldRevsText(EntityType entity, const QJsonObject &data)
{
    // Every record is at rev 1, so every field was last changed at rev 1; and every
    // record of a type has the same keys (the codec writes all of them).
    auto it = m_fieldRevs.constFind(entity);
    if (it != m_fieldRevs.cend())
        return *it;
    QJsonObject revs;
    const QStringList common = WireCodec::commonKeys();
    for (auto field = data.constBegin(); field != data.constEnd(); ++field) {
        if (!common.contains(field.key()))
            revs.insert(field.key(), 1);
    }
    return *m_fieldRevs.insert(entity, QString::fromUtf8(WireCodec::toBytes(revs)));
}

template<typename T> void ServerSeeder::put(EntityType entity, const T &value, const Scope &scope)
{
    QJsonObject data;
    if (value.rev == 1 && !value.deleted) {
        data = WireCodec::encode(value);
    } else {
        T created = value;
        created.rev = 1;
        created.deleted = false;
        data = WireCodec::encode(created);
    }
    const qint64 updatedAtMs = value.updatedAt.isValid() ? value.updatedAt.toMSecsSinceEpoch() : m_now;
    write(entity, value.id, updatedAtMs, data, scope);
}

void ServerSeeder::write(
    EntityType entity, const QString &id, qint64 updatedAtMs, const QJsonObject &data, const Scope &scope)
{
    const qint64 seq = nextSeq();
    const QString key = enumKey(entity);
    const QString json = QString::fromUtf8(WireCodec::toBytes(data));
    const QString audience = RecordStore::audience(entity, data);
    const bool teamScoped = audience == QLatin1String("team");
    m_records->addRow({key, id, 1, 0, nullable(scope.teamId), nullable(scope.customerId),
        nullable(scope.parentId), updatedAtMs, seq, json, fieldRevsText(entity, data)});
    m_changes->addRow({seq, key, id, 1, 0, teamScoped ? nullable(scope.teamId) : nullable({}),
        nullable(scope.customerId), audience, QStringLiteral("write"), m_now, json});
}

void ServerSeeder::add(const Team &team)
{
    UserDirectory::addTeam(m_db, team);
    m_teamIds.append(team.id);
    m_teamNames.insert(team.id, team.name);
    m_otherRows += 3; // the teams row, its feed record and change
}

void ServerSeeder::add(const User &user)
{
    UserDirectory::addUser(m_db, user, m_passwordHash);
    m_users.append(user);
    if (!user.teamId.isEmpty())
        m_userTeams.insert(user.id, user.teamId);
    m_otherRows += 3; // the users row, its feed record and change
}

void ServerSeeder::add(const Customer &v)
{
    put(EntityType::Customer, v, {{}, v.id, {}});
}

void ServerSeeder::add(const Account &v)
{
    put(EntityType::Account, v, {{}, v.customerId, {}});
}

void ServerSeeder::add(const Holding &v)
{
    put(EntityType::Holding, v, {{}, v.customerId, {}});
}

void ServerSeeder::add(const Trade &v)
{
    put(EntityType::Trade, v, {{}, v.customerId, {}});
}

void ServerSeeder::add(const RiskAlert &v)
{
    put(EntityType::RiskAlert, v, {{}, v.customerId, {}});
}

void ServerSeeder::add(const Interaction &v)
{
    // As when an agent logs the call: the customer enters the agent's team's scope.
    linkCustomer(m_userTeams.value(v.agentId), v.customerId);
    put(EntityType::Interaction, v, {{}, v.customerId, {}});
}

void ServerSeeder::add(const Ticket &v)
{
    linkCustomer(v.teamId, v.customerId);
    m_lastTicketId = v.id;
    m_lastTicketTeam = v.teamId;
    const int team = teamIndex(v.teamId);
    if (team >= 0)
        m_ticketTeams.insert(QUuid::fromString(v.id), qint8(team));
    put(EntityType::Ticket, v, {v.teamId, v.customerId, {}});
}

void ServerSeeder::add(const TicketEvent &v)
{
    QString team = m_lastTicketTeam;
    if (v.ticketId != m_lastTicketId) {
        const int index = m_ticketTeams.value(QUuid::fromString(v.ticketId), -1);
        team = index >= 0 ? m_teamIds.at(index) : QString();
    }
    put(EntityType::TicketEvent, v, {team, {}, v.ticketId});
}

void ServerSeeder::add(const ArticleCategory &v)
{
    put(EntityType::ArticleCategory, v, {});
}

void ServerSeeder::add(const Article &v)
{
    put(EntityType::Article, v, {});
}

void ServerSeeder::add(const ArticleRevision &v)
{
    put(EntityType::ArticleRevision, v, {{}, {}, v.articleId});
}

void ServerSeeder::add(const CaseStudy &v)
{
    put(EntityType::CaseStudy, v, {});
}

void ServerSeeder::add(const CaseComment &v)
{
    put(EntityType::CaseComment, v, {{}, {}, v.caseId});
}

void ServerSeeder::add(const CannedReply &v)
{
    put(EntityType::CannedReply, v, {v.teamId, {}, {}});
}
