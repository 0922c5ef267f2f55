#pragma once

#include "server/databasesettings.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

// Connections to the server database. QSqlDatabase handles belong to the thread that
// opened them, so every worker thread of the HTTP pool opens and keeps its own; they
// are closed when the thread ends. All failures throw DbError.
class DbConnection
{
public:
    // The calling thread's connection, opened (and for SQLite configured: WAL, foreign
    // keys, busy timeout) on first use.
    static QSqlDatabase forThread(const DatabaseSettings &settings);

    // Closes the calling thread's connections, so the next forThread() reconnects: after
    // a database error the connection may be broken (PostgreSQL restarted, network cut).
    static void discardForThread();

    // Prepares and runs one statement with positional (?) values.
    static QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
};
