#include "store/interactionrepository.h"

QList<Interaction> InteractionRepository::forCustomer(
    const QString &customerId, int limit, QString *error) const
{
    return select(
        QStringLiteral("WHERE customer_id = ? AND deleted = 0 ORDER BY started_at DESC, id DESC LIMIT ?"),
        {customerId, limit}, error);
}

QList<Interaction> InteractionRepository::forTicket(const QString &ticketId, QString *error) const
{
    return select(
        QStringLiteral("WHERE ticket_id = ? AND deleted = 0 ORDER BY started_at, id"), {ticketId}, error);
}
