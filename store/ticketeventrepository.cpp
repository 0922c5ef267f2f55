#include "store/ticketeventrepository.h"

QList<TicketEvent> TicketEventRepository::forTicket(const QString &ticketId, QString *error) const
{
    return select(
        QStringLiteral("WHERE ticket_id = ? AND deleted = 0 ORDER BY created_at, id"), {ticketId}, error);
}

qint64 TicketEventRepository::countForTicket(const QString &ticketId, QString *error) const
{
    return countWhere(QStringLiteral("WHERE ticket_id = ? AND deleted = 0"), {ticketId}, error);
}
