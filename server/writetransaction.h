#pragma once

#include "server/databasesettings.h"

#include <QSqlDatabase>

// One write transaction, rolled back unless commit() is reached (an exception on
// the way out of a handler undoes everything it wrote).
class WriteTransaction
{
public:
    WriteTransaction(const QSqlDatabase &db, DatabaseSettings::Backend backend);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};
