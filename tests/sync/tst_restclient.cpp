// RestClient against a real agentdesk-server (login, 401, 403, 422, logout), plus a raw
// TCP responder for the statuses a healthy server does not give on demand (429, 5xx,
// 410, 409, a silent peer), which exercise only the client's error mapping.

#include "sync/restclient.h"
#include "tests/server/serverfixture.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace {

// Answers every connection with the same raw HTTP response, or never (silent).
class RawResponder : public QObject
{
public:
    explicit RawResponder(QByteArray response) : m_response(std::move(response))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (m_response.isEmpty() || !m_request.contains("\r\n\r\n"))
                        return;
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    QByteArray request() const { return m_request; }

private:
    QTcpServer m_server;
    QByteArray m_response;
    QByteArray m_request;
};

QByteArray rawResponse(
    int status, const QByteArray &reason, const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extra + "\r\n"
        + body;
}

} // namespace

class TestRestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.addTeam(QStringLiteral("Desk A")));
        QVERIFY(
            m_fixture.addUser(QStringLiteral("alice"), QStringLiteral("agent"), QStringLiteral("Desk A")));
        m_port = m_fixture.startServer();
        QVERIFY(m_port != 0);
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    }

    void loginKeepsToken()
    {
        RestClient client;
        client.setBaseUrl(m_url);
        const RestResult result = client.login(QStringLiteral("alice"), QStringLiteral("correct horse"));
        QVERIFY2(result.ok(), qPrintable(result.error.describe()));
        QCOMPARE(result.status, 200);
        QVERIFY(!client.token().isEmpty());
        QCOMPARE(client.token(), result.json.value(QLatin1String("token")).toString());
        const QJsonObject user = result.json.value(QLatin1String("user")).toObject();
        QCOMPARE(user.value(QLatin1String("username")).toString(), QStringLiteral("alice"));
        QCOMPARE(user.value(QLatin1String("role")).toString(), QStringLiteral("agent"));

        const RestResult me = client.call("GET", QStringLiteral("/api/v1/me"));
        QVERIFY2(me.ok(), qPrintable(me.error.describe()));
        QCOMPARE(me.json.value(QLatin1String("user")).toObject().value(QLatin1String("username")).toString(),
            QStringLiteral("alice"));

        // Logging out ends the session on the server, not only in the client.
        const QString oldToken = client.token();
        QVERIFY(client.logout().ok());
        QVERIFY(client.token().isEmpty());
        client.setToken(oldToken);
        const RestResult after = client.call("GET", QStringLiteral("/api/v1/me"));
        QCOMPARE(after.error.kind, RestError::Unauthorized);
    }

    void wrongPasswordIsUnauthorized()
    {
        RestClient client;
        client.setBaseUrl(m_url);
        const RestResult result = client.login(QStringLiteral("alice"), QStringLiteral("wrong"));
        QCOMPARE(result.error.kind, RestError::Unauthorized);
        QCOMPARE(result.error.httpStatus, 401);
        QCOMPARE(result.error.code, QStringLiteral("invalid_credentials"));
        QVERIFY(!result.error.message.isEmpty());
        QVERIFY(client.token().isEmpty());
    }

    void noTokenIsUnauthorized()
    {
        RestClient client;
        client.setBaseUrl(m_url);
        const RestResult result = client.call("GET", QStringLiteral("/api/v1/me"));
        QCOMPARE(result.error.kind, RestError::Unauthorized);
        QVERIFY(!result.error.code.isEmpty());
    }

    void wrongRoleIsForbidden()
    {
        RestClient client;
        client.setBaseUrl(m_url);
        QVERIFY(client.login(QStringLiteral("alice"), QStringLiteral("correct horse")).ok());
        const RestResult result = client.call("GET", QStringLiteral("/api/v1/audit"));
        QCOMPARE(result.error.kind, RestError::Forbidden);
        QCOMPARE(result.error.httpStatus, 403);
    }

    void badBodyIsInvalid()
    {
        RestClient client;
        client.setBaseUrl(m_url);
        const RestResult result = client.call(
            "POST", QStringLiteral("/api/v1/session"), {}, QJsonObject {{QStringLiteral("username"), 42}});
        QCOMPARE(result.error.kind, RestError::Invalid);
        QVERIFY(result.error.httpStatus == 400 || result.error.httpStatus == 422);
        QVERIFY(!result.error.code.isEmpty());
    }

    void baseUrlWithPath()
    {
        RestClient client;
        QUrl url = m_url;
        url.setPath(QStringLiteral("/"));
        client.setBaseUrl(url);
        QVERIFY(client.call("GET", QStringLiteral("/api/v1/health")).ok());
    }

    void refusedIsNetwork()
    {
        // A port that was just free: nothing listens there.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        RestClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const RestResult result = client.call("GET", QStringLiteral("/api/v1/health"));
        QCOMPARE(result.error.kind, RestError::Network);
        QCOMPARE(result.error.httpStatus, 0);
    }

    void silentPeerTimesOut()
    {
        RawResponder silent({});
        RestClient client;
        client.setBaseUrl(silent.url());
        client.setTimeout(300);
        const RestResult result = client.call("GET", QStringLiteral("/api/v1/changes"));
        QCOMPARE(result.error.kind, RestError::Timeout);
    }

    void statusMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("retryAfter");
        QTest::newRow("429") << 429 << int(RestError::RateLimited) << 7;
        QTest::newRow("503") << 503 << int(RestError::Server) << 30;
        QTest::newRow("500") << 500 << int(RestError::Server) << -1;
        QTest::newRow("410") << 410 << int(RestError::Gone) << -1;
        QTest::newRow("409") << 409 << int(RestError::Conflict) << -1;
        QTest::newRow("422") << 422 << int(RestError::Invalid) << -1;
        QTest::newRow("400") << 400 << int(RestError::Invalid) << -1;
        QTest::newRow("404") << 404 << int(RestError::Protocol) << -1;
    }
    void statusMapping()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(int, retryAfter);
        const QByteArray extra
            = retryAfter >= 0 ? "Retry-After: " + QByteArray::number(retryAfter) + "\r\n" : QByteArray();
        RawResponder responder(rawResponse(
            status, "Whatever", "{\"code\":\"some_code\",\"message\":\"the server\u2019s words\"}", extra));
        RestClient client;
        client.setBaseUrl(responder.url());
        client.setToken(QStringLiteral("abc"));
        const RestResult result = client.call(
            "POST", QStringLiteral("/api/v1/mutations"), {}, QJsonObject {{QStringLiteral("x"), 1}});
        QCOMPARE(int(result.error.kind), kind);
        QCOMPARE(result.error.httpStatus, status);
        QCOMPARE(result.error.code, QStringLiteral("some_code"));
        QCOMPARE(result.error.message, QStringLiteral("the server\u2019s words"));
        QCOMPARE(result.error.retryAfterSeconds, retryAfter);
        // What went out: bearer token and a JSON body.
        QVERIFY(responder.request().contains("Authorization: Bearer abc"));
        QVERIFY(responder.request().toLower().contains("content-type: application/json"));
    }

    void okButNotJsonIsProtocol()
    {
        RawResponder responder(rawResponse(200, "OK", "<html>proxy login</html>"));
        RestClient client;
        client.setBaseUrl(responder.url());
        const RestResult result = client.call("GET", QStringLiteral("/api/v1/changes"));
        QCOMPARE(result.error.kind, RestError::Protocol);
    }

    void asyncSend()
    {
        RestClient client;
        client.setBaseUrl(m_url);
        bool called = false;
        RestResult seen;
        client.send("GET", QStringLiteral("/api/v1/health"), {}, {}, [&](const RestResult &r) {
            seen = r;
            called = true;
        });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        QVERIFY(seen.ok());
        QCOMPARE(seen.status, 200);
    }

private:
    ServerFixture m_fixture;
    quint16 m_port = 0;
    QUrl m_url;
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
