#include "server/dbconnection.h"

#include "server/dberror.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>

#include <memory>

namespace {

QAtomicInteger<quint64> s_connectionCounter;

// Removes this thread's connections when the thread ends.
struct ThreadConnections
{
    QHash<QString, QString> names; // DatabaseSettings::describe() → connection name

    void clear()
    {
        for (const QString &name : std::as_const(names)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        names.clear();
    }
    ~ThreadConnections() { clear(); }
};

thread_local ThreadConnections t_connections;

QString errorText(const QSqlError &error)
{
    // databaseText may quote values of a failed statement; the native code and the
    // driver text are enough to diagnose without leaking data into logs.
    return error.nativeErrorCode().isEmpty()
        ? error.driverText()
        : error.driverText() + QStringLiteral(" [") + error.nativeErrorCode() + QLatin1Char(']');
}

void configureSqlite(const QSqlDatabase &db)
{
    for (const char *pragma :
        {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"})
        DbConnection::exec(db, QString::fromLatin1(pragma));
}

} // namespace

QSqlDatabase DbConnection::forThread(const DatabaseSettings &settings)
{
    const QString key = settings.describe();
    if (const auto it = t_connections.names.constFind(key); it != t_connections.names.cend()) {
        QSqlDatabase db = QSqlDatabase::database(*it, false);
        if (db.isOpen())
            return db;
        if (!db.open())
            throw DbError(QStringLiteral("cannot reopen the database: ") + errorText(db.lastError()));
        return db;
    }

    const QString name = QStringLiteral("agentdesk-server-%1").arg(++s_connectionCounter);
    const bool sqlite = settings.backend == DatabaseSettings::Backend::Sqlite;
    QSqlDatabase db
        = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    t_connections.names.insert(key, name);
    if (!db.isValid())
        throw DbError(
            QStringLiteral("the Qt SQL driver for %1 is not installed").arg(settings.backendName()));
    if (sqlite) {
        QDir().mkpath(QFileInfo(settings.sqlitePath).absolutePath());
        db.setDatabaseName(settings.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(settings.host);
        db.setPort(settings.port);
        db.setUserName(settings.user);
        if (!settings.password.isEmpty())
            db.setPassword(settings.password);
        db.setDatabaseName(settings.databaseName);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=agentdesk-server"));
    }
    if (!db.open())
        throw DbError(
            QStringLiteral("cannot open %1: %2").arg(settings.describe(), errorText(db.lastError())));
    if (sqlite)
        configureSqlite(db);
    else // libpq prints NOTICEs (CREATE … IF NOT EXISTS) on stderr otherwise
        exec(db, QStringLiteral("SET client_min_messages TO WARNING"));
    return db;
}

void DbConnection::discardForThread()
{
    t_connections.clear();
}

QSqlQuery DbConnection::exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // QPSQL prepares through SQL PREPARE, which refuses BEGIN, DDL and the like.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            throw DbError(QStringLiteral("a statement failed: ") + errorText(query.lastError()));
        return query;
    }
    if (!query.prepare(sql))
        throw DbError(QStringLiteral("cannot prepare a statement: ") + errorText(query.lastError()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw DbError(QStringLiteral("a statement failed: ") + errorText(query.lastError()));
    return query;
}
