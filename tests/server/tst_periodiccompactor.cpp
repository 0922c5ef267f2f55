// PeriodicCompactor: one claim per interval across instances, and `serve --compact-every`
// compacting while it serves.
#include "serverfixture.h"

#include "server/changefeed.h"
#include "server/dbconnection.h"
#include "server/periodiccompactor.h"
#include "server/servermigrations.h"
#include "server/userdirectory.h"
#include "server/writetransaction.h"

class TestPeriodicCompactor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;

    DatabaseSettings settings() const
    {
        const QStringList args = m_fixture->dbArgs();
        if (args.value(0) == QLatin1String("--db"))
            return *DatabaseSettings::fromUrl(args.value(1));
        return DatabaseSettings::sqliteIn(args.value(1));
    }
    static qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query = DbConnection::exec(db, sql, values);
        return query.next() ? query.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void init()
    {
        AGENTDESK_REQUIRE_BACKEND();
        m_fixture = std::make_unique<ServerFixture>();
    }
    void cleanup()
    {
        DbConnection::discardForThread();
        m_fixture.reset();
    }

    void oneClaimPerInterval()
    {
        const DatabaseSettings database = settings();
        const QSqlDatabase db = DbConnection::forThread(database);
        ServerMigrations::apply(db, database.backend);
        User user;
        {
            WriteTransaction transaction(db, database.backend);
            Team team;
            team.id = Entity::newId();
            team.name = QStringLiteral("Desk");
            UserDirectory::addTeam(db, team);
            user.id = Entity::newId();
            user.username = QStringLiteral("u1");
            user.displayName = QStringLiteral("U One");
            user.teamId = team.id;
            UserDirectory::addUser(db, user, QStringLiteral("hash"));
            UserDirectory::setActive(db, user.id, false);
            transaction.commit();
        }
        const QString userChanges
            = QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'user' AND entity_id = ?");
        QCOMPARE(scalar(db, userChanges, {user.id}), 2);
        // Old enough to go: the first revision is superseded by the second.
        DbConnection::exec(db, QStringLiteral("UPDATE changes SET at = 0"));

        const std::chrono::milliseconds hour = std::chrono::hours(1);
        QCOMPARE(PeriodicCompactor::runOnce(db, database.backend, hour, 0), 1);
        QCOMPARE(scalar(db, userChanges, {user.id}), 1);
        // Another instance in the same interval: claimed already, skipped.
        QCOMPARE(PeriodicCompactor::runOnce(db, database.backend, hour, 0), -1);
        // The interval over: the next run claims again (and finds nothing left).
        DbConnection::exec(db,
            QStringLiteral(
                "UPDATE counters SET value = value - 3600000 WHERE name = 'compaction_claimed_at'"));
        QCOMPARE(PeriodicCompactor::runOnce(db, database.backend, hour, 0), 0);
        QCOMPARE(scalar(db, userChanges, {user.id}), 1);
    }

    void serveCompactsPeriodically()
    {
        QVERIFY(m_fixture->addTeam(QStringLiteral("Desk")));
        QVERIFY(m_fixture->addUser(QStringLiteral("u1"), QStringLiteral("agent"), QStringLiteral("Desk")));
        // 0.0003 h ≈ 1 s; history older than 0 days goes.
        QVERIFY(m_fixture->startServer({QStringLiteral("--compact-every"), QStringLiteral("0.0003"),
            QStringLiteral("--tombstone-days"), QStringLiteral("0")}));
        // Written while serving: only the periodic run can remove the superseded revision.
        QCOMPARE(
            m_fixture->cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("u1")}), 0);
        QSqlDatabase db = m_fixture->database();
        const auto userChanges = [&db] {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'user'"));
            return query.next() ? query.value(0).toInt() : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(userChanges(), 1, 30000);
    }

    void refusesBadInterval_data()
    {
        QTest::addColumn<QString>("hours");
        QTest::newRow("negative") << QStringLiteral("-1");
        QTest::newRow("text") << QStringLiteral("daily");
    }
    void refusesBadInterval()
    {
        QFETCH(QString, hours);
        QCOMPARE(m_fixture->cli({QStringLiteral("serve"), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0"), QStringLiteral("--compact-every"), hours}),
            1);
    }
};

QTEST_GUILESS_MAIN(TestPeriodicCompactor)
#include "tst_periodiccompactor.moc"
