#pragma once

#include "sync/resterror.h"

#include <QObject>

class Database;
class RestClient;

// One step of a sync cycle, after the push: uploads the files attached offline
// (PendingUploads), oldest first, each with the attachment id made when it was attached,
// so a retry after a lost answer does not upload it twice. The server creates the
// attachment and its event; the pull that follows brings them into the cache.
// A network failure ends the step (the files wait for the next cycle; the pull still
// runs); a refusal (type, size, a ticket the user may not write to) marks that file
// refused and goes on; a ticket not on the server holds up only its own files.
class PendingUploader : public QObject
{
    Q_OBJECT

public:
    PendingUploader(Database &db, RestClient *client);

    // False only when the cache fails (*error says why); *error also carries the upload
    // failure that ended the step early. uploaded counts the files sent.
    bool run(int *uploaded, RestError *error);

Q_SIGNALS:
    // A pending upload was sent, refused or failed: the timelines showing it refresh.
    void changed(const QString &attachmentId);

private:
    Database &m_db;
    RestClient *m_client;
};
