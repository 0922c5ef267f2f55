#pragma once

#include "core/customer.h"
#include "core/customerlookup.h"
#include "store/keysetcursor.h"
#include "store/repository.h"

#include <QHash>

// Customers: the lookups of a screen pop and the search box (DESIGN.md §6: ≤ 5 ms at 1M),
// each an index seek.
class CustomerRepository : public Repository<Customer>
{
public:
    explicit CustomerRepository(Database &db) : Repository<Customer>(db) { }

    QList<Customer> findByMobile(const QString &mobile, QString *error = nullptr) const;
    QList<Customer> findByIdNumber(const QString &idNumber, QString *error = nullptr) const;
    std::optional<Customer> findByCustomerNo(const QString &customerNo, QString *error = nullptr) const;
    // The holder of an account number (any account kind).
    std::optional<Customer> findByAccountNumber(const QString &accountNumber, QString *error = nullptr) const;

    // Prefix match on name, pinyin, initials (case-insensitive for Latin letters),
    // customer number and mobile; by name. Until the FTS index arrives this is the search box.
    QList<Customer> search(const QString &text, int limit, QString *error = nullptr) const;

    // The customers a classified search-box text names (CustomerLookup), each kind by
    // its own index, at most limit of them. Names, name prefixes and mobile tails come
    // by name; pinyin by pinyin, initials matches first; numbers by customer number,
    // then account holders.
    QList<Customer> lookup(const CustomerLookup &lookup, int limit, QString *error = nullptr) const;
    // customer id → number of open tickets, for the customers given (absent: none).
    QHash<QString, int> openTicketCounts(const QStringList &ids, QString *error = nullptr) const;

    // Every customer by name, keyset-paged.
    QList<Customer> page(const std::optional<KeysetCursor> &after, int limit, QString *error = nullptr) const;
    // id → full name (unmasked: the caller masks), for the customers of a page of tickets.
    QHash<QString, QString> namesByIds(const QStringList &ids, QString *error = nullptr) const;
    static KeysetCursor cursorFor(const Customer &customer) { return {customer.name, customer.id}; }
};
