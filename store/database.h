#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

struct sqlite3;
class ChangeNotifier;

// One SQLite file per profile (<profileDir>/agentdesk.sqlite). Each Database object owns
// its own QtSql connection, so a worker thread (the sync engine) opens its own Database on
// the same profile; a connection must only be used on the thread that opened it.
class Database
{
public:
    explicit Database(const QString &profileDir);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static QString fileName() { return QStringLiteral("agentdesk.sqlite"); }

    // Creates the directory, opens the file, sets the pragmas and applies pending
    // migrations. False with a message in *error when anything fails; a file written by a
    // newer AgentDesk is refused rather than touched.
    bool open(QString *error = nullptr);
    // Opens without migrating (tests of the migration path, diagnostics).
    bool openWithoutMigrating(QString *error = nullptr);
    void close();
    bool isOpen() const;

    QString profileDir() const { return m_profileDir; }
    QString filePath() const;
    QSqlDatabase connection() const;
    // The driver's sqlite3 handle, for registering the FTS5 tokenizer.
    sqlite3 *rawHandle() const;
    // Current PRAGMA user_version.
    int schemaVersion() const;

    // One notifier per Database; repositories emit on it after their transaction commits.
    ChangeNotifier *notifier() const { return m_notifier.get(); }

    // Transactions nest: the outermost is BEGIN IMMEDIATE (so a second connection waits on
    // busy_timeout instead of failing on a lock upgrade), inner ones are savepoints. Change
    // notifications queued inside are emitted after the outermost commit and dropped on
    // rollback. Prefer the RAII class Transaction.
    bool beginTransaction(QString *error = nullptr);
    bool commitTransaction(QString *error = nullptr);
    void rollbackTransaction();
    int transactionDepth() const { return m_depth; }

    // Queue a change notification (entity wire name, ids); emitted after commit, or at
    // once when no transaction is open.
    void notifyChanged(const QString &entity, const QStringList &ids);
    void notifyOutboxChanged();

    // Runs one statement without results; false with the driver's message otherwise.
    bool exec(const QString &sql, QString *error = nullptr);
    // A query prepared once per connection and reused (the hot paths: upserts, gets).
    // Bind with addBindValue() after the call; call finish() when done reading.
    // nullptr (with the message in *error) when the SQL does not prepare.
    QSqlQuery *cachedQuery(const QString &sql, QString *error = nullptr);

private:
    bool openConnection(QString *error);
    void flushNotifications();

    QString m_profileDir;
    QString m_connectionName;
    std::unique_ptr<ChangeNotifier> m_notifier;
    int m_depth = 0;
    struct Pending
    {
        QString entity;
        QStringList ids;
    };
    QList<Pending> m_pending;
    QList<qsizetype> m_pendingMarks; // m_pending size at each savepoint
    QHash<QString, QSqlQuery *> m_cache;
    bool m_outboxDirty = false;
};
