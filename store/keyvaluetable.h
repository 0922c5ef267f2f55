#pragma once

#include <QString>
#include <QVariant>

class Database;

// A key/value table (sync_state, profile). Values are text; writes join the caller's
// transaction when one is open.
class KeyValueTable
{
public:
    KeyValueTable(Database &db, const QString &table);

    QString value(const QString &key, const QString &fallback = {}) const;
    bool contains(const QString &key) const;
    bool setValue(const QString &key, const QString &value, QString *error = nullptr);
    bool remove(const QString &key, QString *error = nullptr);

private:
    Database &m_db;
    QString m_table; // one of the two fixed names, never user input
};
