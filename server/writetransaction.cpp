#include "server/writetransaction.h"

#include "server/dbconnection.h"
#include "server/sqldialect.h"

#include <QSqlQuery>

WriteTransaction::WriteTransaction(const QSqlDatabase &db, DatabaseSettings::Backend backend) : m_db(db)
{
    DbConnection::exec(m_db, SqlDialect(backend).beginWrite());
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void WriteTransaction::commit()
{
    DbConnection::exec(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}
