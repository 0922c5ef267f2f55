#include "store/attachmentrepository.h"

QList<Attachment> AttachmentRepository::forTicket(const QString &ticketId, QString *error) const
{
    return select(QStringLiteral("WHERE ticket_id = ? AND deleted = 0 ORDER BY name, id"), {ticketId}, error);
}
