#include "store/attachmentcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

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
    // Hashed while copied, so the name always matches what was stored even if the source
    // changes meanwhile; renamed to its digest once complete.
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = tr("The file “%1” cannot be read.").arg(QFileInfo(sourcePath).fileName());
        return false;
    }
    const QString dir = QDir(profileDir).filePath(QStringLiteral("attachments"));
    QTemporaryFile staging(QDir(dir).filePath(QStringLiteral("incoming-XXXXXX")));
    if (!QDir().mkpath(dir) || !staging.open()) {
        *error = tr("The file cannot be copied into the profile: %1").arg(staging.errorString());
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    char buffer[64 * 1024];
    qint64 n = 0;
    while ((n = source.read(buffer, sizeof buffer)) > 0) {
        hash.addData(QByteArrayView(buffer, n));
        if (staging.write(buffer, n) != n) {
            n = -1;
            break;
        }
    }
    if (n < 0 || !staging.flush()) {
        *error = tr("The file cannot be copied into the profile: %1").arg(staging.errorString());
        return false;
    }
    const QByteArray digest = hash.result().toHex();
    const QString relative = blobPath(digest);
    const QString target = QDir(profileDir).filePath(relative);
    staging.close();
    if (!QFileInfo::exists(target)) {
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !staging.rename(target)) {
            *error = tr("The file cannot be copied into the profile: %1").arg(staging.errorString());
            return false;
        }
        staging.setAutoRemove(false);
    }
    *sha256Hex = digest;
    *relativePath = relative;
    return true;
}
