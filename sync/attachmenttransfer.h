#pragma once

#include "core/attachment.h"
#include "core/ticketevent.h"
#include "sync/resterror.h"

#include <QCryptographicHash>
#include <QObject>
#include <QString>

#include <memory>

class QFile;
class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;
class RestClient;

// Moves attachment content between a profile and agentdesk-server (docs/api.md,
// "Attachments"), with the base URL and token of a RestClient. Both directions stream:
// an upload sends the file from disk (its SHA-256 computed first, reading in chunks),
// a download writes each piece into a QSaveFile as it arrives while hashing it, and
// keeps the file only when the digest matches the attachment's.
//
// Downloaded content lives in the profile's cache, content-addressed:
//   <profile>/attachments/<first two hex digits>/<sha256>
// (Attachment::blobPath holds that path relative to the profile). One transfer at a
// time per object; results arrive as signals on this object's thread, never from
// inside the call that started the transfer.
class AttachmentTransfer : public QObject
{
    Q_OBJECT

public:
    explicit AttachmentTransfer(RestClient *client, QObject *parent = nullptr);
    ~AttachmentTransfer() override;

    // attachments/ab/ab12…: the cache path of content with this digest, relative to the profile.
    static QString blobPath(const QByteArray &sha256Hex);
    // The lower-case hex SHA-256 of a file, read in chunks; empty when it cannot be read.
    static QByteArray fileDigest(const QString &filePath);

    // When set, an upload also copies the file into this profile's cache, so the
    // uploader never downloads what it sent.
    void setProfileDir(const QString &profileDir) { m_profileDir = profileDir; }

    bool isBusy() const { return m_reply != nullptr; }

    // Uploads the file to the ticket. attachmentId (a UUID) makes a retry after a lost
    // answer safe: the server answers it with the first upload's records. mimeType
    // defaults to the type QMimeDatabase finds for the file, name to the file's name (a
    // file staged in the cache is named by its digest). False when busy.
    bool upload(const QString &ticketId, const QString &filePath, const QString &attachmentId = {},
        const QString &mimeType = {}, const QString &name = {});
    // Fetches the attachment's content into the profile's cache; when it is there
    // already, downloaded() follows without a request. False when busy.
    bool download(const Attachment &attachment, const QString &profileDir);
    // Ends the transfer in progress; failed() follows with code "cancelled".
    void abort();

Q_SIGNALS:
    void progress(qint64 bytesDone, qint64 bytesTotal);
    // The records the server created; blobPath is set when the file was cached.
    void uploaded(const Attachment &attachment, const TicketEvent &event);
    // attachment.blobPath is set; filePath is the absolute path of the content.
    void downloaded(const Attachment &attachment, const QString &filePath);
    // Network, HTTP and local failures. Codes of local ones: "file_unreadable",
    // "cache_unwritable", "checksum_mismatch", "cancelled".
    void failed(const RestError &error);

private:
    QNetworkReply *start(const QByteArray &method, const QString &path,
        const QList<QPair<QString, QString>> &query, QIODevice *body,
        const QList<QPair<QByteArray, QByteArray>> &headers);
    void finishUpload();
    void readDownload();
    void finishDownload();
    RestError replyError(QNetworkReply *reply, const QByteArray &body) const;
    void fail(const RestError &error);
    void failLater(const RestError &error);
    static RestError localError(const QString &code, const QString &message);
    // Copies a local file into the cache of m_profileDir, verifying it; the relative path or "".
    QString cacheCopy(const QString &filePath, const QByteArray &sha256) const;

    RestClient *m_client;
    QNetworkAccessManager *m_nam;
    QNetworkReply *m_reply = nullptr;
    QString m_profileDir;
    bool m_aborted = false;

    // Upload
    QString m_uploadPath;
    QByteArray m_uploadDigest;

    // Download
    Attachment m_attachment;
    QString m_target;
    std::unique_ptr<QSaveFile> m_save;
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
    QByteArray m_errorBody;
    bool m_writeFailed = false;
};
