#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Attachment content in a profile, content-addressed:
//   <profile>/attachments/<first two hex digits>/<sha256>
// (Attachment::blobPath holds that path relative to the profile). Downloads land here
// (sync/AttachmentTransfer), and so do files attached offline before their upload.
class AttachmentCache
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentCache)

public:
    static QString blobPath(const QByteArray &sha256Hex);
    // The lower-case hex SHA-256 of a file, read in chunks; empty when it cannot be read.
    static QByteArray fileDigest(const QString &filePath);
    // Copies the file into the profile's cache (kept as is when the content is there
    // already); its digest and relative path on success.
    static bool store(const QString &profileDir, const QString &sourcePath, QByteArray *sha256Hex,
        QString *relativePath, QString *error);
};
