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

QList<TicketEvent> TicketEventRepository::repliesForTickets(
    const QStringList &ticketIds, int limit, QString *error) const
{
    if (ticketIds.isEmpty())
        return {};
    QStringList marks;
    marks.fill(QStringLiteral("?"), ticketIds.size());
    QVariantList binds(ticketIds.cbegin(), ticketIds.cend());
    binds.append(enumKey(EventKind::Reply));
    binds.append(limit);
    return select(QStringLiteral("WHERE ticket_id IN (%1) AND kind = ? AND deleted = 0 "
                                 "ORDER BY created_at DESC, id DESC LIMIT ?")
                      .arg(marks.join(u',')),
        binds, error);
}
