#include "server/attachmentblobstream.h"

#include "server/dbconnection.h"
#include "server/dberror.h"

AttachmentBlobStream::AttachmentBlobStream(
    const DatabaseSettings &database, const QString &sha256, const AttachmentStore::BlobInfo &info)
    : m_database(database), m_sha256(sha256), m_info(info)
{
}

QByteArray AttachmentBlobStream::next()
{
    if (m_nextChunk >= m_info.chunkCount)
        return {};
    try {
        return AttachmentStore::chunk(DbConnection::forThread(m_database), m_sha256, m_nextChunk++);
    } catch (const DbError &error) {
        // The transport closes the connection; the log is the only trace of why.
        qWarning("agentdesk-server: GET attachment: database error: %s", error.what());
        DbConnection::discardForThread();
        throw;
    }
}
