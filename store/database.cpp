#include "store/database.h"

#include "store/bulkimporter.h"
#include "store/changenotifier.h"
#include "store/migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("agentdesk-store-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}
} // namespace

Database::Database(const QString &profileDir)
    : m_profileDir(profileDir)
    , m_connectionName(nextConnectionName())
    , m_notifier(std::make_unique<ChangeNotifier>())
{
}

Database::~Database()
{
    close();
}

QString Database::filePath() const
{
    return QDir(m_profileDir).filePath(fileName());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

bool Database::openConnection(QString *error)
{
    close();
    if (!QDir().mkpath(m_profileDir)) {
        setError(error,
            QCoreApplication::translate("Database", "Cannot create the profile folder %1.")
                .arg(QDir::toNativeSeparators(m_profileDir)));
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(filePath());
        if (!db.open()) {
            setError(error,
                QCoreApplication::translate("Database", "Cannot open the local cache %1: %2")
                    .arg(QDir::toNativeSeparators(filePath()), db.lastError().text()));
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
    }
    // journal_mode answers with a row; it also fails here when the file is not a database.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
        // 64 MiB of page cache (the default is 2 MiB): queue pages and counts over a
        // million tickets stay in memory; it only grows as pages are read.
        QStringLiteral("PRAGMA cache_size=-65536"),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery q(connection());
        if (!q.exec(pragma)) {
            setError(error,
                QCoreApplication::translate("Database", "Cannot open the local cache %1: %2")
                    .arg(QDir::toNativeSeparators(filePath()), q.lastError().text()));
            close();
            return false;
        }
        if (pragma.contains(QLatin1String("journal_mode")) && q.next()
            && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            setError(error,
                QCoreApplication::translate("Database", "The local cache %1 cannot use WAL mode.")
                    .arg(QDir::toNativeSeparators(filePath())));
            close();
            return false;
        }
    }
    return true;
}

bool Database::openWithoutMigrating(QString *error)
{
    return openConnection(error);
}

bool Database::open(QString *error)
{
    if (!openConnection(error))
        return false;
    if (!Migrations::apply(*this, error) || !BulkImporter::rebuildIndexes(*this, error)) {
        close();
        return false;
    }
    return true;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    qDeleteAll(m_cache);
    m_cache.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_depth = 0;
    m_pending.clear();
    m_pendingMarks.clear();
    m_outboxDirty = false;
}

sqlite3 *Database::rawHandle() const
{
    const QVariant v = connection().driver() ? connection().driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Database::exec(const QString &sql, QString *error)
{
    QSqlQuery q(connection());
    if (!q.exec(sql)) {
        setError(error, q.lastError().text());
        return false;
    }
    return true;
}

QSqlQuery *Database::cachedQuery(const QString &sql, QString *error)
{
    if (QSqlQuery *q = m_cache.value(sql)) {
        q->finish();
        return q;
    }
    auto q = std::make_unique<QSqlQuery>(connection());
    if (!q->prepare(sql)) {
        setError(error, q->lastError().text());
        return nullptr;
    }
    return *m_cache.insert(sql, q.release());
}

bool Database::beginTransaction(QString *error)
{
    const QString sql
        = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (!exec(sql, error))
        return false;
    m_pendingMarks.append(m_pending.size());
    ++m_depth;
    return true;
}

bool Database::commitTransaction(QString *error)
{
    if (m_depth == 0) {
        setError(error, QStringLiteral("commit without an open transaction"));
        return false;
    }
    const QString sql
        = m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_depth - 1);
    if (!exec(sql, error))
        return false; // the caller rolls back
    --m_depth;
    m_pendingMarks.removeLast();
    if (m_depth == 0)
        flushNotifications();
    return true;
}

void Database::rollbackTransaction()
{
    if (m_depth == 0)
        return;
    if (m_depth == 1) {
        exec(QStringLiteral("ROLLBACK"));
        m_pending.clear();
        m_outboxDirty = false;
    } else {
        const QString sp = QStringLiteral("sp%1").arg(m_depth - 1);
        exec(QStringLiteral("ROLLBACK TO ") + sp);
        exec(QStringLiteral("RELEASE ") + sp);
        m_pending.resize(m_pendingMarks.last());
    }
    --m_depth;
    m_pendingMarks.removeLast();
}

void Database::notifyChanged(const QString &entity, const QStringList &ids)
{
    m_pending.append({entity, ids});
    if (m_depth == 0)
        flushNotifications();
}

void Database::notifyOutboxChanged()
{
    m_outboxDirty = true;
    if (m_depth == 0)
        flushNotifications();
}

void Database::flushNotifications()
{
    // Merge per entity so a page of 500 changes gives one signal per type, not 500.
    QList<Pending> merged;
    for (const Pending &p : std::as_const(m_pending)) {
        auto it = std::find_if(
            merged.begin(), merged.end(), [&](const Pending &m) { return m.entity == p.entity; });
        if (it == merged.end())
            merged.append(p);
        else
            it->ids += p.ids;
    }
    m_pending.clear();
    const bool outbox = m_outboxDirty;
    m_outboxDirty = false;
    for (Pending &p : merged) {
        if (p.entity == QLatin1String("conflict")) {
            Q_EMIT m_notifier->conflictsChanged();
            continue;
        }
        p.ids.removeDuplicates();
        m_notifier->notify(p.entity, p.ids);
    }
    if (outbox) {
        QSqlQuery q(connection());
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'")) && q.next())
            Q_EMIT m_notifier->outboxChanged(q.value(0).toInt());
    }
}
