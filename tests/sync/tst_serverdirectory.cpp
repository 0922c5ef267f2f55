// What the server owns reaching a client profile and back, through SyncEngine: users and
// teams arrive in the cache (assignee names), and an audit entry written in the profile
// (a PII reveal) travels through the outbox into the server's audit log with the
// signed-in user as the actor.

#include "store/auditrepository.h"
#include "store/teamrepository.h"
#include "store/userrepository.h"
#include "tests/sync/syncfixture.h"

#include <QJsonArray>

class TestServerDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        AGENTDESK_REQUIRE_BACKEND();
        QVERIFY(m_fixture.start(2));
        QVERIFY(m_fixture.server().addUser(QStringLiteral("root"), QStringLiteral("admin")));
        m_lead = m_fixture.client(QStringLiteral("lead1"));
        QVERIFY(m_lead);
    }

    void usersAndTeamsArrive()
    {
        const SyncSummary summary = m_lead->sync();
        QVERIFY2(summary.ok, qPrintable(summary.text()));
        QString error;
        const QList<Team> teams = TeamRepository(*m_lead->db).all(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(teams.size(), 1);
        QCOMPARE(teams.at(0).name, QStringLiteral("Desk A"));
        QCOMPARE(teams.at(0).id, m_lead->teamId);
        UserRepository users(*m_lead->db);
        QCOMPARE(users.all(&error).size(), 3);
        const std::optional<User> lead2 = users.findByUsername(QStringLiteral("lead2"), &error);
        QVERIFY2(lead2, qPrintable(error));
        QCOMPARE(lead2->role, Role::Lead);
        QCOMPARE(lead2->teamId, m_lead->teamId);
        QVERIFY(lead2->active);
        QCOMPARE(users.forTeam(m_lead->teamId, &error).size(), 2);

        // Disabled on the server: the next sync shows it.
        QCOMPARE(m_fixture.server().cli(
                     {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("lead2")}),
            0);
        QVERIFY(m_lead->sync().ok);
        QCOMPARE(users.findByUsername(QStringLiteral("lead2"), &error)->active, false);
    }

    void revealAuditReachesServer()
    {
        AuditEntry entry;
        entry.at = QDateTime::currentDateTimeUtc();
        entry.action = QStringLiteral("reveal_pii");
        entry.entity = QStringLiteral("customer");
        entry.entityId = Entity::newId();
        entry.reason = QStringLiteral("caller verified by date of birth");
        entry.detail = {{QStringLiteral("field"), QStringLiteral("id_number")}};
        QString error;
        QVERIFY2(AuditRepository(*m_lead->db).record(entry, &error), qPrintable(error));
        QCOMPARE(m_lead->pending(), 1);
        const SyncSummary summary = m_lead->sync();
        QVERIFY2(summary.ok, qPrintable(summary.text()));
        QCOMPARE(summary.pushed, 1);
        QCOMPARE(m_lead->pending(), 0);

        const QString admin = m_fixture.server().login(m_fixture.port(), QStringLiteral("root"));
        const HttpResult audit = m_fixture.server().request(
            m_fixture.port(), "GET", QStringLiteral("/api/v1/audit?limit=1000"), {}, admin);
        QCOMPARE(audit.status, 200);
        const QString leadId = m_fixture.server()
                                   .request(m_fixture.port(), "GET", QStringLiteral("/api/v1/me"), {},
                                       m_fixture.server().login(m_fixture.port(), QStringLiteral("lead1")))
                                   .json.value(QStringLiteral("user"))
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
        QJsonObject found;
        for (const QJsonValue &value : audit.json.value(QStringLiteral("entries")).toArray())
            if (value.toObject().value(QStringLiteral("action")).toString() == QLatin1String("reveal_pii"))
                found = value.toObject();
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.value(QStringLiteral("user_id")).toString(), leadId);
        QCOMPARE(found.value(QStringLiteral("entity_id")).toString(), entry.entityId);
        QCOMPARE(found.value(QStringLiteral("reason")).toString(), entry.reason);
        QCOMPARE(found.value(QStringLiteral("detail"))
                     .toObject()
                     .value(QStringLiteral("client_entry_id"))
                     .toString(),
            entry.id);
    }

private:
    SyncFixture m_fixture;
    std::unique_ptr<SyncClient> m_lead;
};

QTEST_GUILESS_MAIN(TestServerDirectory)
#include "tst_serverdirectory.moc"
