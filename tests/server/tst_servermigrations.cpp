// ServerMigrations on the backend under test: the schema, idempotence, concurrent starts.
#include "serverfixture.h"

#include "server/dbconnection.h"
#include "server/dberror.h"
#include "server/servermigrations.h"

class TestServerMigrations : public QObject
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

private Q_SLOTS:
    void initTestCase() { AGENTDESK_REQUIRE_BACKEND(); }
    void init() { m_fixture = std::make_unique<ServerFixture>(); }
    void cleanup()
    {
        DbConnection::discardForThread();
        m_fixture.reset();
    }

    void createsSchemaOnce()
    {
        const DatabaseSettings database = settings();
        const QSqlDatabase db = DbConnection::forThread(database);
        QCOMPARE(ServerMigrations::currentVersion(db), 0);
        ServerMigrations::apply(db, database.backend);
        QCOMPARE(ServerMigrations::currentVersion(db), ServerMigrations::latestVersion());
        ServerMigrations::apply(db, database.backend); // a second start changes nothing
        QCOMPARE(ServerMigrations::currentVersion(db), ServerMigrations::latestVersion());
        QSqlQuery versions = DbConnection::exec(db, QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        QVERIFY(versions.next());
        QCOMPARE(versions.value(0).toInt(), ServerMigrations::latestVersion());

        const QStringList tables = db.tables();
        for (const char *table :
            {"users", "teams", "sessions", "audit", "records", "changes", "counters", "mutations"})
            QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
        QSqlQuery counter
            = DbConnection::exec(db, QStringLiteral("SELECT value FROM counters WHERE name = 'change_seq'"));
        QVERIFY(counter.next());
        QCOMPARE(counter.value(0).toLongLong(), 0);
    }

    void recordsKeyedByEntityAndId()
    {
        const DatabaseSettings database = settings();
        const QSqlDatabase db = DbConnection::forThread(database);
        ServerMigrations::apply(db, database.backend);
        const QString insert = QStringLiteral("INSERT INTO records (entity, id, rev, deleted, team_id, "
                                              "updated_at, data) VALUES (?, ?, 1, 0, NULL, 0, '{}')");
        DbConnection::exec(db, insert, {QStringLiteral("ticket"), QStringLiteral("x")});
        DbConnection::exec(db, insert, {QStringLiteral("customer"), QStringLiteral("x")});
        QVERIFY_THROWS_EXCEPTION(
            DbError, DbConnection::exec(db, insert, {QStringLiteral("ticket"), QStringLiteral("x")}));
    }

    void concurrentStartsMigrateOnce()
    {
        // Four processes starting together on one empty database.
        QList<QProcess *> processes;
        for (int i = 0; i < 4; ++i) {
            auto *process = new QProcess(this);
            process->start(QStringLiteral(AGENTDESK_SERVER_BIN),
                QStringList {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("T%1").arg(i)}
                    + m_fixture->dbArgs());
            processes.append(process);
        }
        for (QProcess *process : std::as_const(processes)) {
            QVERIFY(process->waitForFinished(120000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
            delete process;
        }
        const QSqlDatabase db = DbConnection::forThread(settings());
        QSqlQuery versions = DbConnection::exec(db, QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        QVERIFY(versions.next());
        QCOMPARE(versions.value(0).toInt(), ServerMigrations::latestVersion());
        QSqlQuery teams = DbConnection::exec(db, QStringLiteral("SELECT COUNT(*) FROM teams"));
        QVERIFY(teams.next());
        QCOMPARE(teams.value(0).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestServerMigrations)
#include "tst_servermigrations.moc"
