#include "store/migrations.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// Common columns of every synchronised entity. Date-times are INTEGER milliseconds since
// the epoch (UTC) so range and order queries compare numbers; dates are ISO 'YYYY-MM-DD';
// enums their wire keys; lists and objects JSON text; bools 0/1.
// The id is a UNIQUE INDEX rather than the PRIMARY KEY: rows append in rowid order, and
// the bulk importer can drop every index and rebuild it once, sorted (random UUID keys
// inserted one by one rewrite most of a large B-tree at every batch commit).
QString entityTable(const char *name, const char *columns)
{
    return QStringLiteral("CREATE TABLE %1 (\n"
                          "  id TEXT NOT NULL,\n"
                          "  rev INTEGER NOT NULL DEFAULT 0,\n"
                          "  updated_at INTEGER,\n"
                          "  deleted INTEGER NOT NULL DEFAULT 0,\n"
                          "  %2\n)")
        .arg(QLatin1String(name), QLatin1String(columns));
}

// Cross-entity references deliberately carry no FOREIGN KEY: the change feed sends the
// latest version of each record in sequence order, so a ticket updated after its events
// arrives pages after them, and the scope rules can drop a customer while its tickets stay.
// Owned children (events, attachments, revisions, comments) are removed by the repository
// in the same transaction as their parent.
QList<Migration> buildMigrations()
{
    QList<Migration> list;
    list.append({1, QStringLiteral("entities, outbox, sync state, conflicts, profile"),
        {
            entityTable("customers",
                "customer_no TEXT, name TEXT, pinyin TEXT, initials TEXT, id_type TEXT,\n"
                "  id_number TEXT, mobile TEXT, email TEXT, branch TEXT, account_manager TEXT,\n"
                "  investor_type TEXT, risk_class TEXT, assessed_on TEXT, assessment_expires TEXT,\n"
                "  vip_level INTEGER, status TEXT, tags TEXT"),
            QStringLiteral("CREATE INDEX customers_mobile ON customers(mobile)"),
            QStringLiteral("CREATE INDEX customers_id_number ON customers(id_number)"),
            QStringLiteral("CREATE INDEX customers_customer_no ON customers(customer_no)"),
            QStringLiteral("CREATE INDEX customers_name ON customers(name, id)"),
            QStringLiteral("CREATE INDEX customers_pinyin ON customers(pinyin)"),
            QStringLiteral("CREATE INDEX customers_initials ON customers(initials)"),
            entityTable("accounts",
                "customer_id TEXT, number TEXT, kind TEXT, status TEXT, assets_fen INTEGER,\n"
                "  liabilities_fen INTEGER, maintenance_ratio REAL, top_up_deadline TEXT,\n"
                "  opened_on TEXT"),
            QStringLiteral("CREATE INDEX accounts_number ON accounts(number)"),
            QStringLiteral("CREATE INDEX accounts_customer ON accounts(customer_id)"),
            entityTable("holdings",
                "account_id TEXT, customer_id TEXT, product_code TEXT, product_name TEXT,\n"
                "  product_risk TEXT, quantity INTEGER, market_value_fen INTEGER"),
            QStringLiteral("CREATE INDEX holdings_customer ON holdings(customer_id)"),
            QStringLiteral("CREATE INDEX holdings_account ON holdings(account_id)"),
            entityTable("trades",
                "account_id TEXT, customer_id TEXT, product_code TEXT, product_name TEXT,\n"
                "  side TEXT, quantity INTEGER, price_milli INTEGER, traded_at INTEGER"),
            QStringLiteral("CREATE INDEX trades_customer ON trades(customer_id, traded_at)"),
            QStringLiteral("CREATE INDEX trades_account ON trades(account_id, traded_at)"),
            entityTable("risk_alerts",
                "customer_id TEXT, account_id TEXT, kind TEXT, severity TEXT, text TEXT,\n"
                "  state TEXT, raised_at INTEGER, acknowledged_by TEXT, acknowledged_at INTEGER"),
            QStringLiteral("CREATE INDEX risk_alerts_customer ON risk_alerts(customer_id, raised_at)"),
            QStringLiteral("CREATE INDEX risk_alerts_state ON risk_alerts(state, raised_at)"),
            entityTable("interactions",
                "customer_id TEXT, channel TEXT, direction TEXT, agent_id TEXT,\n"
                "  started_at INTEGER, duration_seconds INTEGER, summary TEXT, recording_ref TEXT,\n"
                "  ticket_id TEXT"),
            QStringLiteral("CREATE INDEX interactions_customer ON interactions(customer_id, started_at)"),
            QStringLiteral("CREATE INDEX interactions_ticket ON interactions(ticket_id)"),
            entityTable("tickets",
                "number TEXT, customer_id TEXT, kind TEXT, source TEXT, category TEXT,\n"
                "  subject TEXT, description TEXT, priority TEXT, state TEXT, assignee_id TEXT,\n"
                "  team_id TEXT, created_at INTEGER, accept_due INTEGER, reply_due INTEGER,\n"
                "  external_due INTEGER, reply_due_extended INTEGER NOT NULL DEFAULT 0,\n"
                "  first_response_at INTEGER, closed_at INTEGER, resolution TEXT, follow_up TEXT,\n"
                "  mediation_body TEXT, satisfaction INTEGER, parent_id TEXT, merged_into_id TEXT"),
            // deleted sits after the equality columns (every list and count says
            // deleted = 0), so counts are answered from the index alone and the
            // order of the columns after it still serves ORDER BY.
            QStringLiteral("CREATE UNIQUE INDEX tickets_number ON tickets(number)"),
            QStringLiteral(
                "CREATE INDEX tickets_team_state ON tickets(team_id, state, deleted, updated_at, id)"),
            QStringLiteral("CREATE INDEX tickets_assignee ON tickets(assignee_id, state, deleted)"),
            QStringLiteral("CREATE INDEX tickets_customer ON tickets(customer_id)"),
            entityTable("ticket_events",
                "ticket_id TEXT, kind TEXT, author_id TEXT, created_at INTEGER, body TEXT,\n"
                "  from_state TEXT, to_state TEXT, assignee_id TEXT, attachment_id TEXT,\n"
                "  article_id TEXT, article_revision INTEGER, linked_ticket_id TEXT, extra TEXT"),
            QStringLiteral("CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, created_at)"),
            entityTable("attachments",
                "ticket_id TEXT, name TEXT, mime_type TEXT, size INTEGER, sha256 TEXT,\n"
                "  blob_path TEXT"),
            QStringLiteral("CREATE INDEX attachments_ticket ON attachments(ticket_id)"),
            entityTable("article_categories", "parent_id TEXT, name TEXT, sort_order INTEGER"),
            QStringLiteral("CREATE INDEX article_categories_parent ON article_categories(parent_id)"),
            entityTable("articles",
                "category_id TEXT, title TEXT, body TEXT, tags TEXT, status TEXT,\n"
                "  revision INTEGER, author_id TEXT, signed_off_by TEXT, signed_off_at INTEGER,\n"
                "  effective_from TEXT, expires_on TEXT, helpful_yes INTEGER, helpful_no INTEGER"),
            QStringLiteral("CREATE INDEX articles_category ON articles(category_id, title)"),
            QStringLiteral("CREATE INDEX articles_status ON articles(status, updated_at)"),
            entityTable("article_revisions",
                "article_id TEXT, revision INTEGER, title TEXT, body TEXT, author_id TEXT,\n"
                "  created_at INTEGER"),
            QStringLiteral(
                "CREATE INDEX article_revisions_article ON article_revisions(article_id, revision)"),
            entityTable("case_studies",
                "title TEXT, background TEXT, issue TEXT, handling TEXT, outcome TEXT,\n"
                "  lessons TEXT, rules_cited TEXT, tags TEXT, source_ticket_id TEXT,\n"
                "  author_id TEXT, created_at INTEGER"),
            QStringLiteral("CREATE INDEX case_studies_created ON case_studies(created_at, id)"),
            entityTable("case_comments", "case_id TEXT, author_id TEXT, body TEXT, created_at INTEGER"),
            QStringLiteral("CREATE INDEX case_comments_case ON case_comments(case_id, created_at)"),
            entityTable("canned_replies", "title TEXT, body TEXT, category TEXT, team_id TEXT"),
            QStringLiteral("CREATE INDEX canned_replies_team ON canned_replies(team_id, category)"),
            entityTable("users",
                "username TEXT, display_name TEXT, role TEXT, team_id TEXT,\n"
                "  active INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("CREATE INDEX users_team ON users(team_id)"),
            QStringLiteral("CREATE INDEX users_username ON users(username)"),
            entityTable("teams", "name TEXT, assignment_rule TEXT"),
            entityTable("audit_entries",
                "at INTEGER, user_id TEXT, action TEXT, entity TEXT, entity_id TEXT,\n"
                "  reason TEXT, detail TEXT"),
            QStringLiteral("CREATE INDEX audit_entries_at ON audit_entries(at)"),
            QStringLiteral("CREATE INDEX audit_entries_entity ON audit_entries(entity, entity_id)"),
            QStringLiteral("CREATE TABLE outbox (\n"
                           "  seq INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                           "  mutation_id TEXT NOT NULL UNIQUE,\n"
                           "  entity TEXT NOT NULL,\n"
                           "  entity_id TEXT NOT NULL,\n"
                           "  base_rev INTEGER NOT NULL DEFAULT 0,\n"
                           "  op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),\n"
                           "  fields TEXT NOT NULL DEFAULT '{}',\n"
                           "  created_at INTEGER NOT NULL,\n"
                           "  attempts INTEGER NOT NULL DEFAULT 0,\n"
                           "  last_error TEXT,\n"
                           "  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'poison')))"),
            QStringLiteral("CREATE INDEX outbox_state ON outbox(state, seq)"),
            QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, value TEXT)"),
            QStringLiteral("CREATE TABLE conflicts (\n"
                           "  id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                           "  entity TEXT NOT NULL,\n"
                           "  entity_id TEXT NOT NULL,\n"
                           "  fields TEXT NOT NULL DEFAULT '[]',\n"
                           "  local TEXT NOT NULL DEFAULT '{}',\n"
                           "  server TEXT NOT NULL DEFAULT '{}',\n"
                           "  created_at INTEGER NOT NULL,\n"
                           "  resolved_at INTEGER,\n"
                           "  resolution TEXT)"),
            QStringLiteral("CREATE INDEX conflicts_open ON conflicts(resolved_at, entity, entity_id)"),
            QStringLiteral("CREATE TABLE profile (key TEXT PRIMARY KEY NOT NULL, value TEXT)"),
        }});
    for (const char *table : {"customers", "accounts", "holdings", "trades", "risk_alerts", "interactions",
             "tickets", "ticket_events", "attachments", "article_categories", "articles", "article_revisions",
             "case_studies", "case_comments", "canned_replies", "users", "teams", "audit_entries"})
        list.first().statements.append(
            QStringLiteral("CREATE UNIQUE INDEX %1_id ON %1(id)").arg(QLatin1String(table)));
    list.append({2, QStringLiteral("indexes for the queues and the overview page"),
        {
            // Queues showing several states at once sort by updated_at within a team.
            QStringLiteral("CREATE INDEX tickets_team_updated ON tickets(team_id, deleted, updated_at, id)"),
            QStringLiteral(
                "CREATE INDEX tickets_assignee_updated ON tickets(assignee_id, deleted, updated_at, id)"),
            // Breached / due-soon counts per team and for everyone.
            QStringLiteral(
                "CREATE INDEX tickets_team_state_due ON tickets(team_id, state, deleted, reply_due)"),
            QStringLiteral("CREATE INDEX tickets_state_due ON tickets(state, deleted, reply_due)"),
            QStringLiteral("CREATE INDEX tickets_parent ON tickets(parent_id) WHERE parent_id IS NOT NULL"),
        }});
    // Most of a desk's million tickets are closed: a queue of open tickets ordered through
    // the indexes above steps over closed ones row by row (Ctrl+End on a team queue took
    // 0.4–2 s). These hold only the open tickets; TicketRepository writes the open-state
    // filter as "state <> 'closed'" so that SQLite can tell they apply, and they start
    // with the same equality columns as the indexes above so that its planner, which has
    // no statistics, prefers them; the state (and due date) at the end lets a count read
    // the index alone. The due-date one is on the sort expression itself.
    list.append({3, QStringLiteral("indexes of open tickets for the queues"),
        {
            QStringLiteral(
                "CREATE INDEX tickets_open_team_updated ON tickets(team_id, deleted, updated_at, id, "
                "state) WHERE deleted = 0 AND state <> 'closed'"),
            QStringLiteral("CREATE INDEX tickets_open_assignee_updated ON tickets(assignee_id, deleted, "
                           "updated_at, id, state) WHERE deleted = 0 AND state <> 'closed'"),
            QStringLiteral("CREATE INDEX tickets_open_team_due ON tickets(team_id, deleted, "
                           "coalesce(reply_due, 9223372036854775807), id, state, reply_due) "
                           "WHERE deleted = 0 AND state <> 'closed'"),
        }});
    // A survivor's timeline shows the events of the duplicates merged into it.
    list.append({4, QStringLiteral("index of merged duplicates"),
        {
            QStringLiteral(
                "CREATE INDEX tickets_merged ON tickets(merged_into_id) WHERE merged_into_id IS NOT NULL"),
        }});
    // Files attached while offline wait here (their content already in the profile's
    // attachment cache) until a sync cycle uploads them; the upload creates the records.
    list.append({5, QStringLiteral("attachments waiting for upload"),
        {
            QStringLiteral("CREATE TABLE pending_uploads (attachment_id TEXT PRIMARY KEY, ticket_id TEXT NOT NULL, "
                           "name TEXT NOT NULL, mime_type TEXT NOT NULL, size INTEGER NOT NULL, "
                           "blob_path TEXT NOT NULL, created_at INTEGER NOT NULL, author_id TEXT, "
                           "last_error TEXT, refused INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX pending_uploads_ticket ON pending_uploads(ticket_id)"),
        }});
    // A caller gives the last four digits of the mobile ("尾号"): an index on them, by
    // name, so namesakes come in the order the list shows.
    list.append({6, QStringLiteral("index of the last four digits of mobile numbers"),
        {
            QStringLiteral("CREATE INDEX customers_mobile_tail ON customers(substr(mobile, -4), name, id)"),
        }});
    return list;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}
} // namespace

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> list = buildMigrations();
    return list;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

bool Migrations::apply(Database &db, QString *error)
{
    return applyUpTo(db, latestVersion(), error);
}

bool Migrations::applyUpTo(Database &db, int targetVersion, QString *error)
{
    const int current = db.schemaVersion();
    if (current < 0) {
        setError(error,
            QCoreApplication::translate("Migrations", "Cannot read the schema version of %1.")
                .arg(db.filePath()));
        return false;
    }
    if (current > latestVersion()) {
        setError(error,
            QCoreApplication::translate("Migrations",
                "The local cache %1 has schema version %2, newer than this "
                "AgentDesk supports (%3). Update AgentDesk or choose another "
                "profile.")
                .arg(db.filePath())
                .arg(current)
                .arg(latestVersion()));
        return false;
    }
    for (const Migration &m : all()) {
        if (m.version <= current || m.version > targetVersion)
            continue;
        QString why;
        if (!db.beginTransaction(&why)) {
            setError(error,
                QCoreApplication::translate("Migrations", "Migration %1 (%2) failed: %3")
                    .arg(m.version)
                    .arg(m.description, why));
            return false;
        }
        bool ok = true;
        for (const QString &sql : m.statements) {
            QSqlQuery q(db.connection());
            if (!q.exec(sql)) {
                why = q.lastError().text();
                ok = false;
                break;
            }
        }
        ok = ok && db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version), &why);
        ok = ok && db.commitTransaction(&why);
        if (!ok) {
            db.rollbackTransaction();
            setError(error,
                QCoreApplication::translate("Migrations", "Migration %1 (%2) failed: %3")
                    .arg(m.version)
                    .arg(m.description, why));
            return false;
        }
    }
    return true;
}
