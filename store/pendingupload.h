#pragma once

#include <QDateTime>
#include <QString>

// A file attached to a ticket on this workstation, waiting to be uploaded.
struct PendingUpload
{
    QString attachmentId; // made here; the server keeps it, so a retried upload is safe
    QString ticketId;
    QString name;
    QString mimeType;
    qint64 size = 0;
    QString blobPath; // relative to the profile (attachments/ab/ab12…)
    QDateTime createdAt;
    QString authorId;
    QString lastError;
    bool refused = false; // the server refused it (type, size): kept and shown, never retried
};
