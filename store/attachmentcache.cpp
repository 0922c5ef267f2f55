#include "store/attachmentcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

QString AttachmentCache::blobPath(const QByteArray &sha256Hex)
{
    const QString hex = QString::fromLatin1(sha256Hex).toLower();
    return QStringLiteral("attachments/%1/%2").arg(hex.left(2), hex);
}

QByteArray AttachmentCache::fileDigest(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) // reads in chunks
        return {};
    return hash.result().toHex();
}

bool AttachmentCache::store(const QString &profileDir, const QString &sourcePath, QByteArray *sha256Hex,
    QString *relativePath, QString *error)
{
    const QByteArray digest = fileDigest(sourcePath);
    if (digest.isEmpty()) {
        *error = tr("The file “%1” cannot be read.").arg(QFileInfo(sourcePath).fileName());
        return false;
    }
    const QString relative = blobPath(digest);
    const QString target = QDir(profileDir).filePath(relative);
    if (!QFileInfo::exists(target)) {
        QFile source(sourcePath);
        QSaveFile out(target);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !source.open(QIODevice::ReadOnly)
            || !out.open(QIODevice::WriteOnly)) {
            *error = tr("The file cannot be copied into the profile: %1").arg(out.errorString());
            return false;
        }
        char buffer[64 * 1024];
        qint64 n = 0;
        while ((n = source.read(buffer, sizeof buffer)) > 0)
            if (out.write(buffer, n) != n)
                break;
        if (n < 0 || !out.commit()) {
            *error = tr("The file cannot be copied into the profile: %1").arg(out.errorString());
            return false;
        }
    }
    *sha256Hex = digest;
    *relativePath = relative;
    return true;
}
