#pragma once

#include "core/ticketevent.h"
#include "store/repository.h"

class TicketEventRepository : public Repository<TicketEvent>
{
public:
    explicit TicketEventRepository(Database &db) : Repository<TicketEvent>(db) { }

    // The ticket's history, oldest first.
    QList<TicketEvent> forTicket(const QString &ticketId, QString *error = nullptr) const;
    // The replies to the customer on these tickets, newest first, at most limit.
    QList<TicketEvent> repliesForTickets(const QStringList &ticketIds, int limit, QString *error = nullptr) const;
    qint64 countForTicket(const QString &ticketId, QString *error = nullptr) const;
};
