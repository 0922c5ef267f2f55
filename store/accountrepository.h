#pragma once

#include "core/account.h"
#include "store/repository.h"

class AccountRepository : public Repository<Account>
{
public:
    explicit AccountRepository(Database &db) : Repository<Account>(db) { }

    QList<Account> forCustomer(const QString &customerId, QString *error = nullptr) const;
    std::optional<Account> findByNumber(const QString &number, QString *error = nullptr) const;
};
