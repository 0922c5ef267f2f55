#include "sync/attachmenttransfer.h"

#include "core/wirecodec.h"
#include "store/attachmentcache.h"
#include "sync/restclient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QUrlQuery>

namespace {

constexpr qint64 s_pieceBytes = 256 * 1024;
constexpr qsizetype s_maxErrorBody = 64 * 1024;

bool isHexDigest(const QByteArray &text)
{
    if (text.size() != 64)
        return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace

AttachmentTransfer::AttachmentTransfer(RestClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_nam(new QNetworkAccessManager(this))
{
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

AttachmentTransfer::~AttachmentTransfer()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
}

QString AttachmentTransfer::blobPath(const QByteArray &sha256Hex)
{
    return AttachmentCache::blobPath(sha256Hex);
}

QByteArray AttachmentTransfer::fileDigest(const QString &filePath)
{
    return AttachmentCache::fileDigest(filePath);
}

RestError AttachmentTransfer::localError(const QString &code, const QString &message)
{
    RestError error;
    error.kind = RestError::Invalid; // retrying the same thing fails the same way
    error.code = code;
    error.message = message;
    return error;
}

void AttachmentTransfer::fail(const RestError &error)
{
    Q_EMIT failed(error);
}

void AttachmentTransfer::failLater(const RestError &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
}

QNetworkReply *AttachmentTransfer::start(const QByteArray &method, const QString &path,
    const QList<QPair<QString, QString>> &query, QIODevice *body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_client->baseUrl();
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    QUrlQuery urlQuery;
    // Percent-encoded here so that & = + # in a file name survive as themselves.
    for (const auto &[key, value] : query)
        urlQuery.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(urlQuery);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_client->timeout());
    if (!m_client->token().isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_client->token().toUtf8());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    m_aborted = false;
    m_reply = m_nam->sendCustomRequest(request, method, body);
    // QNAM ends an upload with progress (0, 0): not news to anyone.
    connect(m_reply, method == "GET" ? &QNetworkReply::downloadProgress : &QNetworkReply::uploadProgress,
        this, [this](qint64 done, qint64 total) {
            if (total > 0)
                Q_EMIT progress(done, total);
        });
    return m_reply;
}

RestError AttachmentTransfer::replyError(QNetworkReply *reply, const QByteArray &body) const
{
    RestError error;
    error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    error.kind = RestClient::classify(reply->error(), error.httpStatus);
    if (m_aborted) {
        error.kind = RestError::Network;
        error.code = QStringLiteral("cancelled");
        error.message = tr("The transfer was cancelled.");
        return error;
    }
    if (error.kind == RestError::None)
        return error;
    if (error.httpStatus == 415) // a type the server refuses: sending it again will not help
        error.kind = RestError::Invalid;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    error.code = json.value(QLatin1String("code")).toString();
    error.message = json.value(QLatin1String("message")).toString();
    if (error.message.isEmpty())
        error.message = reply->errorString();
    return error;
}

bool AttachmentTransfer::upload(const QString &ticketId, const QString &filePath, const QString &attachmentId,
    const QString &mimeType, const QString &name)
{
    if (isBusy())
        return false;
    auto file = std::make_unique<QFile>(filePath);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file->open(QIODevice::ReadOnly) || !hash.addData(file.get()) || !file->seek(0)) {
        failLater(localError(QStringLiteral("file_unreadable"),
            tr("The file %1 cannot be read: %2").arg(QFileInfo(filePath).fileName(), file->errorString())));
        return true;
    }
    m_uploadPath = filePath;
    m_uploadDigest = hash.result().toHex();
    const QString type = mimeType.isEmpty() ? QMimeDatabase().mimeTypeForFile(filePath).name() : mimeType;
    QList<QPair<QString, QString>> query {
        {QStringLiteral("name"), name.isEmpty() ? QFileInfo(filePath).fileName() : name}};
    if (!attachmentId.isEmpty())
        query.append({QStringLiteral("id"), attachmentId});
    QNetworkReply *reply
        = start("POST", QStringLiteral("/api/v1/tickets/%1/attachments").arg(ticketId), query, file.get(),
            {{"Accept", "application/json"}, {"Content-Type", type.toLower().toUtf8()},
                {"Content-Length", QByteArray::number(file->size())}, {"X-Content-SHA256", m_uploadDigest}});
    file.release()->setParent(reply); // read by the reply until it finishes
    connect(reply, &QNetworkReply::finished, this, &AttachmentTransfer::finishUpload);
    return true;
}

void AttachmentTransfer::finishUpload()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    RestError error = replyError(reply, body);
    if (error.isError()) {
        fail(error);
        return;
    }
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    Attachment attachment;
    TicketEvent event;
    QString decodeError;
    if (!WireCodec::decode(json.value(QLatin1String("attachment")).toObject(), attachment, &decodeError)
        || !WireCodec::decode(json.value(QLatin1String("event")).toObject(), event, &decodeError)) {
        error.kind = RestError::Protocol;
        error.message = decodeError;
        fail(error);
        return;
    }
    if (!m_profileDir.isEmpty())
        attachment.blobPath = cacheCopy(m_uploadPath, attachment.sha256);
    Q_EMIT uploaded(attachment, event);
}

QString AttachmentTransfer::cacheCopy(const QString &filePath, const QByteArray &sha256) const
{
    const QString relative = blobPath(sha256);
    const QString target = QDir(m_profileDir).filePath(relative);
    if (QFileInfo::exists(target))
        return relative;
    QFile source(filePath);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !source.open(QIODevice::ReadOnly))
        return {};
    QSaveFile save(target);
    if (!save.open(QIODevice::WriteOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (!source.atEnd()) {
        const QByteArray piece = source.read(s_pieceBytes);
        if (piece.isEmpty() || save.write(piece) != piece.size())
            return {};
        hash.addData(piece);
    }
    // The file may have changed since it was sent: only the content sent is cached.
    if (hash.result().toHex() != sha256.toLower()) {
        save.cancelWriting();
        return {};
    }
    return save.commit() ? relative : QString();
}

bool AttachmentTransfer::download(const Attachment &attachment, const QString &profileDir)
{
    if (isBusy())
        return false;
    const QByteArray digest = attachment.sha256.toLower();
    if (!isHexDigest(digest)) {
        failLater(localError(QStringLiteral("checksum_mismatch"),
            tr("The attachment carries no SHA-256 digest to check its content against.")));
        return true;
    }
    m_attachment = attachment;
    m_attachment.blobPath = blobPath(digest);
    m_target = QDir(profileDir).filePath(m_attachment.blobPath);
    if (QFileInfo(m_target).size() == attachment.size && QFileInfo::exists(m_target)) {
        // Content-addressed and verified when written: a file of this name is this content.
        const Attachment cached = m_attachment;
        const QString target = m_target;
        QMetaObject::invokeMethod(
            this, [this, cached, target] { Q_EMIT downloaded(cached, target); }, Qt::QueuedConnection);
        return true;
    }
    m_save = std::make_unique<QSaveFile>(m_target);
    if (!QDir().mkpath(QFileInfo(m_target).absolutePath()) || !m_save->open(QIODevice::WriteOnly)) {
        failLater(localError(QStringLiteral("cache_unwritable"),
            tr("The attachment cannot be saved in the profile: %1").arg(m_save->errorString())));
        m_save.reset();
        return true;
    }
    m_hash.reset();
    m_errorBody.clear();
    m_writeFailed = false;
    QNetworkReply *reply
        = start("GET", QStringLiteral("/api/v1/attachments/%1").arg(attachment.id), {}, nullptr, {});
    // Back-pressure: the socket is read no further ahead than a few pieces.
    reply->setReadBufferSize(4 * s_pieceBytes);
    connect(reply, &QNetworkReply::readyRead, this, &AttachmentTransfer::readDownload);
    connect(reply, &QNetworkReply::finished, this, &AttachmentTransfer::finishDownload);
    return true;
}

void AttachmentTransfer::readDownload()
{
    if (!m_reply->isOpen())
        return; // aborted
    const QByteArray piece = m_reply->readAll();
    if (m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
        if (m_errorBody.size() < s_maxErrorBody)
            m_errorBody.append(piece.left(s_maxErrorBody - m_errorBody.size()));
        return;
    }
    m_hash.addData(piece);
    if (!m_writeFailed && m_save->write(piece) != piece.size())
        m_writeFailed = true;
}

void AttachmentTransfer::finishDownload()
{
    readDownload();
    QNetworkReply *reply = m_reply;
    RestError error = replyError(reply, m_errorBody);
    m_reply = nullptr;
    reply->deleteLater();
    std::unique_ptr<QSaveFile> save = std::move(m_save);
    if (!error.isError() && m_writeFailed)
        error = localError(QStringLiteral("cache_unwritable"),
            tr("The attachment cannot be saved in the profile: %1").arg(save->errorString()));
    if (!error.isError() && m_hash.result().toHex() != m_attachment.sha256.toLower())
        error = localError(QStringLiteral("checksum_mismatch"),
            tr("The downloaded content does not match the attachment's SHA-256 digest; it was not kept."));
    if (error.isError()) {
        save->cancelWriting();
        fail(error);
        return;
    }
    if (!save->commit()) {
        fail(localError(QStringLiteral("cache_unwritable"),
            tr("The attachment cannot be saved in the profile: %1").arg(save->errorString())));
        return;
    }
    Q_EMIT downloaded(m_attachment, m_target);
}

void AttachmentTransfer::abort()
{
    if (!m_reply)
        return;
    m_aborted = true;
    m_reply->abort(); // finished() runs now and reports the cancellation
}
