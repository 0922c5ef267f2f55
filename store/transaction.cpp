#include "store/transaction.h"

#include "store/database.h"

Transaction::Transaction(Database &db) : m_db(db) { }

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::begin(QString *error)
{
    if (m_active)
        return true;
    m_active = m_db.beginTransaction(error);
    return m_active;
}

bool Transaction::commit(QString *error)
{
    if (!m_active) {
        if (error)
            *error = QStringLiteral("commit without an active transaction");
        return false;
    }
    if (!m_db.commitTransaction(error)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_db.rollbackTransaction();
}
