#include "core/wirecodec.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/tablespec.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    static QStringList names(Database &db, const QString &type)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = ? ORDER BY name"));
        q.addBindValue(type);
        q.exec();
        QStringList out;
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }

private Q_SLOTS:
    void versionsAreOrdered()
    {
        int last = 0;
        for (const Migration &m : Migrations::all()) {
            QCOMPARE(m.version, last + 1);
            QVERIFY(!m.description.isEmpty());
            QVERIFY(!m.statements.isEmpty());
            last = m.version;
        }
        QCOMPARE(Migrations::latestVersion(), last);
        QVERIFY(last >= 2);
    }

    void upgradesAnOldFile()
    {
        QTemporaryDir dir;
        {
            Database old(dir.path());
            QVERIFY(old.openWithoutMigrating());
            QString error;
            QVERIFY2(Migrations::applyUpTo(old, 1, &error), qPrintable(error));
            QCOMPARE(old.schemaVersion(), 1);
            QVERIFY(!names(old, QStringLiteral("index")).contains(QStringLiteral("tickets_team_updated")));
            QVERIFY(old.exec(QStringLiteral("INSERT INTO tickets (id, rev, number, subject, state, team_id) "
                                            "VALUES ('t1', 3, 'T1', '旧工单', 'processing', 'team-a')")));
            QVERIFY(old.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('cursor', '42')")));
            QVERIFY(
                old.exec(QStringLiteral("INSERT INTO outbox (mutation_id, entity, entity_id, op, created_at) "
                                        "VALUES ('m1', 'ticket', 't1', 'update', 1)")));
        }
        Database db(dir.path());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
        QVERIFY(names(db, QStringLiteral("index")).contains(QStringLiteral("tickets_team_updated")));
        QVERIFY(names(db, QStringLiteral("index")).contains(QStringLiteral("tickets_team_state_due")));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT rev, number, subject, state, team_id FROM tickets WHERE id = 't1'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QCOMPARE(q.value(1).toString(), QStringLiteral("T1"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("旧工单"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("processing"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("team-a"));
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("42"));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Opening again applies nothing.
        db.close();
        QVERIFY(db.open());
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    }

    void failedStepLeavesTheVersion()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.openWithoutMigrating());
        QVERIFY(Migrations::applyUpTo(db, 1));
        // Block step 2 by taking one of its index names.
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE tickets_team_updated (x)")));
        QString error;
        QVERIFY(!Migrations::apply(db, &error));
        QVERIFY2(error.contains(QStringLiteral("Migration 2")), qPrintable(error));
        QCOMPARE(db.schemaVersion(), 1);
        // The statements of step 2 before the failure were rolled back too.
        QSqlQuery q(db.connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'tickets_state_due'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Every entity table has exactly the codec's wire keys as columns.
    void tablesMatchTheWireKeys()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        for (int i = 0; i <= int(EntityType::AuditEntry); ++i) {
            const auto type = static_cast<EntityType>(i);
            const TableSpec &spec = TableSpec::of(type);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(spec.table())));
            QStringList columns;
            while (q.next())
                columns.append(q.value(1).toString());
            columns.sort();
            QCOMPARE(columns, WireCodec::fieldKeys(type));
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
