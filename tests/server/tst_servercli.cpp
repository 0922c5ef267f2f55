// The agentdesk-server command line (ServerCli): users, teams, audit, passwords.
#include "serverfixture.h"

class TestServerCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;

    QStringList auditActions(const QString &entityId = {})
    {
        QSqlQuery query(m_fixture->database());
        query.prepare(QStringLiteral("SELECT action FROM audit WHERE (? = '' OR entity_id = ?) ORDER BY id"));
        query.addBindValue(entityId.isEmpty() ? QStringLiteral("") : entityId);
        query.addBindValue(entityId.isEmpty() ? QStringLiteral("") : entityId);
        QStringList actions;
        if (!query.exec())
            return {QStringLiteral("query failed: ") + query.lastError().text()};
        while (query.next())
            actions.append(query.value(0).toString());
        return actions;
    }

private Q_SLOTS:
    void initTestCase() { AGENTDESK_REQUIRE_BACKEND(); }
    void init() { m_fixture = std::make_unique<ServerFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void helpAndVersion()
    {
        QByteArray out;
        QCOMPARE(m_fixture->cli({QStringLiteral("--help")}, {}, &out), 0);
        QVERIFY(out.contains("user add USERNAME"));
        QVERIFY(out.contains("--tls-cert"));
        QCOMPARE(m_fixture->cli({QStringLiteral("--version")}, {}, &out), 0);
        QVERIFY(out.contains(AGENTDESK_VERSION));
    }

    void addTeamAndUser()
    {
        QByteArray out;
        QByteArray err;
        QCOMPARE(
            m_fixture->cli({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("Ops")}, {}, &out),
            0);
        const QString teamId = QString::fromLatin1(out.trimmed());
        QVERIFY(!QUuid::fromString(teamId).isNull());
        QCOMPARE(
            m_fixture->cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                               QStringLiteral("--role"), QStringLiteral("lead"), QStringLiteral("--team"),
                               QStringLiteral("Ops"), QStringLiteral("--name"), QStringLiteral("张三")},
                "s3cret-passphrase", &out, &err),
            0);
        QVERIFY2(!out.contains("s3cret") && !err.contains("s3cret"), "the password was printed");
        const QString userId = QString::fromLatin1(out.trimmed());

        QSqlQuery query(m_fixture->database());
        QVERIFY(
            query.exec(QStringLiteral("SELECT username, display_name, role, team_id, active, password_hash "
                                      "FROM users")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("bob"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("张三"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("lead"));
        QCOMPARE(query.value(3).toString(), teamId);
        QCOMPARE(query.value(4).toInt(), 1);
        QVERIFY(query.value(5).toString().startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!query.value(5).toString().contains(QStringLiteral("s3cret")));
        QVERIFY(!query.next());

        QCOMPARE(auditActions(), (QStringList {QStringLiteral("team_add"), QStringLiteral("user_add")}));
        QCOMPARE(auditActions(userId), QStringList {QStringLiteral("user_add")});
    }

    void refusals()
    {
        QVERIFY(m_fixture->addTeam(QStringLiteral("Ops")));
        QCOMPARE(m_fixture->cli({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("Ops")}), 2);
        QVERIFY(m_fixture->addUser(QStringLiteral("bob"), QStringLiteral("agent"), QStringLiteral("Ops")));
        QVERIFY(!m_fixture->addUser(QStringLiteral("bob"), QStringLiteral("agent"))); // taken
        QVERIFY(!m_fixture->addUser(QStringLiteral("eve"), QStringLiteral("root"))); // no such role
        QVERIFY(!m_fixture->addUser(QStringLiteral("eve"), QStringLiteral("agent"), QStringLiteral("Nope")));
        QVERIFY(!m_fixture->addUser(QStringLiteral("eve"), QStringLiteral("agent"), {}, "short")); // < 8
        QCOMPARE(m_fixture->cli({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("nobody")},
                     "long enough"),
            2);
        QCOMPARE(
            m_fixture->cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("nobody")}), 2);
        QCOMPARE(
            m_fixture->cli({QStringLiteral("user"), QStringLiteral("frobnicate"), QStringLiteral("bob")}), 1);
        QCOMPARE(m_fixture->cli({QStringLiteral("user"), QStringLiteral("add")}), 1);
        // Nothing of the refused commands reached the audit log.
        QCOMPARE(auditActions(), (QStringList {QStringLiteral("team_add"), QStringLiteral("user_add")}));
    }

    void passwordFromStdin()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("AGENTDESK_PASSWORD"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AGENTDESK_SERVER_BIN),
            QStringList {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("amy"),
                QStringLiteral("--role"), QStringLiteral("trainer"), QStringLiteral("--name"),
                QStringLiteral("Amy")}
                + m_fixture->dbArgs());
        process.write("piped password\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(!process.readAllStandardError().contains("piped password"));

        const quint16 port = m_fixture->startServer();
        QVERIFY(port);
        QVERIFY(!m_fixture->login(port, QStringLiteral("amy"), QStringLiteral("piped password")).isEmpty());
    }

    void passwdAndDisableAreAudited()
    {
        QVERIFY(m_fixture->addUser(QStringLiteral("bob"), QStringLiteral("agent")));
        QCOMPARE(m_fixture->cli({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("bob")},
                     "another password"),
            0);
        QCOMPARE(
            m_fixture->cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("bob")}), 0);
        QCOMPARE(auditActions(),
            (QStringList {
                QStringLiteral("user_add"), QStringLiteral("user_passwd"), QStringLiteral("user_disable")}));
    }

    void auditIsAppendOnly()
    {
        QVERIFY(m_fixture->addTeam(QStringLiteral("Ops")));
        QSqlQuery query(m_fixture->database());
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit SET action = 'forged'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit")));
        QCOMPARE(auditActions(), QStringList {QStringLiteral("team_add")});
    }

    void bothDatabasesRefused()
    {
        QProcess process;
        process.start(QStringLiteral(AGENTDESK_SERVER_BIN),
            {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("X"), QStringLiteral("--data-dir"),
                QStringLiteral("/tmp/x"), QStringLiteral("--db"), QStringLiteral("postgresql://u@h/d")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        // Nor is having neither: the database location is never guessed.
        process.start(QStringLiteral(AGENTDESK_SERVER_BIN),
            {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("X")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("--data-dir"));
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
