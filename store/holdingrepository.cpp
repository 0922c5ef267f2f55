#include "store/holdingrepository.h"

QList<Holding> HoldingRepository::forCustomer(const QString &customerId, QString *error) const
{
    return select(QStringLiteral("WHERE customer_id = ? AND deleted = 0 ORDER BY market_value_fen DESC, id"),
        {customerId}, error);
}

QList<Holding> HoldingRepository::forAccount(const QString &accountId, QString *error) const
{
    return select(QStringLiteral("WHERE account_id = ? AND deleted = 0 ORDER BY market_value_fen DESC, id"),
        {accountId}, error);
}
