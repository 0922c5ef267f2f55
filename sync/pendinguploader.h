#pragma once

#include "sync/resterror.h"

#include <QCoreApplication>

class Database;
class RestClient;

// One step of a sync cycle, after the push: uploads the files attached offline
// (PendingUploads), oldest first, each with the attachment id made when it was attached,
// so a retry after a lost answer does not upload it twice. The server creates the
// attachment and its event; the pull that follows brings them into the cache.
// A network failure ends the step (the files wait for the next cycle); a refusal (type,
// size, a ticket the user may not write to) marks that file refused and goes on.
class PendingUploader
{
    Q_DECLARE_TR_FUNCTIONS(PendingUploader)

public:
    PendingUploader(Database &db, RestClient *client);

    // False with *error when the cycle should stop; uploaded counts the files sent.
    bool run(int *uploaded, RestError *error);

private:
    Database &m_db;
    RestClient *m_client;
};
