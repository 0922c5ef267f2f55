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
            Q_EMIT changed(u.attachmentId);
            continue;
        }
        if (failure.kind == RestError::None) {
            // Neither answer came (the thread is stopping): the file is left as it was.
            return true;
        }
        // The same file fails the same way again (type, size, a ticket the user may not
        // write to): kept, shown, not retried. Content damaged on the way is sent again.
        const int status = failure.httpStatus;
        const bool damaged = failure.code == QLatin1String("checksum_mismatch");
        const bool refused = !damaged
            && (failure.kind == RestError::Invalid || failure.kind == RestError::Forbidden
                || (status >= 400 && status < 500 && status != 401 && status != 404 && status != 408
                    && status != 429));
        uploads.markFailed(u.attachmentId, failure.message, refused);
        Q_EMIT changed(u.attachmentId);
        if (refused || status == 404)
            continue; // a ticket not (yet) on the server holds up only its own files
        // Offline, the server busy, the session expired: the files wait for the next cycle,
        // and the cycle goes on to pull.
        *error = failure;
        return true;
    }
    return true;
}
