// Routes of ApiRoutes over HTTP against a real agentdesk-server process.
#include "serverfixture.h"

#include <QJsonArray>

class TestApiRoutes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    quint16 m_port = 0;

    static QByteArray credentials(const QString &username, const QString &password)
    {
        return QJsonDocument(
            QJsonObject {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}})
            .toJson();
    }
    static void verifyError(const HttpResult &result, int status, const QString &code)
    {
        QCOMPARE(result.status, status);
        QCOMPARE(result.json.value(QStringLiteral("code")).toString(), code);
        QVERIFY(!result.json.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(result.header("content-type").startsWith("application/json"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        AGENTDESK_REQUIRE_BACKEND();
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(m_fixture->addTeam(QStringLiteral("Ops")));
        QVERIFY(m_fixture->addUser(QStringLiteral("alice"), QStringLiteral("admin")));
        QVERIFY(m_fixture->addUser(QStringLiteral("bob"), QStringLiteral("agent"), QStringLiteral("Ops")));
        QVERIFY(m_fixture->addUser(QStringLiteral("carol"), QStringLiteral("lead"), QStringLiteral("Ops")));
        QCOMPARE(
            m_fixture->cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("carol")}), 0);
        m_port = m_fixture->startServer();
        QVERIFY(m_port != 0);
    }

    void cleanupTestCase() { m_fixture.reset(); }

    void health()
    {
        const HttpResult result = m_fixture->request(m_port, "GET", QStringLiteral("/api/v1/health"));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(result.json.value(QStringLiteral("db")).toString(),
            ServerFixture::usePostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    }

    void loginSucceeds()
    {
        const HttpResult result = m_fixture->request(m_port, "POST", QStringLiteral("/api/v1/session"),
            credentials(QStringLiteral("bob"), QStringLiteral("correct horse")));
        QCOMPARE(result.status, 200);
        const QString token = result.json.value(QStringLiteral("token")).toString();
        QCOMPARE(token.size(), 43); // 32 bytes base64url without padding
        QVERIFY(QDateTime::fromString(
                    result.json.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs)
            > QDateTime::currentDateTimeUtc().addSecs(11 * 3600));
        const QJsonObject user = result.json.value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("bob"));
        QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
        QCOMPARE(user.value(QStringLiteral("display_name")).toString(), QStringLiteral("Test agent"));
        QVERIFY(!user.value(QStringLiteral("team_id")).toString().isEmpty());
        QVERIFY(!user.value(QStringLiteral("id")).toString().isEmpty());

        const HttpResult me = m_fixture->request(m_port, "GET", QStringLiteral("/api/v1/me"), {}, token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QStringLiteral("user")).toObject(), user);
    }

    void loginRefusedAlike_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << QStringLiteral("bob") << QStringLiteral("wrong horse");
        QTest::newRow("unknown user") << QStringLiteral("nobody") << QStringLiteral("correct horse");
        QTest::newRow("disabled user") << QStringLiteral("carol") << QStringLiteral("correct horse");
        QTest::newRow("sql metacharacters") << QStringLiteral("' OR 1=1 --") << QStringLiteral("' OR '1'='1");
        QTest::newRow("sql in password")
            << QStringLiteral("bob") << QStringLiteral("x'); DROP TABLE users; --");
        QTest::newRow("case differs") << QStringLiteral("BOB") << QStringLiteral("correct horse");
    }
    void loginRefusedAlike()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        const HttpResult result = m_fixture->request(
            m_port, "POST", QStringLiteral("/api/v1/session"), credentials(username, password));
        verifyError(result, 401, QStringLiteral("invalid_credentials"));
        // One message for every cause: no user enumeration.
        QCOMPARE(result.json.value(QStringLiteral("message")).toString(),
            QStringLiteral("Unknown user, wrong password or disabled account."));
        QVERIFY(!result.json.contains(QStringLiteral("token")));
    }

    void usersTableSurvivesInjection()
    {
        // After the metacharacter attempts above, bob still signs in: nothing was dropped.
        QVERIFY(!m_fixture->login(m_port, QStringLiteral("bob")).isEmpty());
    }

    void everyProtectedRouteNeedsToken_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("token");
        const QList<QPair<QByteArray, QString>> routes {
            {"DELETE", QStringLiteral("/api/v1/session")},
            {"GET", QStringLiteral("/api/v1/me")},
            {"GET", QStringLiteral("/api/v1/audit")},
        };
        for (const auto &[method, path] : routes) {
            QTest::addRow("%s %s no token", method.constData(), qPrintable(path))
                << method << path << QString();
            QTest::addRow("%s %s bogus token", method.constData(), qPrintable(path))
                << method << path << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
            QTest::addRow("%s %s garbage", method.constData(), qPrintable(path))
                << method << path << QStringLiteral("' OR 1=1 --");
        }
    }
    void everyProtectedRouteNeedsToken()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, token);
        const HttpResult result = m_fixture->request(m_port, method, path, {}, token);
        verifyError(result, 401, QStringLiteral("unauthorized"));
        QVERIFY(result.header("www-authenticate").startsWith("Bearer"));
    }

    void wrongRoleIsForbidden()
    {
        const QString agent = m_fixture->login(m_port, QStringLiteral("bob"));
        QVERIFY(!agent.isEmpty());
        verifyError(m_fixture->request(m_port, "GET", QStringLiteral("/api/v1/audit"), {}, agent), 403,
            QStringLiteral("forbidden"));
    }

    void auditForAdmin()
    {
        const QString admin = m_fixture->login(m_port, QStringLiteral("alice"));
        QVERIFY(!admin.isEmpty());
        HttpResult result
            = m_fixture->request(m_port, "GET", QStringLiteral("/api/v1/audit?limit=2"), {}, admin);
        QCOMPARE(result.status, 200);
        QJsonArray entries = result.json.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(
            entries.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("team_add"));
        QCOMPARE(
            entries.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("user_add"));
        QVERIFY(result.json.value(QStringLiteral("more")).toBool());

        // Page through everything: ids strictly increase, the refused and accepted sign-ins are there.
        qint64 after = 0;
        qint64 lastId = 0;
        QStringList actions;
        for (int pages = 0; pages < 100; ++pages) {
            result = m_fixture->request(
                m_port, "GET", QStringLiteral("/api/v1/audit?limit=3&after=%1").arg(after), {}, admin);
            QCOMPARE(result.status, 200);
            entries = result.json.value(QStringLiteral("entries")).toArray();
            for (const QJsonValue &value : std::as_const(entries)) {
                const QJsonObject entry = value.toObject();
                QVERIFY(entry.value(QStringLiteral("id")).toInteger() > lastId);
                lastId = entry.value(QStringLiteral("id")).toInteger();
                actions.append(entry.value(QStringLiteral("action")).toString());
            }
            after = result.json.value(QStringLiteral("next")).toInteger();
            if (!result.json.value(QStringLiteral("more")).toBool())
                break;
        }
        QVERIFY(actions.contains(QStringLiteral("user_disable")));
        QVERIFY(actions.contains(QStringLiteral("session_refused")));
        QVERIFY(actions.contains(QStringLiteral("session_create")));
        QCOMPARE(actions.count(QStringLiteral("user_add")), 3);

        verifyError(m_fixture->request(m_port, "GET", QStringLiteral("/api/v1/audit?limit=0"), {}, admin),
            400, QStringLiteral("invalid_parameter"));
        verifyError(m_fixture->request(m_port, "GET", QStringLiteral("/api/v1/audit?after=x"), {}, admin),
            400, QStringLiteral("invalid_parameter"));
    }

    void malformedJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray("{\"username\": \"bob\"");
        QTest::newRow("not json") << QByteArray("username=bob&password=x");
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("empty") << QByteArray();
    }
    void malformedJson()
    {
        QFETCH(QByteArray, body);
        verifyError(m_fixture->request(m_port, "POST", QStringLiteral("/api/v1/session"), body), 400,
            QStringLiteral("malformed_json"));
    }

    void wrongShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("missing password") << QByteArray(R"({"username": "bob"})");
        QTest::newRow("number username") << QByteArray(R"({"username": 7, "password": "x"})");
        QTest::newRow("empty strings") << QByteArray(R"({"username": "", "password": ""})");
    }
    void wrongShape()
    {
        QFETCH(QByteArray, body);
        verifyError(m_fixture->request(m_port, "POST", QStringLiteral("/api/v1/session"), body), 422,
            QStringLiteral("invalid_request"));
    }

    void unknownRouteAndMethod()
    {
        verifyError(m_fixture->request(m_port, "GET", QStringLiteral("/api/v1/nothing")), 404,
            QStringLiteral("not_found"));
        const HttpResult result = m_fixture->request(m_port, "PUT", QStringLiteral("/api/v1/health"), "{}");
        verifyError(result, 405, QStringLiteral("method_not_allowed"));
        QCOMPARE(result.header("allow"), QByteArray("GET"));
        QCOMPARE(m_fixture->request(m_port, "PATCH", QStringLiteral("/api/v1/session"), "{}").header("allow"),
            QByteArray("POST, DELETE"));
    }
};

QTEST_GUILESS_MAIN(TestApiRoutes)
#include "tst_apiroutes.moc"
