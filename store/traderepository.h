#pragma once

#include "core/trade.h"
#include "store/repository.h"

class TradeRepository : public Repository<Trade>
{
public:
    explicit TradeRepository(Database &db) : Repository<Trade>(db) { }

    // Newest first.
    QList<Trade> forCustomer(const QString &customerId, int limit, QString *error = nullptr) const;
    QList<Trade> forAccount(const QString &accountId, int limit, QString *error = nullptr) const;
};
