#include "sync/restclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

RestClient::RestClient(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

RestClient::~RestClient() = default;

RestError::Kind RestClient::classify(int networkError, int httpStatus)
{
    if (httpStatus == 0) {
        switch (QNetworkReply::NetworkError(networkError)) {
        case QNetworkReply::NoError:
            return RestError::Protocol;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
            return RestError::Timeout;
        default:
            return RestError::Network;
        }
    }
    if (httpStatus >= 200 && httpStatus < 300)
        return RestError::None;
    switch (httpStatus) {
    case 401:
        return RestError::Unauthorized;
    case 403:
        return RestError::Forbidden;
    case 409:
        return RestError::Conflict;
    case 410:
        return RestError::Gone;
    case 400:
    case 413:
    case 422:
        return RestError::Invalid;
    case 408:
        return RestError::Timeout;
    case 429:
        return RestError::RateLimited;
    default:
        break;
    }
    if (httpStatus >= 500)
        return RestError::Server;
    return RestError::Protocol;
}

QNetworkReply *RestClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
    const QJsonObject &body, Callback done, Answer answer)
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QByteArray payload;
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH") {
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, payload);
    if (!payload.isEmpty()) {
        connect(reply, &QNetworkReply::uploadProgress, this,
            [this, reply, method, path](qint64 sent, qint64 total) {
                if (total > 0 && sent == total && !reply->isFinished())
                    Q_EMIT requestUploaded(method, path);
            });
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, answer, done = std::move(done)] {
        const RestResult result = finish(reply, answer);
        reply->deleteLater();
        if (done)
            done(result);
    });
    return reply;
}

RestResult RestClient::call(const QByteArray &method, const QString &path, const QUrlQuery &query,
    const QJsonObject &body, Answer answer)
{
    QEventLoop loop;
    RestResult result;
    bool finished = false;
    QNetworkReply *reply = send(
        method, path, query, body,
        [&loop, &finished, &result](const RestResult &r) {
            result = r;
            finished = true;
            loop.quit();
        },
        answer);
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        // The thread is quitting (QThread::quit ends every local loop): give up the call.
        // abort() runs the callback at once, while the locals it writes still exist.
        reply->abort();
        if (!finished) {
            disconnect(reply, nullptr, this, nullptr);
            reply->deleteLater();
        }
        result = {};
        result.error.kind = RestError::Network;
        result.error.message = QStringLiteral("cancelled");
    }
    return result;
}

std::shared_ptr<RestClient::Pending> RestClient::start(const QByteArray &method, const QString &path,
    const QUrlQuery &query, const QJsonObject &body, Answer answer)
{
    auto pending = std::make_shared<Pending>();
    // The callback holds the state, so it outlives an await() that gave up.
    pending->reply = send(
        method, path, query, body,
        [pending](const RestResult &r) {
            pending->result = r;
            pending->finished = true;
            if (pending->loop)
                pending->loop->quit();
        },
        answer);
    return pending;
}

RestResult RestClient::await(const std::shared_ptr<Pending> &pending)
{
    if (!pending->finished) {
        QEventLoop loop;
        pending->loop = &loop;
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        pending->loop = nullptr;
    }
    if (!pending->finished) {
        // The thread is quitting (QThread::quit ends every local loop): give up, as call().
        cancel(pending);
        RestResult cancelled;
        cancelled.error.kind = RestError::Network;
        cancelled.error.message = QStringLiteral("cancelled");
        return cancelled;
    }
    return pending->result;
}

void RestClient::cancel(const std::shared_ptr<Pending> &pending)
{
    if (!pending->finished && pending->reply)
        pending->reply->abort();
}

RestResult RestClient::finish(QNetworkReply *reply, Answer answer) const
{
    RestResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray bytes = reply->isOpen() ? reply->readAll() : QByteArray();
    if (answer == Answer::Raw && reply->error() == QNetworkReply::NoError && result.status / 100 == 2) {
        result.error.httpStatus = result.status;
        result.raw = std::move(bytes);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isObject())
        result.json = doc.object();
    result.error.httpStatus = result.status;
    result.error.kind = classify(reply->error(), result.status);
    if (result.error.kind == RestError::None) {
        if (!doc.isObject() && !(bytes.isEmpty() && (result.status == 204)))
            result.error.kind = RestError::Protocol;
        if (result.error.kind == RestError::Protocol)
            result.error.message
                = QStringLiteral("the answer is not a JSON object: %1").arg(parseError.errorString());
        return result;
    }
    result.error.code = result.json.value(QLatin1String("code")).toString();
    result.error.message = result.json.value(QLatin1String("message")).toString();
    if (result.error.message.isEmpty())
        result.error.message = reply->errorString();
    if (reply->hasRawHeader("Retry-After")) {
        bool ok = false;
        const int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
        if (ok && seconds >= 0)
            result.error.retryAfterSeconds = seconds;
    }
    return result;
}

RestResult RestClient::login(const QString &username, const QString &password)
{
    const QJsonObject body {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
    m_token.clear();
    RestResult result = call("POST", QStringLiteral("/api/v1/session"), {}, body);
    if (result.ok()) {
        m_token = result.json.value(QLatin1String("token")).toString();
        if (m_token.isEmpty()) {
            result.error.kind = RestError::Protocol;
            result.error.message = QStringLiteral("the session answer carries no token");
        }
    }
    return result;
}

RestResult RestClient::logout()
{
    RestResult result = call("DELETE", QStringLiteral("/api/v1/session"));
    m_token.clear();
    return result;
}
