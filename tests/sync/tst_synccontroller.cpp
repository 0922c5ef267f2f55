// SyncController: the engine on its own thread with its own connection, driven from the
// "GUI" thread (the test's) through queued calls, against a real agentdesk-server.

#include "store/changenotifier.h"
#include "sync/synccontroller.h"
#include "tests/sync/syncfixture.h"

#include <QSignalSpy>
#include <QThread>

class TestSyncController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.start(2)); }

    void runsOffTheGuiThread()
    {
        auto other = m_fixture.client(QStringLiteral("lead2"));
        QVERIFY(other);
        RestClient login;
        login.setBaseUrl(m_fixture.url());
        QVERIFY(login.login(QStringLiteral("lead1"), QStringLiteral("correct horse")).ok());

        QTemporaryDir profile;
        Database gui(profile.path());
        QVERIFY(gui.open());
        SyncController controller(profile.path());
        controller.setLocalNotifier(gui.notifier());
        QSignalSpy started(&controller, &SyncController::started);
        QSignalSpy finished(&controller, &SyncController::finished);
        QSignalSpy states(&controller, &SyncController::stateChanged);
        QSignalSpy lastSync(&controller, &SyncController::lastSyncAtChanged);
        QSignalSpy remote(gui.notifier(), &ChangeNotifier::cannedRepliesChanged);

        // The engine's thread is not ours: record where its signals come from.
        QThread *engineThread = nullptr;
        connect(&controller, &SyncController::stateChanged, this,
            [&] { engineThread = QThread::currentThread(); });

        controller.start(m_fixture.url(), login.token());
        QVERIFY(controller.isRunning());
        QVERIFY(started.wait(30000));
        QCOMPARE(started.first().at(0).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000); // the first cycle starts on its own
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(controller.state(), SyncEngine::State::Idle);
        QVERIFY(controller.lastSyncAt().isValid());
        QVERIFY(!lastSync.isEmpty());
        QVERIFY(!states.isEmpty());
        QCOMPARE(engineThread, QThread::currentThread()); // delivered queued, on our thread

        // A local edit on the GUI connection is pushed by the worker after the debounce.
        finished.clear();
        CannedReply mine = SyncFixture::reply(other->teamId, QStringLiteral("From the GUI"));
        QVERIFY(CannedReplyRepository(gui).create(mine));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QTRY_COMPARE(controller.pendingCount(), 0);
        QCOMPARE(Outbox(gui).count(), 0);
        QVERIFY(other->sync().ok);
        QVERIFY(other->replies().get(mine.id));

        // A change from elsewhere, pulled on "sync now", is announced on the GUI connection.
        CannedReply theirs = SyncFixture::reply(other->teamId, QStringLiteral("From elsewhere"));
        QVERIFY(other->replies().create(theirs));
        QVERIFY(other->sync().ok);
        remote.clear();
        finished.clear();
        controller.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QTRY_VERIFY(!remote.isEmpty());
        bool announced = false;
        for (const QList<QVariant> &args : std::as_const(remote))
            announced = announced || args.at(0).toStringList().contains(theirs.id);
        QVERIFY(announced);
        // The GUI connection reads what the worker's connection wrote.
        QCOMPARE(CannedReplyRepository(gui).get(theirs.id)->title, QStringLiteral("From elsewhere"));

        controller.stop();
        QVERIFY(!controller.isRunning());
    }

    void startFailsOnAnUnusableProfile()
    {
        QTemporaryDir dir;
        // A file where the profile directory should be.
        const QString path = dir.filePath(QStringLiteral("not-a-dir"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        SyncController controller(path);
        QSignalSpy started(&controller, &SyncController::started);
        controller.start(QUrl(QStringLiteral("http://127.0.0.1:1")), QString());
        QVERIFY(started.wait(30000));
        QCOMPARE(started.first().at(0).toBool(), false);
        QVERIFY(!started.first().at(1).toString().isEmpty());
    }

private:
    SyncFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
