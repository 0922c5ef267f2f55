// Routes of ApiRoutes over HTTP against a real agentdesk-server process.
#include "serverfixture.h"

#include "core/mutation.h"
#include "core/wirecodec.h"

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

    // Every change of the feed from the start, in the caller's scope; *next the last cursor.
    QList<QJsonObject> pullAll(const QString &token, const QString &since = {}, QString *next = nullptr)
    {
        QList<QJsonObject> changes;
        QString cursor = since;
        for (int page = 0; page < 1000; ++page) {
            const HttpResult result = m_fixture->request(
                m_port, "GET", QStringLiteral("/api/v1/changes?since=%1").arg(cursor), {}, token);
            if (result.status != 200)
                return {};
            for (const QJsonValue &change : result.json.value(QStringLiteral("changes")).toArray())
                changes.append(change.toObject());
            cursor = result.json.value(QStringLiteral("next")).toString();
            if (!result.json.value(QStringLiteral("more")).toBool())
                break;
        }
        if (next)
            *next = cursor;
        return changes;
    }
    static QHash<QString, QJsonObject> byUsername(const QList<QJsonObject> &changes)
    {
        QHash<QString, QJsonObject> users;
        for (const QJsonObject &change : changes) {
            if (change.value(QStringLiteral("entity")).toString() != QLatin1String("user"))
                continue;
            const QJsonObject data = change.value(QStringLiteral("data")).toObject();
            users.insert(data.value(QStringLiteral("username")).toString(), data);
        }
        return users;
    }
    HttpResult pushAudit(const QString &token, const QString &clientId, const Mutation &mutation)
    {
        const QJsonObject body {{QStringLiteral("client_id"), clientId},
            {QStringLiteral("mutations"), QJsonArray {WireCodec::encode(mutation)}}};
        return m_fixture->request(
            m_port, "POST", QStringLiteral("/api/v1/mutations"), QJsonDocument(body).toJson(), token);
    }
    static Mutation auditMutation(
        const QString &action, const QString &reason, MutationOp op = MutationOp::Create)
    {
        AuditEntry entry;
        entry.id = Entity::newId();
        entry.at = QDateTime::currentDateTimeUtc().addSecs(-300); // revealed while offline
        entry.userId = Entity::newId(); // a client cannot choose the actor
        entry.action = action;
        entry.entity = QStringLiteral("customer");
        entry.entityId = Entity::newId();
        entry.reason = reason;
        entry.detail = {{QStringLiteral("field"), QStringLiteral("mobile")}};
        return {Entity::newId(), EntityType::AuditEntry, entry.id, op == MutationOp::Create ? 0 : 1, op,
            op == MutationOp::Delete ? QJsonObject() : WireCodec::dataFields(WireCodec::encode(entry))};
    }
    QList<QJsonObject> auditEntries(const QString &adminToken)
    {
        QList<QJsonObject> out;
        qint64 after = 0;
        for (int pages = 0; pages < 100; ++pages) {
            const HttpResult result = m_fixture->request(m_port, "GET",
                QStringLiteral("/api/v1/audit?limit=1000&after=%1").arg(after), {}, adminToken);
            if (result.status != 200)
                break;
            for (const QJsonValue &value : result.json.value(QStringLiteral("entries")).toArray())
                out.append(value.toObject());
            after = result.json.value(QStringLiteral("next")).toInteger();
            if (!result.json.value(QStringLiteral("more")).toBool())
                break;
        }
        return out;
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
        QVERIFY(m_fixture->addUser(QStringLiteral("tina"), QStringLiteral("trainer")));
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
        QCOMPARE(actions.count(QStringLiteral("user_add")), 4);

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

    void usersAndTeamsReachEveryRole_data()
    {
        QTest::addColumn<QString>("username");
        QTest::newRow("agent") << QStringLiteral("bob");
        QTest::newRow("trainer") << QStringLiteral("tina");
        QTest::newRow("admin") << QStringLiteral("alice");
    }
    void usersAndTeamsReachEveryRole()
    {
        QFETCH(QString, username);
        const QString token = m_fixture->login(m_port, username);
        QVERIFY(!token.isEmpty());
        const QList<QJsonObject> changes = pullAll(token);
        const QHash<QString, QJsonObject> users = byUsername(changes);
        QCOMPARE(users.size(), 4);
        QCOMPARE(users.value(QStringLiteral("bob")).value(QStringLiteral("role")).toString(),
            QStringLiteral("agent"));
        QCOMPARE(users.value(QStringLiteral("bob")).value(QStringLiteral("display_name")).toString(),
            QStringLiteral("Test agent"));
        QVERIFY(users.value(QStringLiteral("alice")).value(QStringLiteral("active")).toBool());
        // Disabled after it was added: the feed carries the newer revision.
        QCOMPARE(users.value(QStringLiteral("carol")).value(QStringLiteral("active")).toBool(), false);
        QCOMPARE(users.value(QStringLiteral("carol")).value(QStringLiteral("rev")).toInteger(), 2);
        QString teamId;
        for (const QJsonObject &change : changes) {
            QVERIFY(
                !change.value(QStringLiteral("data")).toObject().contains(QStringLiteral("password_hash")));
            if (change.value(QStringLiteral("entity")).toString() == QLatin1String("team")) {
                QCOMPARE(
                    change.value(QStringLiteral("data")).toObject().value(QStringLiteral("name")).toString(),
                    QStringLiteral("Ops"));
                teamId = change.value(QStringLiteral("id")).toString();
            }
        }
        QVERIFY(!teamId.isEmpty());
        QCOMPARE(users.value(QStringLiteral("carol")).value(QStringLiteral("team_id")).toString(), teamId);
        // The password hash is nowhere in the answer.
        QVERIFY(!m_fixture->request(m_port, "GET", QStringLiteral("/api/v1/changes"), {}, token)
                     .body.contains("argon2"));
    }

    void userChangesWhileServingArePulled()
    {
        const QString token = m_fixture->login(m_port, QStringLiteral("bob"));
        QString cursor;
        pullAll(token, {}, &cursor);
        QVERIFY(!cursor.isEmpty());
        QVERIFY(m_fixture->addTeam(QStringLiteral("Night shift")));
        QVERIFY(m_fixture->addUser(
            QStringLiteral("dave"), QStringLiteral("agent"), QStringLiteral("Night shift")));
        QCOMPARE(m_fixture->cli({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("dave")},
                     "another horse"),
            0);
        const QList<QJsonObject> changes = pullAll(token, cursor, &cursor);
        QCOMPARE(changes.size(), 2); // the team and the user; a new password changes nothing visible
        QCOMPARE(changes.at(0).value(QStringLiteral("entity")).toString(), QStringLiteral("team"));
        QCOMPARE(
            byUsername(changes).value(QStringLiteral("dave")).value(QStringLiteral("team_id")).toString(),
            changes.at(0).value(QStringLiteral("id")).toString());
        QCOMPARE(
            m_fixture->cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("dave")}), 0);
        const QList<QJsonObject> disabled = pullAll(token, cursor);
        QCOMPARE(disabled.size(), 1);
        QCOMPARE(
            disabled.at(0).value(QStringLiteral("data")).toObject().value(QStringLiteral("active")).toBool(),
            false);
    }

    void auditEntriesFromWorkstations()
    {
        const QString agent = m_fixture->login(m_port, QStringLiteral("bob"));
        const QString admin = m_fixture->login(m_port, QStringLiteral("alice"));
        const QString bobId = m_fixture->request(m_port, "GET", QStringLiteral("/api/v1/me"), {}, agent)
                                  .json.value(QStringLiteral("user"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        const QString clientId = QStringLiteral("client-") + Entity::newId();
        const Mutation reveal
            = auditMutation(QStringLiteral("reveal_pii"), QStringLiteral("caller verified"));
        HttpResult result = pushAudit(agent, clientId, reveal);
        QCOMPARE(result.status, 200);
        QJsonObject answer = result.json.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(answer.value(QStringLiteral("rev")).toInteger(), 1);

        // Retried push: answered from the idempotency record, written once.
        result = pushAudit(agent, clientId, reveal);
        answer = result.json.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));

        QList<QJsonObject> reveals;
        for (const QJsonObject &entry : auditEntries(admin))
            if (entry.value(QStringLiteral("action")).toString() == QLatin1String("reveal_pii"))
                reveals.append(entry);
        QCOMPARE(reveals.size(), 1);
        const QJsonObject entry = reveals.at(0);
        QCOMPARE(entry.value(QStringLiteral("user_id")).toString(), bobId); // not the client's user_id
        QCOMPARE(entry.value(QStringLiteral("reason")).toString(), QStringLiteral("caller verified"));
        QCOMPARE(entry.value(QStringLiteral("entity")).toString(), QStringLiteral("customer"));
        const QJsonObject detail = entry.value(QStringLiteral("detail")).toObject();
        QCOMPARE(detail.value(QStringLiteral("field")).toString(), QStringLiteral("mobile"));
        QCOMPARE(detail.value(QStringLiteral("client_entry_id")).toString(), reveal.id);
        // Stamped with the server's time, the desk's time kept aside.
        const QDateTime at
            = QDateTime::fromString(entry.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        const QDateTime clientAt
            = QDateTime::fromString(detail.value(QStringLiteral("client_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(clientAt < at.addSecs(-200));
    }

    void auditEntriesRefused_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("op");
        QTest::addColumn<QString>("code");
        QTest::newRow("admin action") << QStringLiteral("user_add") << QStringLiteral("x")
                                      << int(MutationOp::Create) << QStringLiteral("invalid_record");
        QTest::newRow("no reason") << QStringLiteral("reveal_pii") << QString() << int(MutationOp::Create)
                                   << QStringLiteral("invalid_record");
        QTest::newRow("update") << QStringLiteral("reveal_pii") << QStringLiteral("x")
                                << int(MutationOp::Update) << QStringLiteral("append_only");
        QTest::newRow("delete") << QStringLiteral("reveal_pii") << QStringLiteral("x")
                                << int(MutationOp::Delete) << QStringLiteral("append_only");
    }
    void auditEntriesRefused()
    {
        QFETCH(QString, action);
        QFETCH(QString, reason);
        QFETCH(int, op);
        QFETCH(QString, code);
        const QString trainer = m_fixture->login(m_port, QStringLiteral("tina"));
        const HttpResult result = pushAudit(trainer, QStringLiteral("client-") + Entity::newId(),
            auditMutation(action, reason, MutationOp(op)));
        QCOMPARE(result.status, 200);
        const QJsonObject answer = result.json.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(answer.value(QStringLiteral("code")).toString(), code);
    }

    void auditEntryFromTrainer()
    {
        // Every role may record what it revealed, e.g. a trainer exporting case material.
        const QString trainer = m_fixture->login(m_port, QStringLiteral("tina"));
        const HttpResult result = pushAudit(trainer, QStringLiteral("client-") + Entity::newId(),
            auditMutation(QStringLiteral("export_pii"), QStringLiteral("training pack")));
        QCOMPARE(result.json.value(QStringLiteral("results"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("status")),
            QJsonValue(QStringLiteral("applied")));
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
