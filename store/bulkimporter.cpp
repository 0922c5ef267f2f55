#include "store/bulkimporter.h"

#include "store/changenotifier.h"
#include "store/database.h"
#include "store/rowbinder.h"
#include "store/tablespec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <sqlite3.h>

namespace {
const char *const kRestoreCache = "PRAGMA cache_size = -65536";
const char *const kMarker = "bulk_import_indexes";

bool exec(sqlite3 *db, const QString &sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return false;
    }
    return true;
}

// Rows of a one-column query as text.
QStringList column(sqlite3 *db, const QString &sql)
{
    QStringList out;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK)
        while (sqlite3_step(stmt) == SQLITE_ROW)
            out.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
    sqlite3_finalize(stmt);
    return out;
}

QString entityTablesList()
{
    QStringList names;
    for (int i = 0; i <= int(EntityType::AuditEntry); ++i)
        names.append(
            QLatin1Char('\'') + TableSpec::of(static_cast<EntityType>(i)).table() + QLatin1Char('\''));
    return names.join(QLatin1Char(','));
}

QStringList storedIndexes(sqlite3 *db)
{
    const QStringList v = column(
        db, QStringLiteral("SELECT value FROM sync_state WHERE key = '%1'").arg(QLatin1String(kMarker)));
    if (v.isEmpty())
        return {};
    QStringList out;
    for (const QJsonValue &sql : QJsonDocument::fromJson(v.first().toUtf8()).array())
        out.append(sql.toString());
    return out;
}
} // namespace

bool BulkImporter::dropIndexes(Database &database, KeepIds keepIds, QString *error)
{
    sqlite3 *db = database.rawHandle();
    QStringList sqls = storedIndexes(db); // left by an interrupted import
    QStringList names;
    for (const QString &name : column(db,
             QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                            "sql IS NOT NULL AND tbl_name IN (%1)")
                 .arg(entityTablesList()))) {
        const QStringList sql
            = column(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'").arg(name));
        if (sql.isEmpty() || (keepIds == KeepIds::Yes && sql.first().endsWith(QLatin1String("(id)"))))
            continue;
        names.append(name);
        if (!sqls.contains(sql.first()))
            sqls.append(sql.first());
    }
    const QByteArray json = QJsonDocument(QJsonArray::fromStringList(sqls)).toJson(QJsonDocument::Compact);
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db,
            "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
            "excluded.value",
            -1, &stmt, nullptr)
        != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        return false;
    }
    sqlite3_bind_text(stmt, 1, kMarker, -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 2, json.constData(), int(json.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    for (const QString &name : names)
        if (!exec(db, QStringLiteral("DROP INDEX \"%1\"").arg(name), error))
            return false;
    return true;
}

bool BulkImporter::rebuildIndexes(Database &database, QString *error, qint64 *duplicatesDropped)
{
    sqlite3 *db = database.rawHandle();
    const QStringList sqls = storedIndexes(db);
    if (sqls.isEmpty())
        return true;
    QString why;
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &why)) {
        if (error)
            *error = why;
        return false;
    }
    // Keep the first copy of a duplicated id so the unique indexes can be built again.
    qint64 duplicates = 0;
    for (int i = 0; i <= int(EntityType::AuditEntry); ++i) {
        const QString table = TableSpec::of(static_cast<EntityType>(i)).table();
        const QString sql
            = QStringLiteral("DELETE FROM %1 WHERE rowid NOT IN (SELECT MIN(rowid) FROM %1 GROUP BY id)")
                  .arg(table);
        if (!exec(db, sql, &why))
            break;
        duplicates += sqlite3_changes64(db);
    }
    bool ok = why.isEmpty();
    for (QString sql : sqls) {
        if (!ok)
            break;
        sql.replace(QRegularExpression(QStringLiteral("^CREATE (UNIQUE )?INDEX ")),
            QStringLiteral("CREATE \\1INDEX IF NOT EXISTS "));
        ok = exec(db, sql, &why);
    }
    ok = ok
        && exec(
            db, QStringLiteral("DELETE FROM sync_state WHERE key = '%1'").arg(QLatin1String(kMarker)), &why);
    ok = ok && exec(db, QStringLiteral("COMMIT"), &why);
    if (!ok) {
        exec(db, QStringLiteral("ROLLBACK"), nullptr);
        if (error)
            *error = QStringLiteral("cannot rebuild the indexes after a bulk import: %1").arg(why);
        return false;
    }
    if (duplicatesDropped)
        *duplicatesDropped = duplicates;
    return true;
}

BulkImporter::BulkImporter(Database &db) : m_db(db) { }

BulkImporter::~BulkImporter()
{
    if (m_active) {
        execRaw("ROLLBACK");
        execRaw(kRestoreCache);
    }
    finalizeAll();
    if (m_db.rawHandle())
        rebuildIndexes(m_db);
}

void BulkImporter::finalizeAll()
{
    for (sqlite3_stmt *&s : m_statements) {
        sqlite3_finalize(s);
        s = nullptr;
    }
}

bool BulkImporter::execRaw(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db.rawHandle(), sql, nullptr, nullptr, &message) != SQLITE_OK) {
        if (m_error.isEmpty())
            m_error = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool BulkImporter::begin(QString *error)
{
    if (!m_db.rawHandle()) {
        m_error = QStringLiteral("the database is not open");
    } else if (m_db.transactionDepth() > 0) {
        m_error = QStringLiteral("a bulk import cannot run inside another transaction");
    } else if (execRaw("PRAGMA cache_size = -1048576") && execRaw("BEGIN IMMEDIATE")) {
        // A large page cache keeps the tables' right edges and the index rebuild's sort in
        // memory: up to 1 GiB while importing, then back.
        m_active = true;
        m_inBatch = 0;
        if (dropIndexes(m_db, KeepIds::No, &m_error))
            return true;
        execRaw("ROLLBACK");
        m_active = false;
    }
    if (error)
        *error = m_error;
    return false;
}

sqlite3_stmt *BulkImporter::statement(EntityType type)
{
    if (!m_active || !m_error.isEmpty())
        return nullptr;
    sqlite3_stmt *&stmt = m_statements.at(static_cast<size_t>(type));
    if (!stmt) {
        const QByteArray sql = TableSpec::of(type).insertSql().toUtf8();
        if (sqlite3_prepare_v3(
                m_db.rawHandle(), sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
            != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db.rawHandle()));
            return nullptr;
        }
    }
    return stmt;
}

bool BulkImporter::step(EntityType type, sqlite3_stmt *stmt)
{
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE) {
        m_error = QStringLiteral("%1: %2").arg(
            TableSpec::of(type).table(), QString::fromUtf8(sqlite3_errmsg(m_db.rawHandle())));
        return false;
    }
    ++m_rows;
    if (++m_inBatch >= m_batchSize) {
        m_inBatch = 0;
        if (!execRaw("COMMIT") || !execRaw("BEGIN IMMEDIATE")) {
            m_active = false;
            return false;
        }
    }
    return true;
}

void BulkImporter::addJson(EntityType type, const QJsonObject &json)
{
    sqlite3_stmt *stmt = statement(type);
    if (!stmt)
        return;
    const TableSpec &spec = TableSpec::of(type);
    const QStringList &columns = spec.columns();
    for (int i = 0; i < columns.size(); ++i) {
        const QJsonValue v = json.value(columns.at(i));
        const int p = i + 1;
        if (v.isNull() || v.isUndefined()) {
            sqlite3_bind_null(stmt, p);
            continue;
        }
        switch (spec.kind(i)) {
        case TableSpec::Kind::Text: {
            const QString text = v.toString();
            sqlite3_bind_text16(stmt, p, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
            break;
        }
        case TableSpec::Kind::Integer:
            sqlite3_bind_int64(stmt, p, v.toInteger());
            break;
        case TableSpec::Kind::Real:
            sqlite3_bind_double(stmt, p, v.toDouble());
            break;
        case TableSpec::Kind::Bool:
            sqlite3_bind_int(stmt, p, v.toBool() ? 1 : 0);
            break;
        case TableSpec::Kind::DateTime: {
            const QDateTime dt = WireCodec::dateTimeFromWire(v.toString());
            if (dt.isValid())
                sqlite3_bind_int64(stmt, p, dt.toMSecsSinceEpoch());
            else
                sqlite3_bind_null(stmt, p);
            break;
        }
        case TableSpec::Kind::Json: {
            const QByteArray text = v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                                : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
            sqlite3_bind_text(stmt, p, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            break;
        }
        }
    }
    step(type, stmt);
}

// The hot types (millions of rows) bind their fields directly: no JSON in between.
template<typename T, typename Bind> void BulkImporter::addDirect(EntityType type, const T &value, Bind bind)
{
    sqlite3_stmt *stmt = statement(type);
    if (!stmt)
        return;
    std::vector<int> &positions = m_positions.at(static_cast<size_t>(type));
    const bool first = positions.empty();
    RowBinder b(stmt, TableSpec::of(type), positions);
    b.common(value);
    bind(b, value);
    if (first && !b.complete()) {
        m_error = QStringLiteral("%1: the bulk binder does not match the wire schema")
                      .arg(TableSpec::of(type).table());
        return;
    }
    step(type, stmt);
}

void BulkImporter::add(const Customer &v)
{
    addDirect(EntityType::Customer, v, [](RowBinder &b, const Customer &c) {
        b.text("customer_no", c.customerNo);
        b.text("name", c.name);
        b.text("pinyin", c.pinyin);
        b.text("initials", c.initials);
        b.enumeration("id_type", c.idType);
        b.text("id_number", c.idNumber);
        b.text("mobile", c.mobile);
        b.text("email", c.email);
        b.text("branch", c.branch);
        b.text("account_manager", c.accountManager);
        b.enumeration("investor_type", c.investorType);
        b.enumeration("risk_class", c.riskClass);
        b.date("assessed_on", c.assessedOn);
        b.date("assessment_expires", c.assessmentExpires);
        b.integer("vip_level", c.vipLevel);
        b.enumeration("status", c.status);
        b.stringList("tags", c.tags);
    });
}

void BulkImporter::add(const Ticket &v)
{
    addDirect(EntityType::Ticket, v, [](RowBinder &b, const Ticket &t) {
        b.text("number", t.number);
        b.reference("customer_id", t.customerId);
        b.enumeration("kind", t.kind);
        b.enumeration("source", t.source);
        b.enumeration("category", t.category);
        b.text("subject", t.subject);
        b.text("description", t.description);
        b.enumeration("priority", t.priority);
        b.enumeration("state", t.state);
        b.reference("assignee_id", t.assigneeId);
        b.reference("team_id", t.teamId);
        b.dateTime("created_at", t.createdAt);
        b.dateTime("accept_due", t.acceptDue);
        b.dateTime("reply_due", t.replyDue);
        b.dateTime("external_due", t.externalDue);
        b.boolean("reply_due_extended", t.replyDueExtended);
        b.dateTime("first_response_at", t.firstResponseAt);
        b.dateTime("closed_at", t.closedAt);
        b.enumeration("resolution", t.resolution);
        b.enumeration("follow_up", t.followUp);
        b.enumeration("mediation_body", t.mediationBody);
        b.integer("satisfaction", t.satisfaction);
        b.reference("parent_id", t.parentId);
        b.reference("merged_into_id", t.mergedIntoId);
    });
}

void BulkImporter::add(const TicketEvent &v)
{
    if (v.ticketId.isEmpty()) {
        // The wire schema requires it; keep the importer as strict as the codec.
        if (m_error.isEmpty())
            m_error = QStringLiteral("ticket_event.ticket_id: must not be empty");
        return;
    }
    addDirect(EntityType::TicketEvent, v, [](RowBinder &b, const TicketEvent &e) {
        b.text("ticket_id", e.ticketId);
        b.enumeration("kind", e.kind);
        b.reference("author_id", e.authorId);
        b.dateTime("created_at", e.createdAt);
        b.text("body", e.body);
        b.enumeration("from_state", e.fromState);
        b.enumeration("to_state", e.toState);
        b.reference("assignee_id", e.assigneeId);
        b.reference("attachment_id", e.attachmentId);
        b.reference("article_id", e.articleId);
        b.integer("article_revision", e.articleRevision);
        b.reference("linked_ticket_id", e.linkedTicketId);
        b.object("extra", e.extra);
    });
}

bool BulkImporter::commit(QString *error)
{
    if (m_active && m_error.isEmpty()) {
        m_active = false;
        if (execRaw("COMMIT")) {
            finalizeAll();
            QString why;
            qint64 duplicates = 0;
            const bool rebuilt = rebuildIndexes(m_db, &why, &duplicates);
            execRaw(kRestoreCache);
            Q_EMIT m_db.notifier()->reset();
            if (rebuilt && duplicates == 0)
                return true;
            m_error = rebuilt
                ? QStringLiteral("the import held %1 duplicate ids; the later copies were dropped")
                      .arg(duplicates)
                : why;
            if (error)
                *error = m_error;
            return false;
        }
    }
    if (m_active) {
        m_active = false;
        execRaw("ROLLBACK");
    }
    finalizeAll();
    rebuildIndexes(m_db);
    execRaw(kRestoreCache);
    if (m_error.isEmpty())
        m_error = QStringLiteral("commit without begin");
    if (error)
        *error = m_error;
    return false;
}

// clang-format off
void BulkImporter::add(const Account &v) { addJson(EntityType::Account, WireCodec::encode(v)); }
void BulkImporter::add(const Holding &v) { addJson(EntityType::Holding, WireCodec::encode(v)); }
void BulkImporter::add(const Trade &v) { addJson(EntityType::Trade, WireCodec::encode(v)); }
void BulkImporter::add(const RiskAlert &v) { addJson(EntityType::RiskAlert, WireCodec::encode(v)); }
void BulkImporter::add(const Interaction &v) { addJson(EntityType::Interaction, WireCodec::encode(v)); }
void BulkImporter::add(const Attachment &v) { addJson(EntityType::Attachment, WireCodec::encode(v)); }
void BulkImporter::add(const Article &v) { addJson(EntityType::Article, WireCodec::encode(v)); }
void BulkImporter::add(const ArticleCategory &v) { addJson(EntityType::ArticleCategory, WireCodec::encode(v)); }
void BulkImporter::add(const ArticleRevision &v) { addJson(EntityType::ArticleRevision, WireCodec::encode(v)); }
void BulkImporter::add(const CaseStudy &v) { addJson(EntityType::CaseStudy, WireCodec::encode(v)); }
void BulkImporter::add(const CaseComment &v) { addJson(EntityType::CaseComment, WireCodec::encode(v)); }
void BulkImporter::add(const CannedReply &v) { addJson(EntityType::CannedReply, WireCodec::encode(v)); }
void BulkImporter::add(const User &v) { addJson(EntityType::User, WireCodec::encode(v)); }
void BulkImporter::add(const Team &v) { addJson(EntityType::Team, WireCodec::encode(v)); }
void BulkImporter::add(const AuditEntry &v) { addJson(EntityType::AuditEntry, WireCodec::encode(v)); }
// clang-format on
