// Sessions (SessionStore) seen through HTTP: expiry, revocation, and tokens shared by
// two server processes on one database.
#include "serverfixture.h"

class TestSessionStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;

private Q_SLOTS:
    void initTestCase() { AGENTDESK_REQUIRE_BACKEND(); }

    void init()
    {
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(m_fixture->addTeam(QStringLiteral("Ops")));
        QVERIFY(m_fixture->addUser(QStringLiteral("bob"), QStringLiteral("agent"), QStringLiteral("Ops")));
    }
    void cleanup() { m_fixture.reset(); }

    void storedHashedOnly()
    {
        const quint16 port = m_fixture->startServer();
        QVERIFY(port);
        const QString token = m_fixture->login(port, QStringLiteral("bob"));
        QVERIFY(!token.isEmpty());
        QSqlQuery query(m_fixture->database());
        QVERIFY(query.exec(QStringLiteral("SELECT token_hash FROM sessions")));
        QVERIFY(query.next());
        const QString stored = query.value(0).toString();
        QCOMPARE(stored.size(), 64); // hex SHA-256
        QVERIFY(stored != token);
        QVERIFY(!stored.contains(token));
    }

    void expiredTokenIsRefused()
    {
        const quint16 port = m_fixture->startServer();
        QVERIFY(port);
        const QString token = m_fixture->login(port, QStringLiteral("bob"));
        QCOMPARE(m_fixture->request(port, "GET", QStringLiteral("/api/v1/me"), {}, token).status, 200);
        // Age the session instead of waiting for it.
        QSqlQuery query(m_fixture->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE sessions SET expires_at = %1")
                               .arg(QDateTime::currentMSecsSinceEpoch() - 1000)));
        QCOMPARE(m_fixture->request(port, "GET", QStringLiteral("/api/v1/me"), {}, token).status, 401);
    }

    void sessionHoursOption()
    {
        const quint16 port
            = m_fixture->startServer({QStringLiteral("--session-hours"), QStringLiteral("0.5")});
        QVERIFY(port);
        const HttpResult result = m_fixture->request(port, "POST", QStringLiteral("/api/v1/session"),
            QByteArray(R"({"username": "bob", "password": "correct horse"})"));
        QCOMPARE(result.status, 200);
        const QDateTime expires = QDateTime::fromString(
            result.json.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
        const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(expires);
        QVERIFY2(seconds > 1700 && seconds <= 1800, qPrintable(QString::number(seconds)));
    }

    void revokeEndsSession()
    {
        const quint16 port = m_fixture->startServer();
        QVERIFY(port);
        const QString first = m_fixture->login(port, QStringLiteral("bob"));
        const QString second = m_fixture->login(port, QStringLiteral("bob"));
        QVERIFY(!first.isEmpty());
        QVERIFY(!second.isEmpty());
        QVERIFY(first != second);
        QCOMPARE(
            m_fixture->request(port, "DELETE", QStringLiteral("/api/v1/session"), {}, first).status, 200);
        QCOMPARE(m_fixture->request(port, "GET", QStringLiteral("/api/v1/me"), {}, first).status, 401);
        QCOMPARE(
            m_fixture->request(port, "DELETE", QStringLiteral("/api/v1/session"), {}, first).status, 401);
        // Only that token ends.
        QCOMPARE(m_fixture->request(port, "GET", QStringLiteral("/api/v1/me"), {}, second).status, 200);
    }

    void disableAndPasswdEndSessions()
    {
        QVERIFY(m_fixture->addUser(QStringLiteral("dave"), QStringLiteral("lead"), QStringLiteral("Ops")));
        const quint16 port = m_fixture->startServer();
        QVERIFY(port);
        const QString bob = m_fixture->login(port, QStringLiteral("bob"));
        const QString dave = m_fixture->login(port, QStringLiteral("dave"));
        QCOMPARE(m_fixture->cli({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("bob")},
                     "battery staple"),
            0);
        QCOMPARE(m_fixture->request(port, "GET", QStringLiteral("/api/v1/me"), {}, bob).status, 401);
        QVERIFY(m_fixture->login(port, QStringLiteral("bob")).isEmpty());
        QVERIFY(!m_fixture->login(port, QStringLiteral("bob"), QStringLiteral("battery staple")).isEmpty());

        QCOMPARE(
            m_fixture->cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("dave")}), 0);
        QCOMPARE(m_fixture->request(port, "GET", QStringLiteral("/api/v1/me"), {}, dave).status, 401);
        QVERIFY(m_fixture->login(port, QStringLiteral("dave")).isEmpty());
    }

    void tokenWorksOnAnotherInstance()
    {
        const quint16 a = m_fixture->startServer();
        const quint16 b = m_fixture->startServer();
        QVERIFY(a && b && a != b);
        const QString token = m_fixture->login(a, QStringLiteral("bob"));
        QVERIFY(!token.isEmpty());
        const HttpResult onB = m_fixture->request(b, "GET", QStringLiteral("/api/v1/me"), {}, token);
        QCOMPARE(onB.status, 200);
        QCOMPARE(
            onB.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString(),
            QStringLiteral("bob"));
        // Revoked on B, refused on A: nothing is cached in process memory.
        QCOMPARE(m_fixture->request(b, "DELETE", QStringLiteral("/api/v1/session"), {}, token).status, 200);
        QCOMPARE(m_fixture->request(a, "GET", QStringLiteral("/api/v1/me"), {}, token).status, 401);
        // Alternate requests keep working across both.
        const QString next = m_fixture->login(b, QStringLiteral("bob"));
        for (int i = 0; i < 6; ++i)
            QCOMPARE(
                m_fixture->request(i % 2 ? a : b, "GET", QStringLiteral("/api/v1/me"), {}, next).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
