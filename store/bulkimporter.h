#pragma once

#include "core/wirecodec.h"

#include <QString>

#include <array>
#include <vector>

class Database;
struct sqlite3_stmt;

// Fast loading of many records (the seed tool, a full resync): plain INSERTs through
// statements prepared once, a transaction per batch, no outbox and no per-row signals —
// ChangeNotifier::reset() is emitted once after commit(). An existing id is an error.
//
//   BulkImporter importer(db);
//   importer.begin();
//   for (…) importer.add(ticket);
//   if (!importer.commit(&error)) …
//
// add() after a failure does nothing; commit() reports the first error. Rows of batches
// already committed stay (the seed tool writes a fresh profile).
//
// Every index of the entity tables is dropped by begin() and rebuilt, sorted, by commit():
// random UUID keys inserted one by one would rewrite most of each large B-tree at every
// batch commit. The index definitions are kept in sync_state (key bulk_import_indexes) in
// the same transaction as the drop, so a crash mid-import is healed by the next
// Database::open(). Other connections reading during an import see no indexes (slow, not
// wrong). A duplicate id is therefore found at commit(): the later copies are removed so
// the cache stays consistent, and commit() fails saying how many there were.
class BulkImporter
{
public:
    explicit BulkImporter(Database &db);
    ~BulkImporter();
    BulkImporter(const BulkImporter &) = delete;
    BulkImporter &operator=(const BulkImporter &) = delete;

    bool begin(QString *error = nullptr);
    void add(const Customer &value);
    void add(const Account &value);
    void add(const Holding &value);
    void add(const Trade &value);
    void add(const RiskAlert &value);
    void add(const Interaction &value);
    void add(const Ticket &value);
    void add(const TicketEvent &value);
    void add(const Attachment &value);
    void add(const Article &value);
    void add(const ArticleCategory &value);
    void add(const ArticleRevision &value);
    void add(const CaseStudy &value);
    void add(const CaseComment &value);
    void add(const CannedReply &value);
    void add(const User &value);
    void add(const Team &value);
    void add(const AuditEntry &value);
    bool commit(QString *error = nullptr);

    // Drops the entity tables' indexes, keeping their definitions in sync_state, inside the
    // caller's transaction. The first pull of a profile keeps the unique indexes on id: its
    // upserts need them (a record may come twice), and only the others are rebuilt.
    enum class KeepIds { No, Yes };
    static bool dropIndexes(Database &db, KeepIds keepIds, QString *error = nullptr);
    // Recreates indexes left dropped by an interrupted import (Database::open calls it),
    // first removing later copies of duplicated ids. False only when SQL fails.
    static bool rebuildIndexes(Database &db, QString *error = nullptr, qint64 *duplicatesDropped = nullptr);

    void setBatchSize(int rows) { m_batchSize = rows > 0 ? rows : 1; }
    qint64 rowsAdded() const { return m_rows; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    void addJson(EntityType type, const QJsonObject &json);
    template<typename T, typename Bind> void addDirect(EntityType type, const T &value, Bind bind);
    sqlite3_stmt *statement(EntityType type);
    // Steps the bound statement; false (and the error kept) on failure.
    bool step(EntityType type, sqlite3_stmt *stmt);
    bool execRaw(const char *sql);
    void finalizeAll();

    Database &m_db;
    std::array<sqlite3_stmt *, 18> m_statements {};
    std::array<std::vector<int>, 18> m_positions; // RowBinder's column positions per type
    bool m_active = false;
    int m_batchSize = 50000;
    int m_inBatch = 0;
    qint64 m_rows = 0;
    QString m_error;
};
