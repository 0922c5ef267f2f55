#pragma once

#include "sync/restresult.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QEventLoop;
class QNetworkAccessManager;
class QNetworkReply;

// JSON over HTTP to agentdesk-server (DESIGN.md §4): a base URL, the session's bearer
// token, a transfer timeout on every request, and failures mapped to RestError kinds.
// Lives on the thread that created it (the sync worker's, or the GUI's for the login).
class RestClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const RestResult &)>;
    // How a successful answer's body is handed over: parsed into RestResult::json, or
    // as bytes in RestResult::raw for a caller with its own parser (the change feed).
    // Error answers are always parsed.
    enum class Answer { Json, Raw };

    explicit RestClient(QObject *parent = nullptr);
    ~RestClient() override;

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    // Milliseconds without any transfer progress before a request fails with Timeout.
    void setTimeout(int msecs) { m_timeoutMs = msecs; }
    int timeout() const { return m_timeoutMs; }

    // Asynchronous: `done` runs on this object's thread when the answer (or error) is in.
    // body is sent as JSON unless empty on GET/DELETE.
    // The reply is owned by the client and deleted after `done` ran.
    QNetworkReply *send(const QByteArray &method, const QString &path, const QUrlQuery &query,
        const QJsonObject &body, Callback done, Answer answer = Answer::Json);
    // Blocking: runs a local event loop until the answer is in. For the sync worker thread
    // and the headless command, never for the GUI thread.
    RestResult call(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
        const QJsonObject &body = {}, Answer answer = Answer::Json);

    // A request started now and collected later with await(), so the transfer and the
    // server's work overlap what the caller does meanwhile (the pull applies one page
    // while the next is on its way). Same answers as call().
    struct Pending
    {
        QPointer<QNetworkReply> reply;
        bool finished = false;
        RestResult result;
        QEventLoop *loop = nullptr;
    };
    std::shared_ptr<Pending> start(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
        const QJsonObject &body = {}, Answer answer = Answer::Json);
    // Blocks like call() until the answer is in.
    RestResult await(const std::shared_ptr<Pending> &pending);
    // Gives up a request that is no longer wanted.
    void cancel(const std::shared_ptr<Pending> &pending);

    // POST /api/v1/session; on success keeps the token and returns the whole answer
    // ({token, expires_at, user{…}}).
    RestResult login(const QString &username, const QString &password);
    // DELETE /api/v1/session; forgets the token either way.
    RestResult logout();

    // The error kind of a finished reply (status 0 when none arrived).
    static RestError::Kind classify(int networkError, int httpStatus);

Q_SIGNALS:
    // The whole request body has been handed to the network and no answer has come yet.
    void requestUploaded(const QByteArray &method, const QString &path);

private:
    RestResult finish(QNetworkReply *reply, Answer answer) const;

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 30000;
};
