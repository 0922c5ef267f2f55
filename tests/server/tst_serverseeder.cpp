// `agentdesk-server seed` (SeedCommand + ServerSeeder): demo data in the server database,
// pulled through the real change feed in each role's scope.
#include "synctestclient.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

namespace {

const QByteArray s_password = "correct horse";

// The summary's count names (CountingSink) → the feed's entity keys.
const QHash<QString, QString> s_entityOf {
    {QStringLiteral("customers"), QStringLiteral("customer")},
    {QStringLiteral("accounts"), QStringLiteral("account")},
    {QStringLiteral("holdings"), QStringLiteral("holding")},
    {QStringLiteral("trades"), QStringLiteral("trade")},
    {QStringLiteral("risk_alerts"), QStringLiteral("risk_alert")},
    {QStringLiteral("interactions"), QStringLiteral("interaction")},
    {QStringLiteral("tickets"), QStringLiteral("ticket")},
    {QStringLiteral("ticket_events"), QStringLiteral("ticket_event")},
    {QStringLiteral("article_categories"), QStringLiteral("article_category")},
    {QStringLiteral("articles"), QStringLiteral("article")},
    {QStringLiteral("article_revisions"), QStringLiteral("article_revision")},
    {QStringLiteral("case_studies"), QStringLiteral("case_study")},
    {QStringLiteral("case_comments"), QStringLiteral("case_comment")},
    {QStringLiteral("canned_replies"), QStringLiteral("canned_reply")},
};

} // namespace

class TestServerSeeder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;

    struct SeedResult
    {
        int exitCode = -1;
        QHash<QString, QString> users; // role → username
        QHash<QString, qint64> counts; // summary name → count
        QByteArray err;
    };

    static SeedResult seed(
        ServerFixture &fixture, const QStringList &extra = {}, const QByteArray &password = s_password)
    {
        SeedResult result;
        QByteArray out;
        result.exitCode = fixture.cli(
            QStringList {QStringLiteral("seed"), QStringLiteral("--customers"), QStringLiteral("200"),
                QStringLiteral("--tickets"), QStringLiteral("300"), QStringLiteral("--quiet")}
                + extra,
            password, &out, &result.err);
        static const QRegularExpression userLine(QStringLiteral("^(agent|lead|trainer|admin): (\\S+)"));
        for (const QByteArray &line : out.split('\n')) {
            const QRegularExpressionMatch match = userLine.match(QString::fromUtf8(line));
            if (match.hasMatch())
                result.users.insert(match.captured(1), match.captured(2));
        }
        static const QRegularExpression count(QStringLiteral("\\b([a-z_]+)=(\\d+)\\b"));
        auto it = count.globalMatch(QString::fromUtf8(result.err));
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            result.counts.insert(match.captured(1), match.captured(2).toLongLong());
        }
        return result;
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery query(m_fixture->database());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    // A digest of every record's entity, id and data: equal for equal seeds. Users and
    // teams count by id only: UserDirectory stamps them with the time of the seed.
    QByteArray recordsDigest()
    {
        QSqlQuery query(m_fixture->database());
        if (!query.exec(QStringLiteral("SELECT entity, id, data FROM records ORDER BY entity, id")))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (query.next()) {
            const QString entity = query.value(0).toString();
            QJsonObject data;
            if (entity != QLatin1String("user") && entity != QLatin1String("team"))
                data = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
            const QByteArray line = query.value(0).toString().toUtf8() + ' '
                + query.value(1).toString().toUtf8() + ' '
                + QJsonDocument(data).toJson(QJsonDocument::Compact) + '\n';
            hash.addData(line);
        }
        return hash.result();
    }

private Q_SLOTS:
    void initTestCase() { AGENTDESK_REQUIRE_BACKEND(); }
    void init() { m_fixture = std::make_unique<ServerFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void refusesWithoutPassword()
    {
        const SeedResult result = seed(*m_fixture, {}, {});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("AGENTDESK_PASSWORD"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM records")), 0);
    }

    void seedsEveryRoleAndScope()
    {
        const SeedResult result = seed(*m_fixture);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(!result.err.contains(s_password), "the password was printed");
        for (const char *role : {"agent", "lead", "trainer", "admin"})
            QVERIFY2(result.users.contains(QLatin1String(role)), role);
        QCOMPARE(result.counts.value(QStringLiteral("customers")), 200);
        QCOMPARE(result.counts.value(QStringLiteral("tickets")), 300);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'seed'")), 1);

        const quint16 port = m_fixture->startServer();
        QVERIFY(port != 0);

        // An administrator gets every record, each a valid rev-1 record.
        SyncTestClient admin(m_fixture.get(), port, result.users.value(QStringLiteral("admin")));
        QVERIFY(admin.isValid());
        const QList<QJsonObject> all = admin.pullAll({}, 5000);
        QHash<QString, qint64> perEntity;
        for (const QJsonObject &json : all) {
            Change change;
            QString error;
            QVERIFY2(WireCodec::decode(json, change, &error), qPrintable(error));
            QCOMPARE(change.rev, 1);
            QVERIFY(!change.deleted);
            ++perEntity[enumKey(change.entity)];
        }
        for (auto it = s_entityOf.cbegin(); it != s_entityOf.cend(); ++it)
            QVERIFY2(perEntity.value(it.value()) == result.counts.value(it.key()), qPrintable(it.key()));

        // An agent: the own team's tickets and events, those customers, published articles.
        SyncTestClient agent(m_fixture.get(), port, result.users.value(QStringLiteral("agent")));
        QVERIFY(agent.isValid());
        QVERIFY(!agent.teamId().isEmpty());
        const QList<QJsonObject> mine = agent.pullAll({}, 5000);
        QSet<QString> ticketIds;
        QSet<QString> ticketCustomers;
        QSet<QString> customers;
        qint64 articles = 0;
        qint64 events = 0;
        for (const QJsonObject &change : mine) {
            const QString entity = change.value(QStringLiteral("entity")).toString();
            const QJsonObject data = change.value(QStringLiteral("data")).toObject();
            if (entity == QLatin1String("ticket")) {
                QCOMPARE(data.value(QStringLiteral("team_id")).toString(), agent.teamId());
                ticketIds.insert(data.value(QStringLiteral("id")).toString());
                // Incident parents (mass events) have no customer.
                if (const QString customer = data.value(QStringLiteral("customer_id")).toString();
                    !customer.isEmpty())
                    ticketCustomers.insert(customer);
            } else if (entity == QLatin1String("ticket_event")) {
                ++events;
                QVERIFY(ticketIds.contains(data.value(QStringLiteral("ticket_id")).toString()));
            } else if (entity == QLatin1String("customer")) {
                customers.insert(data.value(QStringLiteral("id")).toString());
            } else if (entity == QLatin1String("article")
                && !change.value(QStringLiteral("deleted")).toBool()) {
                // Unpublished articles reach agents as tombstones only.
                QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("published"));
                ++articles;
            }
        }
        QVERIFY(!ticketIds.isEmpty());
        QVERIFY(events > 0);
        QVERIFY(ticketIds.size() < 300); // other teams' tickets stay out
        QCOMPARE(qint64(ticketIds.size()),
            scalar(QStringLiteral("SELECT COUNT(*) FROM records WHERE entity = 'ticket' AND team_id = '%1'")
                       .arg(agent.teamId())));
        for (const QString &customer : std::as_const(ticketCustomers))
            QVERIFY2(customers.contains(customer), "a ticket's customer is missing");
        QVERIFY(customers.size() < 200);
        QCOMPARE(qint64(customers.size()),
            scalar(QStringLiteral("SELECT COUNT(*) FROM team_customers WHERE team_id = '%1'")
                       .arg(agent.teamId())));
        QCOMPARE(articles,
            scalar(QStringLiteral("SELECT COUNT(*) FROM records WHERE entity = 'article' "
                                  "AND data LIKE '%\"status\":\"published\"%'")));
        QVERIFY(articles > 0);

        // A trainer: no customers, no tickets.
        SyncTestClient trainer(m_fixture.get(), port, result.users.value(QStringLiteral("trainer")));
        QVERIFY(trainer.isValid());
        const QList<QJsonObject> taught = trainer.pullAll({}, 5000);
        QVERIFY(!taught.isEmpty());
        QVERIFY(SyncTestClient::ids(taught, QStringLiteral("ticket")).isEmpty());
        QVERIFY(SyncTestClient::ids(taught, QStringLiteral("customer")).isEmpty());
    }

    void refusesNonEmptyDatabaseUnlessForced()
    {
        QVERIFY(m_fixture->addTeam(QStringLiteral("Ops")));
        SeedResult result = seed(*m_fixture);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("--force"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM records WHERE entity = 'customer'")), 0);

        result = seed(*m_fixture, {QStringLiteral("--force")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const qint64 records = scalar(QStringLiteral("SELECT COUNT(*) FROM records"));
        QVERIFY(records > 500);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM teams WHERE name = 'Ops'")), 0);
        const QByteArray digest = recordsDigest();

        // Seeding again replaces everything: the same records, no duplicates, and the
        // old feed positions are expired.
        const qint64 horizon = scalar(QStringLiteral("SELECT value FROM counters WHERE name = 'change_seq'"));
        result = seed(*m_fixture, {QStringLiteral("--force")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM records")), records);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM changes")), records);
        QCOMPARE(recordsDigest(), digest);
        QVERIFY(
            scalar(QStringLiteral("SELECT value FROM counters WHERE name = 'compacted_through'")) > horizon);
        QVERIFY(scalar(QStringLiteral("SELECT MIN(seq) FROM changes")) > horizon);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'seed'")), 2);
    }

    void sameSeedSameData()
    {
        QVERIFY(seed(*m_fixture).exitCode == 0);
        const QByteArray first = recordsDigest();
        QVERIFY(!first.isEmpty());
        const qint64 maxSeq = scalar(QStringLiteral("SELECT MAX(seq) FROM changes"));
        QCOMPARE(maxSeq, scalar(QStringLiteral("SELECT value FROM counters WHERE name = 'change_seq'")));

        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(seed(*m_fixture).exitCode == 0);
        QCOMPARE(recordsDigest(), first);

        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(seed(*m_fixture, {QStringLiteral("--seed"), QStringLiteral("7")}).exitCode == 0);
        QVERIFY(recordsDigest() != first);
    }
};

QTEST_GUILESS_MAIN(TestServerSeeder)
#include "tst_serverseeder.moc"
