#pragma once

#include "core/user.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkReply;
class RestClient;

// One sign-in against agentdesk-server (POST /api/v1/session), asynchronous so the GUI
// thread never blocks, with the failure sorted into what the login dialog tells the user.
// The token stays in memory: it is handed to the caller and never written anywhere.
class SessionLogin : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        None,
        BadAddress, // not an http(s) URL with a host
        WrongCredentials, // 401: unknown user, wrong password or disabled account
        Disabled, // the server says explicitly that the account is disabled
        Unreachable, // refused, reset, DNS, timeout: no answer
        Tls, // the TLS handshake or the certificate failed
        Server, // 5xx or an answer that is not the protocol
        Refused, // another 4xx (e.g. 422: the input itself)
    };
    Q_ENUM(Failure)

    struct Result
    {
        QUrl server;
        QString token;
        QDateTime expiresAt;
        User user; // from the session answer (the same record GET /api/v1/me gives)
    };

    explicit SessionLogin(QObject *parent = nullptr);
    ~SessionLogin() override;

    // Milliseconds without progress before the attempt fails as Unreachable.
    void setTimeout(int msecs);
    bool isRunning() const { return !m_reply.isNull(); }

    // A URL typed by a person ("desk.example.com:8443", "http://127.0.0.1:8080/") made
    // into the base URL, or an invalid QUrl when it cannot be one.
    static QUrl normalizeServerUrl(const QString &text);
    // The sentence the login dialog shows for a failure (translated); detail is the
    // server's or the transport's own words, added for the failures where they help.
    static QString message(Failure failure, const QString &detail = QString());

public Q_SLOTS:
    void start(const QUrl &server, const QString &username, const QString &password);
    // Quick reachability check (GET /api/v1/health), answered by reachable().
    void probe(const QUrl &server);
    void cancel();

Q_SIGNALS:
    void succeeded(const SessionLogin::Result &result);
    void failed(SessionLogin::Failure failure, const QString &detail);
    void reachable(bool ok, SessionLogin::Failure failure);

private:
    // Sets *failed when the reply fails for a TLS reason; *failed must outlive the reply.
    void watchTls(QNetworkReply *reply, bool *failed);

    RestClient *m_client;
    QPointer<QNetworkReply> m_reply;
    QPointer<QNetworkReply> m_probe;
    bool m_tlsFailed = false;
};

Q_DECLARE_METATYPE(SessionLogin::Result)
