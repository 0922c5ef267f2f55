// `agentdesk sync` in-process (HeadlessSync::run) and as the real executable, against a
// real agentdesk-server.

#include "sync/headlesssync.h"
#include "tests/sync/syncfixture.h"

#include <QProcess>
#include <QTextStream>

class TestHeadlessSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.start(2)); }

    void syncsOnceWithASummary()
    {
        // Something to pull: lead2 pushes a reply first.
        auto other = m_fixture.client(QStringLiteral("lead2"));
        QVERIFY(other);
        CannedReply theirs = SyncFixture::reply(other->teamId, QStringLiteral("Theirs"));
        QVERIFY(other->replies().create(theirs));
        QVERIFY(other->sync().ok);

        QTemporaryDir profile;
        {
            // An offline edit in the profile before the command runs.
            Database db(profile.path());
            QVERIFY(db.open());
            CannedReply mine = SyncFixture::reply(other->teamId, QStringLiteral("Mine"));
            QVERIFY(CannedReplyRepository(db).create(mine));
        }
        HeadlessSync::Options options {
            profile.path(), m_fixture.url(), QStringLiteral("lead1"), QStringLiteral("correct horse")};
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(HeadlessSync::run(options, outStream, errStream), int(HeadlessSync::Ok));
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY2(out.startsWith(QLatin1String("pushed 1, pulled ")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("conflicts 0, poison 0")));
        QCOMPARE(out.count(QLatin1Char('\n')), 1);

        Database db(profile.path());
        QVERIFY(db.open());
        QVERIFY(CannedReplyRepository(db).get(theirs.id));
        QCOMPARE(Outbox(db).count(), 0);
    }

    void wrongPasswordExitsWithLoginFailed()
    {
        QTemporaryDir profile;
        HeadlessSync::Options options {
            profile.path(), m_fixture.url(), QStringLiteral("lead1"), QStringLiteral("nope")};
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(HeadlessSync::run(options, outStream, errStream), int(HeadlessSync::LoginFailed));
        QVERIFY(out.isEmpty());
        QVERIFY(err.contains(QLatin1String("login failed")));
        QVERIFY(!err.contains(QLatin1String("nope")));
    }

    void serverDownExitsWithSyncFailed()
    {
        QTemporaryDir profile;
        HeadlessSync::Options options {profile.path(), QUrl(QStringLiteral("http://127.0.0.1:1")),
            QStringLiteral("lead1"), QStringLiteral("correct horse")};
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(HeadlessSync::run(options, outStream, errStream), int(HeadlessSync::SyncFailed));
        QVERIFY(err.contains(QLatin1String("network error")));
    }

    void executableSubcommand()
    {
        QTemporaryDir profile;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AGENTDESK_PASSWORD"), QStringLiteral("correct horse"));
        // No display at all: the subcommand must not create a QApplication.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AGENTDESK_APP_BIN),
            {QStringLiteral("sync"), QStringLiteral("--lang"), QStringLiteral("en"),
                QStringLiteral("--profile"), profile.path(), QStringLiteral("--server"),
                m_fixture.url().toString(), QStringLiteral("--user"), QStringLiteral("lead2")});
        QVERIFY(process.waitForFinished(120000));
        const QByteArray out = process.readAllStandardOutput();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY2(out.startsWith("pushed 0, pulled "), out.constData());

        QProcess usage;
        usage.start(QStringLiteral(AGENTDESK_APP_BIN),
            {QStringLiteral("sync"), QStringLiteral("--profile"), profile.path()});
        QVERIFY(usage.waitForFinished(60000));
        QCOMPARE(usage.exitCode(), int(HeadlessSync::Usage));
    }

    void executableSpeaksTheUsersLanguage()
    {
        QTemporaryDir profile;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AGENTDESK_PASSWORD"), QStringLiteral("correct horse"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AGENTDESK_APP_BIN),
            {QStringLiteral("sync"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                QStringLiteral("--profile"), profile.path(), QStringLiteral("--server"),
                m_fixture.url().toString(), QStringLiteral("--user"), QStringLiteral("lead2")});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.startsWith(QStringLiteral("推送 0")), qPrintable(out));

        // A wrong password, in Chinese too.
        QProcess refused;
        env.insert(QStringLiteral("AGENTDESK_PASSWORD"), QStringLiteral("nope"));
        refused.setProcessEnvironment(env);
        refused.start(QStringLiteral(AGENTDESK_APP_BIN),
            {QStringLiteral("sync"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                QStringLiteral("--profile"), profile.path(), QStringLiteral("--server"),
                m_fixture.url().toString(), QStringLiteral("--user"), QStringLiteral("lead2")});
        QVERIFY(refused.waitForFinished(120000));
        QCOMPARE(refused.exitCode(), int(HeadlessSync::LoginFailed));
        const QString err = QString::fromUtf8(refused.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("登录失败")), qPrintable(err));

        // The workstation's --help names the subcommand.
        QProcess help;
        help.start(QStringLiteral(AGENTDESK_APP_BIN),
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(60000));
        const QByteArray text = help.readAllStandardOutput();
        QVERIFY2(text.contains("agentdesk sync --server URL --user NAME"), text.constData());
        QVERIFY(text.contains("--server <url>"));
        QVERIFY(text.contains("--user <name>"));
    }

private:
    SyncFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestHeadlessSync)
#include "tst_headlesssync.moc"
