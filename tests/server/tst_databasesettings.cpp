#include "server/databasesettings.h"

#include <QDir>
#include <QTest>

class TestDatabaseSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postgresUrl()
    {
        QString error;
        const auto settings = DatabaseSettings::fromUrl(
            QStringLiteral("postgresql://agent:s3cret@10.0.0.5:6543/desk"), &error);
        QVERIFY2(settings, qPrintable(error));
        QCOMPARE(settings->backend, DatabaseSettings::Backend::Postgresql);
        QCOMPARE(settings->host, QStringLiteral("10.0.0.5"));
        QCOMPARE(settings->port, 6543);
        QCOMPARE(settings->user, QStringLiteral("agent"));
        QCOMPARE(settings->password, QStringLiteral("s3cret"));
        QCOMPARE(settings->databaseName, QStringLiteral("desk"));
        QCOMPARE(settings->backendName(), QStringLiteral("postgresql"));
        // describe() goes to logs: never the password.
        QVERIFY(!settings->describe().contains(QStringLiteral("s3cret")));
    }

    void defaultsAndRefusals()
    {
        const auto plain = DatabaseSettings::fromUrl(QStringLiteral("postgres://u@db/x"));
        QVERIFY(plain);
        QCOMPARE(plain->port, 5432);
        QVERIFY(!DatabaseSettings::fromUrl(QStringLiteral("mysql://u@h/x")));
        QVERIFY(!DatabaseSettings::fromUrl(QStringLiteral("postgresql://u@h")));
        QVERIFY(!DatabaseSettings::fromUrl(QStringLiteral("postgresql://u@h/a/b")));
        QVERIFY(!DatabaseSettings::fromUrl(QStringLiteral("not a url")));
    }

    void sqliteInDataDir()
    {
        const DatabaseSettings settings = DatabaseSettings::sqliteIn(QStringLiteral("/srv/agentdesk"));
        QCOMPARE(settings.backend, DatabaseSettings::Backend::Sqlite);
        QCOMPARE(QDir::cleanPath(settings.sqlitePath), QStringLiteral("/srv/agentdesk/server.sqlite"));
        QCOMPARE(settings.backendName(), QStringLiteral("sqlite"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseSettings)
#include "tst_databasesettings.moc"
