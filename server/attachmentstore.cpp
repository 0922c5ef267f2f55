#include "server/attachmentstore.h"

#include "server/dbconnection.h"
#include "server/dberror.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>

std::optional<AttachmentStore::BlobInfo> AttachmentStore::blob(const QSqlDatabase &db, const QString &sha256)
{
    QSqlQuery query = DbConnection::exec(db,
        QStringLiteral("SELECT size, chunk_bytes, chunk_count FROM attachment_blobs WHERE sha256 = ?"),
        {sha256});
    if (!query.next())
        return std::nullopt;
    BlobInfo info;
    info.size = query.value(0).toLongLong();
    info.chunkBytes = query.value(1).toInt();
    info.chunkCount = query.value(2).toInt();
    return info;
}

bool AttachmentStore::store(const QSqlDatabase &db, const QString &sha256, const QByteArray &content)
{
    if (blob(db, sha256))
        return false;
    // ON CONFLICT DO NOTHING (SQLite ≥ 3.24, PostgreSQL): on PostgreSQL a second
    // instance storing the same content waits for the first one's commit, then skips.
    const QString insertChunk = QStringLiteral(
        "INSERT INTO attachment_chunks (sha256, chunk_no, bytes) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
    int count = 0;
    for (qsizetype offset = 0; offset < content.size(); offset += ChunkBytes, ++count) {
        // A deep copy: the content may be raw data borrowed from the HTTP layer.
        const QByteArray piece(
            content.constData() + offset, qMin<qsizetype>(ChunkBytes, content.size() - offset));
        DbConnection::exec(db, insertChunk, {sha256, count, piece});
    }
    QSqlQuery inserted = DbConnection::exec(db,
        QStringLiteral("INSERT INTO attachment_blobs (sha256, size, chunk_bytes, chunk_count, created_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
        {sha256, qint64(content.size()), ChunkBytes, count, QDateTime::currentMSecsSinceEpoch()});
    return inserted.numRowsAffected() > 0;
}

QByteArray AttachmentStore::chunk(const QSqlDatabase &db, const QString &sha256, int chunkNo)
{
    QSqlQuery query = DbConnection::exec(db,
        QStringLiteral("SELECT bytes FROM attachment_chunks WHERE sha256 = ? AND chunk_no = ?"),
        {sha256, chunkNo});
    if (!query.next())
        throw DbError(QStringLiteral("attachment chunk %1 of a stored blob is missing").arg(chunkNo));
    return query.value(0).toByteArray();
}

QString AttachmentStore::digest(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

bool AttachmentStore::isDigest(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}
