#pragma once

#include "core/interaction.h"
#include "store/repository.h"

class InteractionRepository : public Repository<Interaction>
{
public:
    explicit InteractionRepository(Database &db) : Repository<Interaction>(db) { }

    // Newest first.
    QList<Interaction> forCustomer(const QString &customerId, int limit, QString *error = nullptr) const;
    QList<Interaction> forTicket(const QString &ticketId, QString *error = nullptr) const;
};
