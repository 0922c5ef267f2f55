#pragma once

#include "server/databasesettings.h"

#include <QString>
#include <QStringList>

// The few places where SQLite and PostgreSQL SQL differ. Everything else the server
// writes is portable SQL: TEXT, BIGINT, INTEGER 0/1 for booleans, milliseconds since
// the epoch for times, JSON as TEXT, RETURNING for generated keys.
class SqlDialect
{
public:
    explicit SqlDialect(DatabaseSettings::Backend backend) : m_backend(backend) { }

    // A generated 64-bit integer primary key column definition.
    QString autoIncrementKey() const;
    // Starts a transaction that will write. SQLite takes the write lock up front so two
    // connections never deadlock upgrading a read lock.
    QString beginWrite() const;
    // Serialises concurrent migrations of several instances starting together; empty on
    // SQLite where beginWrite() already does.
    QString migrationLock() const;
    // Statements making a table refuse UPDATE and DELETE (the audit log).
    QStringList appendOnlyGuard(const QString &table) const;
    // The text value of a top-level key of a JSON TEXT column, as an expression that
    // can be indexed (the query must use the very same expression to use the index).
    // `key` is a constant of the caller's, never user input.
    QString jsonText(const QString &column, const QString &key) const;

private:
    DatabaseSettings::Backend m_backend;
};
