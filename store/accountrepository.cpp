#include "store/accountrepository.h"

QList<Account> AccountRepository::forCustomer(const QString &customerId, QString *error) const
{
    return select(
        QStringLiteral("WHERE customer_id = ? AND deleted = 0 ORDER BY kind, number"), {customerId}, error);
}

std::optional<Account> AccountRepository::findByNumber(const QString &number, QString *error) const
{
    const QList<Account> rows
        = select(QStringLiteral("WHERE number = ? AND deleted = 0 LIMIT 1"), {number}, error);
    return rows.isEmpty() ? std::nullopt : std::optional<Account>(rows.first());
}
