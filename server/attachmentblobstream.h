#pragma once

#include "server/attachmentstore.h"
#include "server/databasesettings.h"
#include "server/httpbodystream.h"

#include <QString>

// The content of one stored blob as a streamed response body: each next() reads one
// chunk on the calling worker thread's own database connection.
class AttachmentBlobStream : public HttpBodyStream
{
public:
    AttachmentBlobStream(
        const DatabaseSettings &database, const QString &sha256, const AttachmentStore::BlobInfo &info);

    qint64 size() const override { return m_info.size; }
    QByteArray next() override;

private:
    DatabaseSettings m_database;
    QString m_sha256;
    AttachmentStore::BlobInfo m_info;
    int m_nextChunk = 0;
};
