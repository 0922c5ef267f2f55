// The workstation's session against a real agentdesk-server: sign-in (silent and through
// the dialog), the status bar following the sync thread and the outbox, the first-sync
// progress panel, offline start with a cached profile, and the password asked again
// after a 401 without losing the edits made meanwhile.

#include "models/sessionstatus.h"
#include "models/syncprogress.h"
#include "store/profilesettings.h"
#include "store/userrepository.h"
#include "sync/synccontroller.h"
#include "tests/sync/syncfixture.h"
#include "ui/session/firstsyncpanel.h"
#include "ui/session/sessioncontroller.h"

#include <QApplication>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

const auto s_password = QStringLiteral("correct horse");

// One workstation profile: its store, status, progress, panel and session.
struct Workstation
{
    explicit Workstation(const QString &path) : db(path)
    {
        QString error;
        opened = db.open(&error);
        if (!opened)
            qWarning("cannot open the profile: %s", qPrintable(error));
        status = std::make_unique<SessionStatus>(&db);
        progress = std::make_unique<SyncProgress>();
        // The panel sits in a window, as over the workspaces; it shows and hides itself.
        host = std::make_unique<QWidget>();
        panel = new FirstSyncPanel(progress.get(), host.get());
        session = std::make_unique<SessionController>(db, status.get(), progress.get());
        status->refresh();
    }
    ~Workstation()
    {
        session.reset(); // joins the sync thread before the store closes
        host.reset();
    }

    Database db;
    bool opened = false;
    std::unique_ptr<SessionStatus> status;
    std::unique_ptr<SyncProgress> progress;
    std::unique_ptr<QWidget> host;
    FirstSyncPanel *panel = nullptr;
    std::unique_ptr<SessionController> session;
};

QString teamOf(Workstation &w)
{
    const auto user = UserRepository(w.db).get(ProfileSettings(w.db).currentUserId());
    return user ? user->teamId : QString();
}

} // namespace

class TestSessionController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noServerWorksOnItsOwn();
    void silentSignInSyncsAndShowsTheUser();
    void firstSyncShowsProgressThenHides();
    void feedEstimatesWhatRemains();
    void pendingCountFollowsTheOutboxAndTheSync();
    void dialogSignInAndQuit();
    void offlineStartWhenTheServerIsDown();
    void unauthorizedAsksThePasswordAgainAndLosesNothing();

private:
    SessionController::Options options(const QString &user = QStringLiteral("lead1")) const
    {
        return {m_fixture.url().toString(), user, s_password};
    }
    // Signs a fresh workstation in and waits for its first cycle.
    bool signedIn(Workstation &w, const QString &user = QStringLiteral("lead1"));
    void seedReplies(int count);

    SyncFixture m_fixture;
};

void TestSessionController::initTestCase()
{
    if (QByteArray(AGENTDESK_SERVER_BIN).isEmpty())
        QSKIP("built without agentdesk-server");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_fixture.start(3));
}

bool TestSessionController::signedIn(Workstation &w, const QString &user)
{
    if (!w.opened)
        return false;
    QSignalSpy signedInSpy(w.session.get(), &SessionController::signedIn);
    w.session->begin(options(user));
    if (!signedInSpy.wait(30000))
        return false;
    // The first cycle runs by itself.
    return QTest::qWaitFor(
        [&] {
            return w.status->connection() == SessionStatus::Connection::Online
                && w.status->lastSyncAt().isValid();
        },
        30000);
}

void TestSessionController::seedReplies(int count)
{
    auto other = m_fixture.client(QStringLiteral("lead3"));
    QVERIFY(other);
    for (int i = 0; i < count; ++i) {
        CannedReply r = SyncFixture::reply(other->teamId, QStringLiteral("Seed %1").arg(i));
        QVERIFY(other->replies().create(r));
    }
    const SyncSummary s = other->sync();
    QVERIFY2(s.ok, qPrintable(s.text()));
}

void TestSessionController::noServerWorksOnItsOwn()
{
    QTemporaryDir dir;
    Workstation w(dir.path());
    QVERIFY(w.opened);
    w.session->begin({});
    QCOMPARE(w.status->connection(), SessionStatus::Connection::NoServer);
    QVERIFY(!w.status->serverConfigured());
    QVERIFY(!w.session->loginDialog());
    QVERIFY(!w.session->syncController());
}

void TestSessionController::silentSignInSyncsAndShowsTheUser()
{
    QTemporaryDir dir;
    Workstation w(dir.path());
    QVERIFY(signedIn(w));
    QVERIFY(w.session->hasSession());
    QVERIFY(w.status->hasSession());
    QVERIFY(!w.session->loginDialog());
    QVERIFY(w.session->syncController()->isRunning());
    // The signed-in user is the profile's current user, with a local record.
    const ProfileSettings settings(w.db);
    QCOMPARE(settings.serverUrl(), m_fixture.url().toString());
    QCOMPARE(settings.lastUsername(), QStringLiteral("lead1"));
    QVERIFY(!settings.currentUserId().isEmpty());
    const auto user = UserRepository(w.db).get(settings.currentUserId());
    QVERIFY(user);
    QCOMPARE(user->username, QStringLiteral("lead1"));
    QCOMPARE(w.status->userDisplayName(), QStringLiteral("Test lead"));
    QCOMPARE(w.status->role(), std::optional<Role>(Role::Lead));
    QVERIFY(w.status->syncError().isEmpty());
}

void TestSessionController::firstSyncShowsProgressThenHides()
{
    seedReplies(40);
    QTemporaryDir dir;
    Workstation w(dir.path());
    QVERIFY(w.opened);
    w.host->show();
    QVERIFY(!w.panel->isVisible());
    struct Seen
    {
        bool panelVisible;
        qint64 done;
        qint64 expected;
    };
    QList<Seen> seen;
    connect(w.progress.get(), &SyncProgress::changed, this, [&] {
        if (w.progress->isActive())
            seen.append({w.panel->isVisible(), w.progress->rowsDone(), w.progress->rowsExpected()});
    });
    QSignalSpy active(w.progress.get(), &SyncProgress::activeChanged);
    QVERIFY(signedIn(w));
    QTRY_COMPARE(active.count(), 2);
    QCOMPARE(active.at(0).at(0).toBool(), true);
    QCOMPARE(active.at(1).at(0).toBool(), false);
    bool sawRows = false;
    for (const Seen &s : std::as_const(seen)) {
        QVERIFY(s.panelVisible); // shown the whole time it ran
        if (s.done >= 40 && s.expected >= s.done)
            sawRows = true;
    }
    QVERIFY(sawRows);
    QVERIFY(!w.panel->isVisible()); // and gone afterwards
    QVERIFY(w.panel->detailText().contains(QStringLiteral("records")));

    // Later cycles are not a first sync: no panel.
    active.clear();
    QSignalSpy finished(w.session->syncController(), &SyncController::finished);
    w.session->syncNow();
    QVERIFY(finished.wait(30000));
    QCOMPARE(active.count(), 0);
    QVERIFY(!w.panel->isVisible());
}

void TestSessionController::feedEstimatesWhatRemains()
{
    seedReplies(12);
    const QString token = m_fixture.server().login(m_fixture.port(), QStringLiteral("lead1"));
    QVERIFY(!token.isEmpty());
    const HttpResult all = m_fixture.server().request(
        m_fixture.port(), "GET", QStringLiteral("/api/v1/changes?limit=5000"), {}, token);
    QCOMPARE(all.status, 200);
    const qint64 total = all.json.value(QStringLiteral("changes")).toArray().size();
    QVERIFY(total > 12);
    QCOMPARE(all.json.value(QStringLiteral("remaining")).toInteger(), 0); // the last page
    const HttpResult first = m_fixture.server().request(
        m_fixture.port(), "GET", QStringLiteral("/api/v1/changes?limit=5"), {}, token);
    QCOMPARE(first.status, 200);
    QVERIFY(first.json.value(QStringLiteral("more")).toBool());
    // Everything on this server is in a Desk A lead's scope: the estimate is exact.
    QCOMPARE(first.json.value(QStringLiteral("remaining")).toInteger(), total - 5);
}

void TestSessionController::pendingCountFollowsTheOutboxAndTheSync()
{
    QTemporaryDir dir;
    Workstation w(dir.path());
    QVERIFY(signedIn(w));
    QCOMPARE(w.status->pendingChanges(), 0);
    CannedReply mine = SyncFixture::reply(teamOf(w), QStringLiteral("Edited at the desk"));
    QVERIFY(CannedReplyRepository(w.db).create(mine));
    QCOMPARE(w.status->pendingChanges(), 1); // at once, from the GUI connection
    // The sync thread pushes it after the debounce; the count follows.
    QTRY_COMPARE_WITH_TIMEOUT(w.status->pendingChanges(), 0, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(w.status->connection(), SessionStatus::Connection::Online, 30000);
    auto other = m_fixture.client(QStringLiteral("lead2"));
    QVERIFY(other);
    QVERIFY(other->sync().ok);
    QVERIFY(other->replies().get(mine.id));
}

void TestSessionController::dialogSignInAndQuit()
{
    QTemporaryDir dir;
    {
        Workstation w(dir.path());
        QSignalSpy quit(w.session.get(), &SessionController::quitRequested);
        w.session->begin({m_fixture.url().toString(), QStringLiteral("lead1"), QString()});
        LoginDialog *dialog = w.session->loginDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->mode(), LoginDialog::Mode::Startup);
        QCOMPARE(dialog->serverUrl(), m_fixture.url().toString());
        QCOMPARE(dialog->username(), QStringLiteral("lead1"));
        QVERIFY(!dialog->isOfflineAvailable()); // nobody has worked on this profile yet
        dialog->findChild<QPushButton *>(QStringLiteral("loginCancel"))->click();
        QCOMPARE(quit.count(), 1);
    }
    Workstation w(dir.path());
    QSignalSpy signedInSpy(w.session.get(), &SessionController::signedIn);
    w.session->begin({m_fixture.url().toString(), QString(), QString()});
    LoginDialog *dialog = w.session->loginDialog();
    QVERIFY(dialog);
    dialog->setUsername(QStringLiteral("lead2"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("loginPassword"));
    password->setText(s_password);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(signedInSpy.wait(30000));
    QTRY_VERIFY(!w.session->loginDialog());
    QTRY_COMPARE_WITH_TIMEOUT(w.status->connection(), SessionStatus::Connection::Online, 30000);
    QCOMPARE(ProfileSettings(w.db).lastUsername(), QStringLiteral("lead2"));
}

void TestSessionController::offlineStartWhenTheServerIsDown()
{
    QTemporaryDir dir;
    {
        Workstation w(dir.path());
        QVERIFY(signedIn(w));
    }
    // The profile remembers its server and user; now nothing answers at the address.
    const QString dead = QStringLiteral("http://127.0.0.1:1");
    {
        Workstation w(dir.path());
        QVERIFY(w.session->hasCachedUser());
        QSignalSpy offline(w.session.get(), &SessionController::workingOffline);
        w.session->begin({dead, QStringLiteral("lead1"), s_password});
        QVERIFY(offline.wait(30000));
        QVERIFY(!w.session->loginDialog()); // scripted start: no dialog in the way
        QCOMPARE(w.status->connection(), SessionStatus::Connection::Offline);
        QVERIFY(!w.status->hasSession());
        QVERIFY2(w.status->syncError().contains(QStringLiteral("cannot be reached")),
            qPrintable(w.status->syncError()));
        QCOMPARE(w.status->userDisplayName(), QStringLiteral("Test lead")); // the cached user
    }
    {
        // Interactive: the dialog says so and offers to work offline.
        Workstation w(dir.path());
        QSignalSpy offline(w.session.get(), &SessionController::workingOffline);
        w.session->begin({dead, QString(), QString()});
        LoginDialog *dialog = w.session->loginDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isOfflineAvailable());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 20000);
        dialog->findChild<QPushButton *>(QStringLiteral("loginOffline"))->click();
        QCOMPARE(offline.count(), 1);
        QCOMPARE(w.status->connection(), SessionStatus::Connection::Offline);
        // "Sync now" while offline without a session opens the sign-in again.
        w.session->syncNow();
        QTRY_VERIFY(w.session->loginDialog());
        QCOMPARE(w.session->loginDialog()->mode(), LoginDialog::Mode::Connect);
    }
    {
        // A profile nobody signed in to cannot start offline: the dialog shows the error.
        QTemporaryDir fresh;
        Workstation w(fresh.path());
        w.session->begin({dead, QStringLiteral("lead1"), s_password});
        QTRY_VERIFY_WITH_TIMEOUT(w.session->loginDialog(), 30000);
        QVERIFY(!w.session->loginDialog()->isOfflineAvailable());
        QCOMPARE(w.session->loginDialog()->errorText(),
            QStringLiteral("The server cannot be reached. Check the address and the network."));
    }
}

void TestSessionController::unauthorizedAsksThePasswordAgainAndLosesNothing()
{
    QTemporaryDir dir;
    Workstation w(dir.path());
    QVERIFY(signedIn(w));
    // The server forgets every session (expiry, revocation, a restore).
    QSqlQuery wipe(m_fixture.server().database());
    QVERIFY(wipe.exec(QStringLiteral("DELETE FROM sessions")));

    CannedReply mine = SyncFixture::reply(teamOf(w), QStringLiteral("Written while signed out"));
    QVERIFY(CannedReplyRepository(w.db).create(mine));
    w.session->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(w.status->connection(), SessionStatus::Connection::NeedsLogin, 30000);
    QTRY_VERIFY(w.session->loginDialog());
    LoginDialog *dialog = w.session->loginDialog();
    QCOMPARE(dialog->mode(), LoginDialog::Mode::Reauthenticate);
    QCOMPARE(dialog->username(), QStringLiteral("lead1"));
    QCOMPARE(w.status->pendingChanges(), 1); // kept

    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("loginPassword"));
    password->setText(s_password);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(w.status->pendingChanges(), 0, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(w.status->connection(), SessionStatus::Connection::Online, 30000);
    auto other = m_fixture.client(QStringLiteral("lead2"));
    QVERIFY(other);
    QVERIFY(other->sync().ok);
    QVERIFY(other->replies().get(mine.id));
}

QTEST_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
