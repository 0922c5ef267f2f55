// The transport (HttpServer): listening line, body limits, keep-alive, TLS flags.
#include "serverfixture.h"

#include <QSslSocket>
#include <QTcpSocket>

class TestHttpServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;

private Q_SLOTS:
    void initTestCase() { AGENTDESK_REQUIRE_BACKEND(); }
    void init() { m_fixture = std::make_unique<ServerFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void portZeroPrintsBoundPort()
    {
        const quint16 first = m_fixture->startServer();
        const quint16 second = m_fixture->startServer();
        QVERIFY(first != 0 && second != 0);
        QVERIFY(first != second);
        QCOMPARE(m_fixture->request(first, "GET", QStringLiteral("/api/v1/health")).status, 200);
        QCOMPARE(m_fixture->request(second, "GET", QStringLiteral("/api/v1/health")).status, 200);
    }

    void oversizedBodyIs413()
    {
        const quint16 port = m_fixture->startServer({QStringLiteral("--max-body"), QStringLiteral("4096")});
        QVERIFY(port);
        const QByteArray body = "{\"username\": \"" + QByteArray(5000, 'a') + "\", \"password\": \"x\"}";
        const HttpResult result = m_fixture->request(port, "POST", QStringLiteral("/api/v1/session"), body);
        QCOMPARE(result.status, 413);
        QCOMPARE(result.json.value(QStringLiteral("code")).toString(), QStringLiteral("payload_too_large"));
        // Just under the limit is read and judged on its content.
        const QByteArray small = "{\"username\": \"" + QByteArray(3000, 'a') + "\", \"password\": \"x\"}";
        QCOMPARE(m_fixture->request(port, "POST", QStringLiteral("/api/v1/session"), small).status, 422);
    }

    void hugeBodyIsCutOff()
    {
        // Far beyond the limit the server stops reading: no answer, but it stays up.
        const quint16 port = m_fixture->startServer({QStringLiteral("--max-body"), QStringLiteral("4096")});
        QVERIFY(port);
        const HttpResult result = m_fixture->request(
            port, "POST", QStringLiteral("/api/v1/session"), QByteArray(8 * 1024 * 1024, 'x'));
        QVERIFY(result.status == 413 || result.error != QNetworkReply::NoError);
        QCOMPARE(m_fixture->request(port, "GET", QStringLiteral("/api/v1/health")).status, 200);
    }

    void keepAliveServesSeveralRequests()
    {
        const quint16 port = m_fixture->startServer();
        QVERIFY(port);
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY2(socket.waitForConnected(10000), qPrintable(socket.errorString()));
        for (int i = 0; i < 3; ++i) {
            socket.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            QByteArray response;
            while (!response.contains("\"status\":\"ok\"}")) {
                QVERIFY2(socket.waitForReadyRead(10000), "no response on the kept-alive connection");
                response += socket.readAll();
            }
            QVERIFY(response.startsWith("HTTP/1.1 200"));
            QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        }
    }

    void garbageRequestLine()
    {
        const quint16 port = m_fixture->startServer();
        QVERIFY(port);
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY2(socket.waitForConnected(10000), qPrintable(socket.errorString()));
        socket.write("\x01\x02 not http at all\r\n\r\n");
        // The server drops the connection and keeps serving others.
        if (socket.state() == QAbstractSocket::ConnectedState)
            socket.waitForDisconnected(10000);
        QCOMPARE(m_fixture->request(port, "GET", QStringLiteral("/api/v1/health")).status, 200);
    }

    void tlsFlagsMustPair()
    {
        QByteArray err;
        const int code = m_fixture->cli(
            {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent.pem")},
            {}, nullptr, &err);
        QCOMPARE(code, 2);
        QVERIFY2(err.contains("--tls-cert and --tls-key go together"), err.constData());
    }

    void tlsMissingFilesFailClearly()
    {
        QByteArray err;
        const int code = m_fixture->cli(
            {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent.pem"), QStringLiteral("--tls-key"),
                QStringLiteral("/nonexistent.key")},
            {}, nullptr, &err);
        QCOMPARE(code, 2);
        QVERIFY(err.startsWith("agentdesk-server:"));
    }

    void servesTls()
    {
        QTemporaryDir keys;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-keyout"), keys.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                keys.filePath(QStringLiteral("cert.pem"))});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            QSKIP("the openssl command is not available to make a test certificate");
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt Network has no TLS backend here");
        const quint16 port
            = m_fixture->startServer({QStringLiteral("--tls-cert"), keys.filePath(QStringLiteral("cert.pem")),
                QStringLiteral("--tls-key"), keys.filePath(QStringLiteral("key.pem"))});
        QVERIFY2(port, "the server did not start with TLS");
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkReply *reply
            = nam.get(QNetworkRequest(QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/health").arg(port))));
        reply->ignoreSslErrors(); // self-signed
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(30000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("\"status\":\"ok\""));
        delete reply;
        // Plain HTTP on the TLS port gets nothing.
        QVERIFY(m_fixture->request(port, "GET", QStringLiteral("/api/v1/health")).status != 200);
    }

    void parallelRequestsOnThePool()
    {
        QVERIFY(m_fixture->addUser(QStringLiteral("bob"), QStringLiteral("agent")));
        const quint16 port = m_fixture->startServer({QStringLiteral("--threads"), QStringLiteral("4")});
        QVERIFY(port);
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        // Sign-ins write (session + audit) from several workers at once; reads follow.
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 8; ++i) {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/session").arg(port)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            replies.append(nam.post(request, QByteArray(R"({"username":"bob","password":"correct horse"})")));
        }
        for (int i = 0; i < 24; ++i)
            replies.append(nam.get(
                QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/health").arg(port)))));
        for (QNetworkReply *reply : std::as_const(replies)) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            QVERIFY(reply->isFinished() || finished.wait(60000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            delete reply;
        }
        QSqlQuery query(m_fixture->database());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM sessions")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 8);
    }

    void idleConnectionTimesOut()
    {
        const quint16 port = m_fixture->startServer({QStringLiteral("--read-timeout"), QStringLiteral("1")});
        QVERIFY(port);
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY(socket.waitForConnected(10000));
        socket.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // headers never end
        QVERIFY2(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(15000),
            "the server kept a stalled request open");
    }

    void terminatesCleanlyOnSigterm()
    {
#ifdef Q_OS_WIN
        QSKIP("SIGTERM is POSIX");
#else
        QProcess process;
        process.start(QStringLiteral(AGENTDESK_SERVER_BIN),
            QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + m_fixture->dbArgs());
        QVERIFY(process.waitForReadyRead(60000));
        QVERIFY(process.readAllStandardOutput().startsWith("listening on 127.0.0.1:"));
        process.terminate();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
#endif
    }

    void badListenIsUsageError()
    {
        QCOMPARE(
            m_fixture->cli({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("nonsense")}),
            1);
        QCOMPARE(m_fixture->cli({QStringLiteral("serve"), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0"), QStringLiteral("--max-body"), QStringLiteral("-5")}),
            1);
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
