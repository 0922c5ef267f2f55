#include "store/database.h"
#include "store/migrations.h"
#include "store/transaction.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static QVariant scalar(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private Q_SLOTS:
    void opensWithPragmas()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("nested/profile"));
        Database db(profile);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY(db.isOpen());
        QVERIFY(QFile::exists(profile + QStringLiteral("/agentdesk.sqlite")));
        QCOMPARE(db.filePath(), profile + QStringLiteral("/agentdesk.sqlite"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    }

    void rawHandleIsTheConnection()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        sqlite3 *handle = db.rawHandle();
        QVERIFY(handle);
        QCOMPARE(QString::fromUtf8(sqlite3_db_filename(handle, "main")),
            QFileInfo(db.filePath()).canonicalFilePath());
        // A table made through the handle is seen through QtSql: the same connection.
        QCOMPARE(sqlite3_exec(handle, "CREATE TABLE probe (x)", nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'probe'")).toInt(), 1);
        db.close();
        QVERIFY(!db.rawHandle());
    }

    void unwritableDirectoryIsAClearError()
    {
        QTemporaryDir dir;
        // A regular file where the profile folder should be: mkpath fails even for root.
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Database db(blocker + QStringLiteral("/profile"));
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY(!db.isOpen());
        QVERIFY2(error.contains(QStringLiteral("profile folder")), qPrintable(error));
    }

    void notADatabaseIsAClearError()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(Database::fileName()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        Database db(dir.path());
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!db.isOpen());
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        {
            Database db(dir.path());
            QVERIFY(db.open());
            QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
        }
        Database db(dir.path());
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY2(error.contains(QString::number(Migrations::latestVersion() + 1)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
        // The file was not touched.
        Database raw(dir.path());
        QVERIFY(raw.openWithoutMigrating());
        QCOMPARE(raw.schemaVersion(), Migrations::latestVersion() + 1);
    }

    void twoConnectionsOnOneProfile()
    {
        QTemporaryDir dir;
        Database a(dir.path());
        Database b(dir.path());
        QVERIFY(a.open());
        QVERIFY(b.open());
        QVERIFY(a.connection().connectionName() != b.connection().connectionName());
        QVERIFY(a.exec(QStringLiteral("INSERT INTO profile (key, value) VALUES ('k', 'v')")));
        QCOMPARE(scalar(b, QStringLiteral("SELECT value FROM profile WHERE key = 'k'")).toString(),
            QStringLiteral("v"));
    }

    void nestedTransactions()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        {
            Transaction outer(db);
            QVERIFY(outer.begin());
            QVERIFY(db.exec(QStringLiteral("INSERT INTO profile (key, value) VALUES ('outer', '1')")));
            {
                Transaction inner(db);
                QVERIFY(inner.begin());
                QCOMPARE(db.transactionDepth(), 2);
                QVERIFY(db.exec(QStringLiteral("INSERT INTO profile (key, value) VALUES ('inner', '1')")));
                // Destroyed without commit: only the inner insert is undone.
            }
            QCOMPARE(db.transactionDepth(), 1);
            QVERIFY(outer.commit());
        }
        QCOMPARE(db.transactionDepth(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM profile WHERE key = 'outer'")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM profile WHERE key = 'inner'")).toInt(), 0);
        {
            Transaction t(db);
            QVERIFY(t.begin());
            QVERIFY(db.exec(QStringLiteral("INSERT INTO profile (key, value) VALUES ('dropped', '1')")));
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM profile WHERE key = 'dropped'")).toInt(), 0);
    }

    void cachedQueryReportsBadSql()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        QString error;
        QVERIFY(!db.cachedQuery(QStringLiteral("SELEKT nonsense"), &error));
        QVERIFY(!error.isEmpty());
        QSqlQuery *q = db.cachedQuery(QStringLiteral("SELECT ?"));
        QVERIFY(q);
        QCOMPARE(db.cachedQuery(QStringLiteral("SELECT ?")), q);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
