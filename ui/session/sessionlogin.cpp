#include "ui/session/sessionlogin.h"

#include "core/enums.h"
#include "core/wirecodec.h"
#include "sync/restclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkReply>

namespace {

const auto s_sessionPath = QStringLiteral("/api/v1/session");
const auto s_healthPath = QStringLiteral("/api/v1/health");

bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

SessionLogin::Failure classify(const RestResult &result, bool tlsFailed)
{
    if (tlsFailed)
        return SessionLogin::Failure::Tls;
    switch (result.error.kind) {
    case RestError::None:
        return SessionLogin::Failure::None;
    case RestError::Network:
    case RestError::Timeout:
        return SessionLogin::Failure::Unreachable;
    case RestError::Unauthorized:
        return SessionLogin::Failure::WrongCredentials;
    case RestError::Forbidden:
        return result.error.code == QLatin1String("account_disabled") ? SessionLogin::Failure::Disabled
                                                                      : SessionLogin::Failure::Refused;
    case RestError::Invalid:
    case RestError::Conflict:
    case RestError::Gone:
    case RestError::RateLimited:
        return SessionLogin::Failure::Refused;
    case RestError::Server:
    case RestError::Protocol:
        return SessionLogin::Failure::Server;
    }
    return SessionLogin::Failure::Server;
}

} // namespace

SessionLogin::SessionLogin(QObject *parent) : QObject(parent), m_client(new RestClient(this))
{
    qRegisterMetaType<SessionLogin::Result>();
    m_client->setTimeout(15000);
}

SessionLogin::~SessionLogin()
{
    cancel();
}

void SessionLogin::setTimeout(int msecs)
{
    m_client->setTimeout(msecs);
}

QUrl SessionLogin::normalizeServerUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QUrl url = QUrl::fromUserInput(trimmed);
    // fromUserInput turns "host:port" into a scheme "host"; an address without a
    // scheme is meant as http(s) to that host.
    if (!trimmed.contains(QLatin1String("://")))
        url = QUrl(QStringLiteral("http://") + trimmed);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {};
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

QString SessionLogin::message(Failure failure, const QString &detail)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("SessionLogin", text);
    };
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::BadAddress:
        return tr("Enter the server address, for example https://desk.example.com:8443.");
    case Failure::WrongCredentials:
        return tr("Wrong user name or password, or the account is disabled.");
    case Failure::Disabled:
        return tr("This account is disabled. Ask your team lead or an administrator.");
    case Failure::Unreachable:
        return tr("The server cannot be reached. Check the address and the network.");
    case Failure::Tls:
        return detail.isEmpty() ? tr("The secure connection to the server failed (TLS).")
                                : tr("The secure connection to the server failed (TLS): %1").arg(detail);
    case Failure::Server:
        return detail.isEmpty() ? tr("The server could not sign you in. Try again later.")
                                : tr("The server could not sign you in: %1").arg(detail);
    case Failure::Refused:
        return detail.isEmpty() ? tr("The server refused the sign-in.")
                                : tr("The server refused the sign-in: %1").arg(detail);
    }
    return {};
}

void SessionLogin::watchTls(QNetworkReply *reply, bool *failed)
{
    *failed = false;
    if (reply->url().scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return;
    // A port that speaks plain HTTP hangs up on the TLS hello: closed before the
    // handshake completed is a TLS failure too, not an unreachable server.
    auto encrypted = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::encrypted, this, [encrypted] { *encrypted = true; });
    connect(
        reply, &QNetworkReply::errorOccurred, this, [failed, encrypted](QNetworkReply::NetworkError error) {
            if (isTlsError(error) || (!*encrypted && error == QNetworkReply::RemoteHostClosedError))
                *failed = true;
        });
    connect(reply, &QNetworkReply::sslErrors, this, [failed] { *failed = true; });
}

void SessionLogin::start(const QUrl &server, const QString &username, const QString &password)
{
    cancel();
    if (!server.isValid() || server.host().isEmpty()) {
        Q_EMIT failed(Failure::BadAddress, {});
        return;
    }
    m_client->setBaseUrl(server);
    m_client->setToken(QString());
    const QJsonObject body {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
    QNetworkReply *reply
        = m_client->send("POST", s_sessionPath, {}, body, [this, server](const RestResult &r) {
              m_reply.clear();
              const Failure failure = classify(r, m_tlsFailed);
              if (failure != Failure::None) {
                  // The transport's words help with TLS; for the rest the sentence says it all.
                  Q_EMIT failed(failure,
                      failure == Failure::Tls || failure == Failure::Server ? r.error.message : QString());
                  return;
              }
              Result result;
              result.server = server;
              result.token = r.json.value(QLatin1String("token")).toString();
              result.expiresAt
                  = WireCodec::dateTimeFromWire(r.json.value(QLatin1String("expires_at")).toString());
              const QJsonObject user = r.json.value(QLatin1String("user")).toObject();
              result.user.id = user.value(QLatin1String("id")).toString();
              result.user.username = user.value(QLatin1String("username")).toString();
              result.user.displayName = user.value(QLatin1String("display_name")).toString();
              result.user.role
                  = enumFromKey<Role>(user.value(QLatin1String("role")).toString()).value_or(Role::Agent);
              result.user.teamId = user.value(QLatin1String("team_id")).toString();
              if (result.token.isEmpty() || result.user.id.isEmpty()) {
                  Q_EMIT failed(Failure::Server,
                      QCoreApplication::translate("SessionLogin", "the answer carries no session"));
                  return;
              }
              Q_EMIT succeeded(result);
          });
    m_reply = reply;
    watchTls(reply, &m_tlsFailed);
}

void SessionLogin::probe(const QUrl &server)
{
    if (m_probe)
        m_probe->abort();
    if (!server.isValid() || server.host().isEmpty()) {
        Q_EMIT reachable(false, Failure::BadAddress);
        return;
    }
    // A separate client: the probe must not disturb a sign-in in flight.
    auto *client = new RestClient(this);
    client->setBaseUrl(server);
    client->setTimeout(5000);
    auto tls = std::make_shared<bool>(false);
    QNetworkReply *reply
        = client->send("GET", s_healthPath, {}, {}, [this, client, tls](const RestResult &r) {
              client->deleteLater();
              const Failure failure = classify(r, *tls);
              // Any HTTP answer means something listens there; only the transport failures count.
              const bool ok = failure != Failure::Unreachable && failure != Failure::Tls;
              Q_EMIT reachable(ok, ok ? Failure::None : failure);
          });
    watchTls(reply, tls.get());
    m_probe = reply;
}

void SessionLogin::cancel()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        // The callback must not report a cancelled attempt.
        disconnect(reply, nullptr, m_client, nullptr);
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}
