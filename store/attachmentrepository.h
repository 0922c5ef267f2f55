#pragma once

#include "core/attachment.h"
#include "store/repository.h"

class AttachmentRepository : public Repository<Attachment>
{
public:
    explicit AttachmentRepository(Database &db) : Repository<Attachment>(db) { }

    QList<Attachment> forTicket(const QString &ticketId, QString *error = nullptr) const;
};
