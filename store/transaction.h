#pragma once

#include <QString>

class Database;

// Scoped transaction: rolled back on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN failed (the message is in *error); the destructor then does nothing.
    bool begin(QString *error = nullptr);
    bool commit(QString *error = nullptr);
    void rollback();
    bool isActive() const { return m_active; }

private:
    Database &m_db;
    bool m_active = false;
};
