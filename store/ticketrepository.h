#pragma once

#include "core/ticket.h"
#include "store/keysetcursor.h"
#include "store/repository.h"
#include "store/ticketquery.h"

// Tickets: lookups, and keyset pages for the queues (DESIGN.md §6) — filtering and sorting
// in SQL on indexed columns, the next page starting after (sort value, id) of the last row.
class TicketRepository : public Repository<Ticket>
{
public:
    explicit TicketRepository(Database &db) : Repository<Ticket>(db) { }

    std::optional<Ticket> findByNumber(const QString &number, QString *error = nullptr) const;
    // The duplicates merged into this ticket, oldest first.
    QList<Ticket> mergedInto(const QString &survivorId, QString *error = nullptr) const;
    // The tickets under this incident, newest first.
    QList<Ticket> children(const QString &parentId, QString *error = nullptr) const;
    // Newest first.
    QList<Ticket> forCustomer(const QString &customerId, QString *error = nullptr) const;

    // Up to `limit` tickets matching the query, after the cursor in the query's order.
    QList<Ticket> page(const TicketQuery &query, const std::optional<KeysetCursor> &after, int limit,
        QString *error = nullptr) const;
    // Up to `limit` tickets from position `offset` of the query's order. SQLite steps over
    // the rows before it: for jumping into the middle of a long list, where no neighbouring
    // page gives a cursor.
    QList<Ticket> pageAt(const TicketQuery &query, qint64 offset, int limit, QString *error = nullptr) const;
    // The ids only, for models that keep a window of ids and load rows on demand.
    QList<QString> pageIds(const TicketQuery &query, const std::optional<KeysetCursor> &after, int limit,
        QString *error = nullptr) const;
    qint64 count(const TicketQuery &query, QString *error = nullptr) const;
    // At most cap: for counts shown as "10,000+".
    qint64 countUpTo(const TicketQuery &query, qint64 cap, QString *error = nullptr) const;
    using RepositoryBase::count;

    // The cursor that continues after this ticket in the given order.
    static KeysetCursor cursorFor(const Ticket &ticket, TicketQuery::Sort sort);
    // The states in which a ticket is still open (everything but Closed).
    static QList<TicketState> openStates();

private:
    struct Where
    {
        QString sql;
        QVariantList binds;
    };
    static Where where(const TicketQuery &query);
    // Every state but Closed (in any order, repeats allowed).
    static bool isOpenStates(const QList<TicketState> &states);
    static QString sortExpression(TicketQuery::Sort sort);
    QString pageTail(const TicketQuery &query, const std::optional<KeysetCursor> &after, int limit,
        QVariantList &binds) const;
};
