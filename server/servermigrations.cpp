#include "server/servermigrations.h"

#include "server/dbconnection.h"
#include "server/sqldialect.h"
#include "server/writetransaction.h"

#include <QSqlQuery>
#include <QStringList>

namespace {

QStringList migration1(const SqlDialect &dialect)
{
    QStringList statements {
        QStringLiteral("CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                       "assignment_rule TEXT NOT NULL DEFAULT 'manual', rev BIGINT NOT NULL DEFAULT 1, "
                       "updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, "
                       "display_name TEXT NOT NULL, role TEXT NOT NULL, team_id TEXT REFERENCES teams(id), "
                       "active INTEGER NOT NULL DEFAULT 1, password_hash TEXT NOT NULL, "
                       "rev BIGINT NOT NULL DEFAULT 1, updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, "
                       "user_id TEXT NOT NULL REFERENCES users(id), created_at BIGINT NOT NULL, "
                       "expires_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX sessions_user ON sessions(user_id)"),
        QStringLiteral("CREATE INDEX sessions_expiry ON sessions(expires_at)"),
        QStringLiteral("CREATE TABLE audit (id %1, at BIGINT NOT NULL, user_id TEXT, action TEXT NOT NULL, "
                       "entity TEXT NOT NULL DEFAULT '', entity_id TEXT NOT NULL DEFAULT '', "
                       "reason TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '{}')")
            .arg(dialect.autoIncrementKey()),
    };
    statements += dialect.appendOnlyGuard(QStringLiteral("audit"));
    return statements;
}

QStringList migration2(const SqlDialect &)
{
    return {
        QStringLiteral("CREATE TABLE records (entity TEXT NOT NULL, id TEXT NOT NULL, rev BIGINT NOT NULL, "
                       "deleted INTEGER NOT NULL DEFAULT 0, team_id TEXT, customer_id TEXT, "
                       "updated_at BIGINT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (entity, id))"),
        QStringLiteral("CREATE INDEX records_team ON records(entity, team_id)"),
        QStringLiteral("CREATE INDEX records_customer ON records(customer_id)"),
        QStringLiteral("CREATE TABLE changes (seq BIGINT PRIMARY KEY, entity TEXT NOT NULL, "
                       "entity_id TEXT NOT NULL, rev BIGINT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, "
                       "team_id TEXT, at BIGINT NOT NULL, data TEXT)"),
        QStringLiteral("CREATE INDEX changes_team ON changes(team_id, seq)"),
        QStringLiteral("CREATE INDEX changes_record ON changes(entity, entity_id)"),
        QStringLiteral("CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO counters (name, value) VALUES ('change_seq', 0)"),
        QStringLiteral("CREATE TABLE mutations (client_id TEXT NOT NULL, mutation_id TEXT NOT NULL, "
                       "user_id TEXT NOT NULL, at BIGINT NOT NULL, answer TEXT NOT NULL, "
                       "PRIMARY KEY (client_id, mutation_id))"),
    };
}

// Sync: per-field revisions for the merge against base_rev, the parent and the feed
// sequence number of each record, the audience of each change row (who may read it,
// decided when it is written so the feed query stays a range scan with a filter), and
// team_customers, the customers a team's tickets (or its agents' calls) have brought
// into its scope. origin is 'write' for the row a revision wrote, 'grant' for a copy of
// a record sent to a team whose scope it just entered, 'revoke' for a tombstone sent to
// a team whose scope it left. compacted_through is the highest tombstone removed by
// compaction: a cursor below it gets 410.
QStringList migration3(const SqlDialect &)
{
    return {
        QStringLiteral("ALTER TABLE records ADD COLUMN field_revs TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE records ADD COLUMN parent_id TEXT"),
        QStringLiteral("ALTER TABLE records ADD COLUMN seq BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX records_parent ON records(entity, parent_id)"),
        QStringLiteral("ALTER TABLE changes ADD COLUMN customer_id TEXT"),
        QStringLiteral("ALTER TABLE changes ADD COLUMN audience TEXT NOT NULL DEFAULT 'admin'"),
        QStringLiteral("ALTER TABLE changes ADD COLUMN origin TEXT NOT NULL DEFAULT 'write'"),
        QStringLiteral("CREATE INDEX changes_customer ON changes(customer_id, seq)"),
        QStringLiteral("CREATE TABLE team_customers (team_id TEXT NOT NULL, customer_id TEXT NOT NULL, "
                       "PRIMARY KEY (team_id, customer_id))"),
        QStringLiteral("CREATE INDEX team_customers_customer ON team_customers(customer_id)"),
        QStringLiteral("CREATE INDEX mutations_at ON mutations(at)"),
        QStringLiteral("INSERT INTO counters (name, value) VALUES ('compacted_through', 0)"),
    };
}

// Attachment content, stored in the database so that several instances on one
// PostgreSQL need no shared disk. Content-addressed by SHA-256 and cut in chunks
// (AttachmentStore::ChunkBytes), so a download streams one chunk at a time and the same
// file uploaded twice is stored once. A blob row is written after its chunks in the
// same transaction: its presence means the content is complete. BYTEA is PostgreSQL's
// binary type; SQLite gives the column NUMERIC affinity, which stores blobs unchanged.
QStringList migration4(const SqlDialect &)
{
    return {
        QStringLiteral(
            "CREATE TABLE attachment_blobs (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL, "
            "chunk_bytes INTEGER NOT NULL, chunk_count INTEGER NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE attachment_chunks (sha256 TEXT NOT NULL, chunk_no INTEGER NOT NULL, "
                       "bytes BYTEA NOT NULL, PRIMARY KEY (sha256, chunk_no))"),
    };
}

// Customer lookup (GET /api/v1/customers, CustomerRoutes) by exact mobile, ID number,
// customer number, name or account number: partial expression indexes over the JSON of
// the records, so every writer of records (mutations, seed, import) keeps them right
// without a lookup table to maintain. compaction_claimed_at is when an instance last
// claimed the periodic compaction (PeriodicCompactor), so instances sharing one
// database do not all compact at once.
QStringList migration5(const SqlDialect &dialect)
{
    QStringList statements;
    // The second column is what the lookup returns in order, so the planner takes this
    // index for both the match and the ORDER BY (not the primary key's entity prefix).
    const auto index
        = [&dialect, &statements](const char *name, const char *entity, const char *key, const char *then) {
              statements.append(
                  QStringLiteral("CREATE INDEX %1 ON records (%2, %3) WHERE entity = '%4'")
                      .arg(QLatin1String(name), dialect.jsonText(QStringLiteral("data"), QLatin1String(key)),
                          QLatin1String(then), QLatin1String(entity)));
          };
    index("records_customer_mobile", "customer", "mobile", "id");
    index("records_customer_id_number", "customer", "id_number", "id");
    index("records_customer_no", "customer", "customer_no", "id");
    index("records_customer_name", "customer", "name", "id");
    index("records_account_number", "account", "number", "customer_id");
    statements.append(
        QStringLiteral("INSERT INTO counters (name, value) VALUES ('compaction_claimed_at', 0)"));
    return statements;
}

// Compaction selects the changes older than the tombstone horizon: without an index it
// read the whole feed at every start, minutes on a million-ticket database.
QStringList migration6(const SqlDialect &)
{
    return {QStringLiteral("CREATE INDEX changes_at ON changes(at)")};
}

// Least-loaded assignment counts each agent's open tickets in a team (TeamRouting): a
// partial index over the records' JSON, like migration 5's, so every writer keeps it right.
QStringList migration7(const SqlDialect &dialect)
{
    return {QStringLiteral("CREATE INDEX records_ticket_load ON records (team_id, %1) WHERE entity = 'ticket' "
                           "AND deleted = 0 AND %2 <> 'closed'")
                .arg(dialect.jsonText(QStringLiteral("data"), QStringLiteral("assignee_id")),
                    dialect.jsonText(QStringLiteral("data"), QStringLiteral("state")))};
}

using Migration = QStringList (*)(const SqlDialect &);
constexpr Migration s_migrations[] = {
    migration1, migration2, migration3, migration4, migration5, migration6, migration7};

} // namespace

int ServerMigrations::latestVersion()
{
    return int(std::size(s_migrations));
}

int ServerMigrations::currentVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery query = DbConnection::exec(db, QStringLiteral("SELECT MAX(version) FROM schema_version"));
    return query.next() ? query.value(0).toInt() : 0;
}

void ServerMigrations::apply(const QSqlDatabase &db, DatabaseSettings::Backend backend)
{
    const SqlDialect dialect(backend);
    {
        WriteTransaction transaction(db, backend);
        if (const QString lock = dialect.migrationLock(); !lock.isEmpty())
            DbConnection::exec(db, lock);
        DbConnection::exec(
            db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
        transaction.commit();
    }
    for (int version = 1; version <= latestVersion(); ++version) {
        WriteTransaction transaction(db, backend);
        if (const QString lock = dialect.migrationLock(); !lock.isEmpty())
            DbConnection::exec(db, lock);
        // Read under the lock: another instance may have just migrated.
        QSqlQuery current = DbConnection::exec(db, QStringLiteral("SELECT MAX(version) FROM schema_version"));
        const int at = current.next() ? current.value(0).toInt() : 0;
        if (at >= version)
            continue;
        for (const QString &statement : s_migrations[version - 1](dialect))
            DbConnection::exec(db, statement);
        DbConnection::exec(db, QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {version});
        transaction.commit();
    }
}
