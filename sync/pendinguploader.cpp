#include "sync/pendinguploader.h"

#include "store/database.h"
#include "store/pendinguploads.h"
#include "sync/attachmenttransfer.h"

#include <QDir>
#include <QEventLoop>

PendingUploader::PendingUploader(Database &db, RestClient *client) : m_db(db), m_client(client) { }

bool PendingUploader::run(int *uploaded, RestError *error)
{
    PendingUploads uploads(m_db);
    QString storeError;
    const QList<PendingUpload> waiting = uploads.waiting(&storeError);
    if (!storeError.isEmpty()) {
        *error = RestError::store(storeError);
        return false;
    }
    for (const PendingUpload &u : waiting) {
        AttachmentTransfer transfer(m_client);
        transfer.setProfileDir(m_db.profileDir());
        QEventLoop loop;
        bool done = false;
        RestError failure;
        QObject::connect(&transfer, &AttachmentTransfer::uploaded, &loop, [&] {
            done = true;
            loop.quit();
        });
        QObject::connect(&transfer, &AttachmentTransfer::failed, &loop, [&](const RestError &e) {
            failure = e;
            loop.quit();
        });
        if (!transfer.upload(
                u.ticketId, QDir(m_db.profileDir()).filePath(u.blobPath), u.attachmentId, u.mimeType, u.name))
            continue;
        loop.exec();
        if (done) {
            if (!uploads.remove(u.attachmentId, &storeError)) {
                *error = RestError::store(storeError);
                return false;
            }
            ++*uploaded;
            continue;
        }
        // The same file fails the same way again (type, size, a ticket the user may not
        // write to): kept, shown, not retried. Offline, the server busy or the ticket not
        // there yet: tried again next cycle.
        const int status = failure.httpStatus;
        const bool refused = failure.kind == RestError::Invalid || failure.kind == RestError::Forbidden
            || (status >= 400 && status < 500 && status != 401 && status != 404 && status != 408 && status != 429);
        uploads.markFailed(u.attachmentId, failure.message, refused);
        if (refused)
            continue;
        *error = failure;
        return false;
    }
    return true;
}
