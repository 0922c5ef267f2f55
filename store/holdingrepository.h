#pragma once

#include "core/holding.h"
#include "store/repository.h"

class HoldingRepository : public Repository<Holding>
{
public:
    explicit HoldingRepository(Database &db) : Repository<Holding>(db) { }

    QList<Holding> forCustomer(const QString &customerId, QString *error = nullptr) const;
    QList<Holding> forAccount(const QString &accountId, QString *error = nullptr) const;
};
