#include "store/customerrepository.h"

#include "store/database.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

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

QHash<QString, QString> CustomerRepository::namesByIds(const QStringList &ids, QString *error) const
{
    QHash<QString, QString> names;
    if (ids.isEmpty())
        return names;
    QStringList marks;
    marks.fill(QStringLiteral("?"), ids.size());
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, name FROM customers WHERE id IN (%1)").arg(marks.join(u',')));
    for (const QString &id : ids)
        query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return names;
    }
    while (query.next())
        names.insert(query.value(0).toString(), query.value(1).toString());
    return names;
}

QList<Customer> CustomerRepository::lookup(const CustomerLookup &lookup, int limit, QString *error) const
{
    const QString v = lookup.value();
    switch (lookup.kind()) {
    case CustomerLookup::Kind::Mobile:
        return select(
            QStringLiteral("WHERE mobile = ? AND deleted = 0 ORDER BY name, id LIMIT ?"), {v, limit}, error);
    case CustomerLookup::Kind::MobileTail:
        // In the index's own order after the tail: no sort step.
        return select(
            QStringLiteral("WHERE substr(mobile, -4) = ? AND deleted = 0 ORDER BY name, id LIMIT ?"),
            {v, limit}, error);
    case CustomerLookup::Kind::IdNumber:
        return select(QStringLiteral("WHERE id_number = ? AND deleted = 0 ORDER BY name, id LIMIT ?"),
            {v, limit}, error);
    case CustomerLookup::Kind::Name:
        return select(
            QStringLiteral("WHERE name >= ? AND name < ? AND deleted = 0 ORDER BY name, id LIMIT ?"),
            {v, prefixUpperBound(v), limit}, error);
    case CustomerLookup::Kind::Pinyin: {
        // Two index ranges, each cut at the limit, rather than one UNION that would sort
        // every 张 and 赵 of a million customers for "z".
        QList<Customer> found = select(
            QStringLiteral("WHERE initials >= ? AND initials < ? AND deleted = 0 ORDER BY initials LIMIT ?"),
            {v, prefixUpperBound(v), limit}, error);
        const QList<Customer> byPinyin = select(
            QStringLiteral("WHERE pinyin >= ? AND pinyin < ? AND deleted = 0 ORDER BY pinyin LIMIT ?"),
            {v, prefixUpperBound(v), limit}, error);
        QSet<QString> seen;
        for (const Customer &c : std::as_const(found))
            seen.insert(c.id);
        for (const Customer &c : byPinyin)
            if (found.size() < limit && !seen.contains(c.id))
                found.append(c);
        return found;
    }
    case CustomerLookup::Kind::Number: {
        QList<Customer> found
            = select(QStringLiteral("WHERE customer_no >= ? AND customer_no < ? AND deleted = 0 "
                                    "ORDER BY customer_no LIMIT ?"),
                {v, prefixUpperBound(v), limit}, error);
        // An account number, or the number of an identity document other than the
        // resident ID (passport, HK/Macau or Taiwan permit).
        QList<Customer> more = findByIdNumber(v, error);
        if (const std::optional<Customer> holder = findByAccountNumber(v, error))
            more.prepend(*holder);
        for (const Customer &c : std::as_const(more))
            if (found.size() < limit && std::none_of(found.cbegin(), found.cend(), [&](const Customer &f) {
                    return f.id == c.id;
                }))
                found.append(c);
        return found;
    }
    case CustomerLookup::Kind::Empty:
    case CustomerLookup::Kind::Unrecognised:
        break;
    }
    return {};
}

QHash<QString, int> CustomerRepository::openTicketCounts(const QStringList &ids, QString *error) const
{
    QHash<QString, int> counts;
    if (ids.isEmpty())
        return counts;
    QStringList marks;
    marks.fill(QStringLiteral("?"), ids.size());
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT customer_id, count(*) FROM tickets WHERE customer_id IN (%1) "
                       "AND deleted = 0 AND state <> 'closed' AND coalesce(merged_into_id, '') = '' "
                       "GROUP BY customer_id")
            .arg(marks.join(u',')));
    for (const QString &id : ids)
        query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return counts;
    }
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}
