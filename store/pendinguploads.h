#pragma once

#include "store/pendingupload.h"

#include <QList>

class Database;

// The files attached offline (PendingUpload), oldest first. The sync engine uploads them
// after pushing the outbox, so the ticket they belong to is on the server first.
class PendingUploads
{
public:
    explicit PendingUploads(Database &db);

    bool add(const PendingUpload &upload, QString *error = nullptr);
    // Not yet refused, oldest first.
    QList<PendingUpload> waiting(QString *error = nullptr) const;
    // Waiting or refused, of one ticket.
    QList<PendingUpload> forTicket(const QString &ticketId, QString *error = nullptr) const;
    bool remove(const QString &attachmentId, QString *error = nullptr);
    bool markFailed(const QString &attachmentId, const QString &message, bool refused, QString *error = nullptr);

private:
    QList<PendingUpload> select(const QString &tail, const QVariantList &binds, QString *error) const;

    Database &m_db;
};
