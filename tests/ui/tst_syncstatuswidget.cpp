// The status bar's sync part: every connection state in words and icon, the pending
// count following the outbox, last sync, "Sync now" and the conflicts button.

#include "models/sessionstatus.h"
#include "store/cannedreplyrepository.h"
#include "store/changenotifier.h"
#include "store/conflictrepository.h"
#include "store/database.h"
#include "ui/languagemanager.h"
#include "ui/session/syncstatuswidget.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestSyncStatusWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void noServerOffersToConnect();
    void statesInWordsWithTheErrorInTheTooltip();
    void pendingCountFollowsTheOutbox();
    void lastSyncIsShownAndRelative();
    void syncNowAndSignInAsk();
    void conflictsButtonAppearsAndAsks();
    void chinese();

private:
    QString text(const char *name) const
    {
        auto *label = m_widget->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QString();
    }
    QToolButton *button(const char *name) const
    {
        return m_widget->findChild<QToolButton *>(QLatin1String(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SessionStatus> m_session;
    std::unique_ptr<SyncStatusWidget> m_widget;
};

void TestSyncStatusWidget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->path());
    QVERIFY(m_db->open());
    m_session = std::make_unique<SessionStatus>(m_db.get());
    m_session->refresh();
    m_widget = std::make_unique<SyncStatusWidget>(m_session.get());
    m_widget->show();
}

void TestSyncStatusWidget::cleanup()
{
    m_widget.reset();
    m_session.reset();
    m_db.reset();
    m_dir.reset();
}

void TestSyncStatusWidget::noServerOffersToConnect()
{
    QCOMPARE(m_session->connection(), SessionStatus::Connection::NoServer);
    QCOMPARE(text("statusSync"), QStringLiteral("Offline — no server configured"));
    QVERIFY(button("statusSignIn")->isVisible());
    QCOMPARE(button("statusSignIn")->text(), QStringLiteral("Connect…"));
    QVERIFY(!button("statusSyncNow")->isVisible());
    QVERIFY(!m_widget->findChild<QLabel *>(QStringLiteral("statusLastSync"))->isVisible());
}

void TestSyncStatusWidget::statesInWordsWithTheErrorInTheTooltip()
{
    using C = SessionStatus::Connection;
    m_session->setServerUrl(QStringLiteral("http://127.0.0.1:8080"));
    QCOMPARE(m_session->connection(), C::Offline);
    QCOMPARE(text("statusSync"), QStringLiteral("Offline"));
    QVERIFY(button("statusSignIn")->isVisible()); // no session: offer to sign in
    QCOMPARE(button("statusSignIn")->text(), QStringLiteral("Sign in"));

    m_session->setHasSession(true);
    m_session->setConnection(C::Online);
    QCOMPARE(text("statusSync"), QStringLiteral("Online"));
    QVERIFY(!button("statusSignIn")->isVisible());
    QVERIFY(button("statusSyncNow")->isVisible());
    QVERIFY(button("statusSyncNow")->isEnabled());
    auto *state = m_widget->findChild<QLabel *>(QStringLiteral("statusSync"));
    QVERIFY(state->toolTip().contains(QStringLiteral("http://127.0.0.1:8080")));

    m_session->setConnection(C::Syncing);
    QCOMPARE(text("statusSync"), QStringLiteral("Syncing…"));
    QVERIFY(!button("statusSyncNow")->isEnabled());

    m_session->setConnection(C::Offline, QStringLiteral("network error: Connection refused"));
    QCOMPARE(text("statusSync"), QStringLiteral("Offline"));
    QVERIFY(state->toolTip().contains(QStringLiteral("Connection refused")));
    QVERIFY(!button("statusSignIn")->isVisible()); // signed in: it retries by itself

    m_session->setConnection(C::NeedsLogin);
    QCOMPARE(text("statusSync"), QStringLiteral("Sign-in needed"));
    QVERIFY(button("statusSignIn")->isVisible());

    m_session->setConnection(C::Error, QStringLiteral("server error 500: boom"));
    QCOMPARE(text("statusSync"), QStringLiteral("Sync error"));
    QVERIFY(state->toolTip().contains(QStringLiteral("server error 500: boom")));

    m_session->setConnection(C::SigningIn);
    QCOMPARE(text("statusSync"), QStringLiteral("Signing in…"));
}

void TestSyncStatusWidget::pendingCountFollowsTheOutbox()
{
    QCOMPARE(text("statusPending"), QStringLiteral("Pending changes: 0"));
    CannedReply reply;
    reply.title = QStringLiteral("Greeting");
    reply.body = QStringLiteral("Hello");
    reply.category = TicketCategory::Other;
    QVERIFY(CannedReplyRepository(*m_db).create(reply));
    QCOMPARE(text("statusPending"), QStringLiteral("Pending changes: 1"));
    reply.title = QStringLiteral("Greeting 2");
    QVERIFY(CannedReplyRepository(*m_db).update(reply));
    QCOMPARE(text("statusPending"), QStringLiteral("Pending changes: 2"));
    // The sync thread reports what it sent through the session layer.
    m_session->setPendingChanges(0);
    QCOMPARE(text("statusPending"), QStringLiteral("Pending changes: 0"));
}

void TestSyncStatusWidget::lastSyncIsShownAndRelative()
{
    m_session->setServerUrl(QStringLiteral("http://127.0.0.1:8080"));
    QCOMPARE(text("statusLastSync"), QStringLiteral("Never synchronised"));
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime at(now.date(), QTime(9, 5));
    QCOMPARE(SyncStatusWidget::lastSyncText(at, QDateTime(now.date(), QTime(10, 0))),
        QStringLiteral("Last synced 09:05"));
    QVERIFY(SyncStatusWidget::lastSyncText(at.addDays(-2), QDateTime(now.date(), QTime(10, 0)))
                .startsWith(QStringLiteral("Last synced ")));
    QVERIFY(SyncStatusWidget::lastSyncText(at.addDays(-2), QDateTime(now.date(), QTime(10, 0))).size()
        > QStringLiteral("Last synced 09:05").size());
    QCOMPARE(SyncStatusWidget::relativeText(now.addSecs(-20), now), QStringLiteral("just now"));
    QCOMPARE(SyncStatusWidget::relativeText(now.addSecs(-60), now), QStringLiteral("1 minute(s) ago"));
    QCOMPARE(SyncStatusWidget::relativeText(now.addSecs(-5 * 60), now), QStringLiteral("5 minute(s) ago"));
    QCOMPARE(SyncStatusWidget::relativeText(now.addSecs(-3 * 3600), now), QStringLiteral("3 hour(s) ago"));
    QCOMPARE(SyncStatusWidget::relativeText(now.addDays(-4), now), QStringLiteral("4 day(s) ago"));

    m_session->setLastSyncAt(now.addSecs(-300).toUTC());
    QCOMPARE(text("statusLastSync"),
        SyncStatusWidget::lastSyncText(now.addSecs(-300), QDateTime::currentDateTime()));
    auto *label = m_widget->findChild<QLabel *>(QStringLiteral("statusLastSync"));
    QVERIFY2(label->toolTip().contains(QStringLiteral("5 minute(s) ago")), qPrintable(label->toolTip()));
}

void TestSyncStatusWidget::syncNowAndSignInAsk()
{
    QSignalSpy syncNow(m_widget.get(), &SyncStatusWidget::syncNowRequested);
    QSignalSpy signIn(m_widget.get(), &SyncStatusWidget::signInRequested);
    QTest::mouseClick(button("statusSignIn"), Qt::LeftButton);
    QCOMPARE(signIn.count(), 1);
    m_session->setServerUrl(QStringLiteral("http://127.0.0.1:8080"));
    m_session->setHasSession(true);
    m_session->setConnection(SessionStatus::Connection::Online);
    QTest::mouseClick(button("statusSyncNow"), Qt::LeftButton);
    QCOMPARE(syncNow.count(), 1);
}

void TestSyncStatusWidget::conflictsButtonAppearsAndAsks()
{
    QToolButton *conflicts = button("statusConflicts");
    QVERIFY(!conflicts->isVisible()); // hidden at 0
    Conflict c;
    c.entity = EntityType::CannedReply;
    c.entityId = Entity::newId();
    c.fields = {QStringLiteral("title")};
    c.local = {{QStringLiteral("title"), QStringLiteral("mine")}};
    c.server = {{QStringLiteral("title"), QStringLiteral("theirs")}};
    QVERIFY(ConflictRepository(*m_db).add(c));
    Conflict d = c;
    d.id = 0;
    QVERIFY(ConflictRepository(*m_db).add(d));
    // The sync layer announces new conflicts on the GUI connection's notifier.
    Q_EMIT m_db->notifier()->conflictsChanged();
    QCOMPARE(m_session->openConflicts(), 2);
    QVERIFY(conflicts->isVisible());
    QCOMPARE(conflicts->text(), QStringLiteral("2 conflict(s)"));
    QSignalSpy asked(m_widget.get(), &SyncStatusWidget::conflictsRequested);
    QTest::mouseClick(conflicts, Qt::LeftButton);
    QCOMPARE(asked.count(), 1);

    QVERIFY(ConflictRepository(*m_db).resolve(c.id, QStringLiteral("server")));
    QVERIFY(ConflictRepository(*m_db).resolve(d.id, QStringLiteral("server")));
    Q_EMIT m_db->notifier()->conflictsChanged();
    QVERIFY(!conflicts->isVisible());
}

void TestSyncStatusWidget::chinese()
{
    LanguageManager language;
    QVERIFY(language.setLanguage(QStringLiteral("zh_CN"), false));
    QTRY_COMPARE(text("statusSync"), QStringLiteral("离线 — 未配置服务器"));
    m_session->setServerUrl(QStringLiteral("http://127.0.0.1:8080"));
    m_session->setHasSession(true);
    m_session->setConnection(SessionStatus::Connection::Online);
    QCOMPARE(text("statusSync"), QStringLiteral("在线"));
    m_session->setConnection(SessionStatus::Connection::NeedsLogin);
    QCOMPARE(text("statusSync"), QStringLiteral("需要重新登录"));
    QCOMPARE(button("statusSyncNow")->text(), QStringLiteral("立即同步"));
    QVERIFY(language.setLanguage(QStringLiteral("en"), false));
    QTRY_COMPARE(text("statusSync"), QStringLiteral("Sign-in needed"));
}

QTEST_MAIN(TestSyncStatusWidget)
#include "tst_syncstatuswidget.moc"
