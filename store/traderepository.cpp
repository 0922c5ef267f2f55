#include "store/traderepository.h"

QList<Trade> TradeRepository::forCustomer(const QString &customerId, int limit, QString *error) const
{
    return select(
        QStringLiteral("WHERE customer_id = ? AND deleted = 0 ORDER BY traded_at DESC, id DESC LIMIT ?"),
        {customerId, limit}, error);
}

QList<Trade> TradeRepository::forAccount(const QString &accountId, int limit, QString *error) const
{
    return select(
        QStringLiteral("WHERE account_id = ? AND deleted = 0 ORDER BY traded_at DESC, id DESC LIMIT ?"),
        {accountId, limit}, error);
}
