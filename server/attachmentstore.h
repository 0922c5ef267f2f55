#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Attachment content in the database (migration 4): one attachment_blobs row per
// distinct content, keyed by its SHA-256 hex digest, and its bytes in attachment_chunks
// of ChunkBytes each. Blobs are immutable and shared by every attachment record naming
// the digest. Failures throw DbError.
class AttachmentStore
{
public:
    static constexpr int ChunkBytes = 256 * 1024;

    struct BlobInfo
    {
        qint64 size = 0;
        int chunkBytes = ChunkBytes;
        int chunkCount = 0;
    };

    // Whether the content is stored completely (its blob row exists).
    static std::optional<BlobInfo> blob(const QSqlDatabase &db, const QString &sha256);

    // Stores the content under its digest unless it is there already; inside the
    // caller's write transaction. Concurrent writers of the same content (another
    // instance on the same PostgreSQL) do not fail: the later one keeps the first copy.
    // Returns whether this call stored it (false: deduplicated).
    static bool store(const QSqlDatabase &db, const QString &sha256, const QByteArray &content);

    // One chunk's bytes (chunkNo from 0); throws DbError when it is missing.
    static QByteArray chunk(const QSqlDatabase &db, const QString &sha256, int chunkNo);

    // The lower-case hex SHA-256 of the content.
    static QString digest(const QByteArray &content);
    // Whether text is 64 hex digits (either case).
    static bool isDigest(const QString &text);
};
