// The desk's customer work against a real agentdesk-server: RemoteCustomerLookup caches
// a caller found outside the team's scope; a malformed query and a server gone are
// reported, never stored; a PII reveal's audit entry and a risk alert the desk records
// travel through the outbox to the server, which refuses an alert on another team's
// customer.

#include "core/chineseid.h"
#include "core/wirecodec.h"
#include "models/customerdesk.h"
#include "models/piireveal.h"
#include "store/accountrepository.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/outbox.h"
#include "sync/remotecustomerlookup.h"
#include "sync/restclient.h"
#include "sync/syncengine.h"
#include "tests/server/serverfixture.h"
#include "tests/server/synctestclient.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

class TestRemoteCustomerLookup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    quint16 m_port = 0;
    std::unique_ptr<SyncTestClient> m_admin;
    QString m_agentToken;
    QString m_adminToken;
    Customer m_caller; // served by no team: outside the agent's scope
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    Customer makeCustomer(
        const QString &no, const QString &name, const QString &mobile, const QString &first17)
    {
        Customer c = SyncTestClient::customer();
        c.customerNo = no;
        c.name = name;
        c.mobile = mobile;
        c.idType = IdType::ResidentId;
        c.idNumber = first17 + ChineseId::checkDigit(first17);
        const QJsonObject answer
            = m_admin->pushOne(SyncTestClient::create(EntityType::Customer, c.id, WireCodec::encode(c)));
        if (answer.value(QStringLiteral("status")).toString() != QLatin1String("applied"))
            qWarning("customer refused: %s", QJsonDocument(answer).toJson().constData());
        return c;
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

private Q_SLOTS:
    void initTestCase()
    {
        AGENTDESK_REQUIRE_BACKEND();
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(m_fixture->addTeam(QStringLiteral("Desk A")));
        QVERIFY(m_fixture->addUser(QStringLiteral("admin"), QStringLiteral("admin")));
        QVERIFY(
            m_fixture->addUser(QStringLiteral("agent"), QStringLiteral("agent"), QStringLiteral("Desk A")));
        QVERIFY(
            m_fixture->addUser(QStringLiteral("agent2"), QStringLiteral("agent"), QStringLiteral("Desk A")));
        m_port = m_fixture->startServer();
        QVERIFY(m_port);
        m_admin = std::make_unique<SyncTestClient>(m_fixture.get(), m_port, QStringLiteral("admin"));
        QVERIFY(m_admin->isValid());
        m_adminToken = m_fixture->login(m_port, QStringLiteral("admin"));
        m_agentToken = m_fixture->login(m_port, QStringLiteral("agent"));
        QVERIFY(!m_agentToken.isEmpty());
        m_caller = makeCustomer(QStringLiteral("310200000001"), QStringLiteral("王五"),
            QStringLiteral("13600136000"), QStringLiteral("11010519800101001"));
        Account a;
        a.id = Entity::newId();
        a.customerId = m_caller.id;
        a.number = QStringLiteral("1090000000001");
        a.kind = AccountKind::Cash;
        a.openedOn = QDate(2020, 1, 2);
        QCOMPARE(m_admin->pushOne(SyncTestClient::create(EntityType::Account, a.id, WireCodec::encode(a)))
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("applied"));
        m_db = std::make_unique<Database>(m_dir.path());
        QVERIFY(m_db->open());
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_fixture.reset();
    }

    void findsAndCachesACallerOutsideTheScope()
    {
        CustomerRepository customers(*m_db);
        QVERIFY(customers.findByMobile(m_caller.mobile).isEmpty());
        RemoteCustomerLookup lookup(*m_db);
        QVERIFY(!lookup.isAvailable());
        lookup.setSession(url(), m_agentToken);
        QVERIFY(lookup.isAvailable());
        QSignalSpy finished(&lookup, &RemoteCustomerLookup::finished);
        QSignalSpy failed(&lookup, &RemoteCustomerLookup::failed);
        lookup.lookup(QStringLiteral("136 0013 6000"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(finished.first().at(1).toStringList(), QStringList {m_caller.id});
        const QList<Customer> cached = customers.findByMobile(m_caller.mobile);
        QCOMPARE(cached.size(), 1);
        QCOMPARE(cached.first().name, QStringLiteral("王五"));
        QCOMPARE(AccountRepository(*m_db).forCustomer(m_caller.id).size(), 1);
        // The cache holds the server's copy, nothing to push back.
        QCOMPARE(Outbox(*m_db).count(), 0);
    }

    void refusalsAndAVanishedServerAreReported()
    {
        RemoteCustomerLookup lookup(*m_db);
        lookup.setSession(url(), m_agentToken);
        QSignalSpy failed(&lookup, &RemoteCustomerLookup::failed);
        // A fragment of PII is not looked up centrally: the server's own message.
        lookup.lookup(QStringLiteral("6000"));
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        // Cancelled by a newer lookup: only the newer one answers.
        QSignalSpy finished(&lookup, &RemoteCustomerLookup::finished);
        lookup.lookup(QStringLiteral("13600136000"));
        lookup.lookup(QStringLiteral("310200000001"));
        QVERIFY(finished.wait(10000));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("310200000001"));
        // Signed out: nothing is sent.
        failed.clear();
        lookup.setSession(url(), QString());
        lookup.lookup(QStringLiteral("13600136000"));
        QCOMPARE(failed.size(), 1);
    }

    void revealAuditAndDeskAlertsReachTheServer()
    {
        // The agent serves a customer of its own team (created by the agent: in scope).
        const Customer ours = [this] {
            Customer c = SyncTestClient::customer();
            c.customerNo = QStringLiteral("310200000002");
            c.mobile = QStringLiteral("13600136001");
            const QString first17 = QStringLiteral("11010519800101002");
            c.idNumber = first17 + ChineseId::checkDigit(first17);
            return c;
        }();
        SyncEngine engine(*m_db);
        engine.setServerUrl(url());
        QVERIFY(engine.client()->login(QStringLiteral("agent"), QStringLiteral("correct horse")).ok());
        const QString agentId = engine.client()
                                    ->login(QStringLiteral("agent"), QStringLiteral("correct horse"))
                                    .json.value(QLatin1String("user"))
                                    .toObject()
                                    .value(QLatin1String("id"))
                                    .toString();
        QVERIFY(!agentId.isEmpty());
        Customer stored = ours;
        QVERIFY(CustomerRepository(*m_db).create(stored));
        const Actor agent {agentId, Role::Agent, QString()};

        PiiReveal reveal(*m_db, agent);
        QString error;
        QVERIFY2(reveal.reveal(stored.id, PiiField::IdNumber, QStringLiteral("核实来电身份"), &error),
            qPrintable(error));

        RiskAlertListModel::Row mine;
        mine.detected = true;
        mine.alert.kind = RiskAlertKind::AssessmentExpired;
        mine.alert.severity = Severity::Warning;
        mine.alert.text = QStringLiteral("测评已过期");
        CustomerDesk desk(*m_db, agent);
        QVERIFY(desk.acknowledge(stored.id, mine));
        // The cached caller is not served by the agent's team: the server refuses it.
        QVERIFY(desk.acknowledge(m_caller.id, mine));
        QCOMPARE(Outbox(*m_db).count(), 4);

        const SyncSummary summary = engine.runOnce();
        Q_UNUSED(summary);
        // The refused alert stays as poison, shown; everything else went through.
        QCOMPARE(Outbox(*m_db).count(), 0);
        const QList<OutboxEntry> left = Outbox(*m_db).poisoned();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().mutation.entity, EntityType::RiskAlert);
        QCOMPARE(left.first().mutation.fields.value(u"customer_id").toString(), m_caller.id);

        // An open alert, or one acknowledged in another's name, is the back office's to raise.
        SyncTestClient agentClient(m_fixture.get(), m_port, QStringLiteral("agent"));
        RiskAlert raised;
        raised.id = Entity::newId();
        raised.customerId = stored.id;
        raised.kind = RiskAlertKind::MarginCall;
        raised.severity = Severity::Critical;
        raised.text = QStringLiteral("伪造的追保通知");
        raised.raisedAt = QDateTime::currentDateTimeUtc();
        QJsonObject answer = agentClient.pushOne(
            SyncTestClient::create(EntityType::RiskAlert, raised.id, WireCodec::encode(raised)));
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        raised.state = AlertState::Acknowledged;
        raised.acknowledgedBy = Entity::newId();
        raised.acknowledgedAt = raised.raisedAt;
        answer = agentClient.pushOne(
            SyncTestClient::create(EntityType::RiskAlert, raised.id, WireCodec::encode(raised)));
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));

        // The agent logs a call at the pop and completes its record afterwards; a colleague
        // may not rewrite it.
        CustomerDesk calls(*m_db, agent);
        const CustomerDesk::Result call
            = calls.logCall(stored.id, QDateTime::currentDateTime().addSecs(-300));
        QVERIFY(call);
        QVERIFY(calls.completeCall(call.id, QStringLiteral("咨询追保期限"), 280));
        engine.runOnce();
        QCOMPARE(Outbox(*m_db).count(), 0);
        QCOMPARE(Outbox(*m_db).poisoned().size(), 1); // still only the refused alert
        SyncTestClient colleague(m_fixture.get(), m_port, QStringLiteral("agent2"));
        QVERIFY(colleague.isValid());
        Mutation rewrite;
        rewrite.mutationId = Entity::newId();
        rewrite.entity = EntityType::Interaction;
        rewrite.id = call.id;
        rewrite.baseRev = 2;
        rewrite.op = MutationOp::Update;
        rewrite.fields = {{QStringLiteral("summary"), QStringLiteral("改写")}};
        QCOMPARE(colleague.pushOne(rewrite).value(QStringLiteral("status")).toString(),
            QStringLiteral("rejected"));

        const HttpResult audit
            = m_fixture->request(m_port, "GET", QStringLiteral("/api/v1/audit?limit=1000"), {}, m_adminToken);
        bool found = false;
        for (const QJsonValue &value : audit.json.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QStringLiteral("action")).toString() == QLatin1String("reveal_pii")
                && entry.value(QStringLiteral("entity_id")).toString() == stored.id) {
                found = true;
                QCOMPARE(entry.value(QStringLiteral("reason")).toString(), QStringLiteral("核实来电身份"));
                QCOMPARE(entry.value(QStringLiteral("user_id")).toString(), agentId);
                QVERIFY(!QJsonDocument(entry).toJson().contains(stored.idNumber.toUtf8()));
            }
        }
        QVERIFY(found);
    }

    void aServerGoneMidLookupIsReported()
    {
        RemoteCustomerLookup lookup(*m_db);
        lookup.setSession(url(), m_agentToken);
        QSignalSpy failed(&lookup, &RemoteCustomerLookup::failed);
        m_fixture->stopServers();
        lookup.lookup(QStringLiteral("13600136000"));
        QVERIFY(failed.wait(15000));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRemoteCustomerLookup)
#include "tst_remotecustomerlookup.moc"
