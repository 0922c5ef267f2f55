#include "store/customerrepository.h"

#include "store/database.h"

QList<Customer> CustomerRepository::findByMobile(const QString &mobile, QString *error) const
{
    return select(QStringLiteral("WHERE mobile = ? AND deleted = 0 ORDER BY name, id"), {mobile}, error);
}

QList<Customer> CustomerRepository::findByIdNumber(const QString &idNumber, QString *error) const
{
    // People type the check character x in lower case.
    return select(
        QStringLiteral("WHERE id_number = ? AND deleted = 0 ORDER BY name, id"), {idNumber.toUpper()}, error);
}

std::optional<Customer> CustomerRepository::findByCustomerNo(const QString &customerNo, QString *error) const
{
    const QList<Customer> rows
        = select(QStringLiteral("WHERE customer_no = ? AND deleted = 0 LIMIT 1"), {customerNo}, error);
    return rows.isEmpty() ? std::nullopt : std::optional<Customer>(rows.first());
}

std::optional<Customer> CustomerRepository::findByAccountNumber(
    const QString &accountNumber, QString *error) const
{
    const QList<Customer> rows
        = select(QStringLiteral(
                     "WHERE id = (SELECT customer_id FROM accounts WHERE number = ? AND deleted = 0 LIMIT 1) "
                     "AND deleted = 0"),
            {accountNumber}, error);
    return rows.isEmpty() ? std::nullopt : std::optional<Customer>(rows.first());
}

QList<Customer> CustomerRepository::search(const QString &text, int limit, QString *error) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    // Ranges rather than LIKE so each branch is an index seek; pinyin and initials are
    // stored in lower case.
    const QString lower = t.toLower();
    return select(QStringLiteral("WHERE id IN ("
                                 "SELECT id FROM customers WHERE name >= ? AND name < ? UNION "
                                 "SELECT id FROM customers WHERE pinyin >= ? AND pinyin < ? UNION "
                                 "SELECT id FROM customers WHERE initials >= ? AND initials < ? UNION "
                                 "SELECT id FROM customers WHERE customer_no >= ? AND customer_no < ? UNION "
                                 "SELECT id FROM customers WHERE mobile >= ? AND mobile < ?) "
                                 "AND deleted = 0 ORDER BY name, id LIMIT ?"),
        {t, prefixUpperBound(t), lower, prefixUpperBound(lower), lower, prefixUpperBound(lower), t,
            prefixUpperBound(t), t, prefixUpperBound(t), limit},
        error);
}

QList<Customer> CustomerRepository::page(
    const std::optional<KeysetCursor> &after, int limit, QString *error) const
{
    if (!after)
        return select(QStringLiteral("WHERE deleted = 0 ORDER BY name, id LIMIT ?"), {limit}, error);
    return select(QStringLiteral("WHERE deleted = 0 AND (name, id) > (?, ?) ORDER BY name, id LIMIT ?"),
        {after->value, after->id, limit}, error);
}
