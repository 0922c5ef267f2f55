#include "ui/mainwindow.h"

#include "models/overviewmodel.h"
#include "models/sessionstatus.h"
#include "store/database.h"
#include "store/profilesettings.h"
#include "store/teamrepository.h"
#include "store/ticketrepository.h"
#include "store/userrepository.h"
#include "ui/common/commandpalette.h"
#include "ui/dashboard/metriccard.h"
#include "ui/dashboard/overviewpage.h"
#include "ui/languagemanager.h"
#include "ui/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

// A second workspace, only so navigation between two can be tested before the real
// ones (tickets, customers, …) exist.
class ProbeWorkspace : public Workspace
{
public:
    using Workspace::Workspace;
    QString title() const override { return QStringLiteral("Probe"); }
    QString iconName() const override { return QStringLiteral("ticket"); }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void chineseByDefault();
    void navigationByShortcutAndRail();
    void languageSwitchRetranslatesAndIsRemembered();
    void ctrlKOpensPaletteEscapeCloses();
    void paletteRunsCommands();
    void searchFieldOffersCommands();
    void statusBarShowsUserRoleSyncAndPending();
    void fullScreenToggles();
    void f1ListsShortcuts();
    void geometryIsRestored();
    void ctrlQClosesAndSavesLayout();

private:
    void makeWindow();
    QString labelText(const char *name) const;
    QAction *commandNamed(const QString &text) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<OverviewModel> m_overview;
    std::unique_ptr<SessionStatus> m_session;
    std::unique_ptr<MainWindow> m_window;
    OverviewPage *m_page = nullptr;
    ProbeWorkspace *m_probe = nullptr;
    QString m_teamId;
    QString m_userId;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AgentDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->path());
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));

    Team team;
    team.name = QStringLiteral("投诉一组");
    QVERIFY(TeamRepository(*m_db).create(team));
    User user;
    user.username = QStringLiteral("wangfang");
    user.displayName = QStringLiteral("王芳");
    user.role = Role::Lead;
    user.teamId = team.id;
    QVERIFY(UserRepository(*m_db).create(user));
    QVERIFY(ProfileSettings(*m_db).setCurrentUserId(user.id));
    m_teamId = team.id;
    m_userId = user.id;

    m_language = std::make_unique<LanguageManager>();
    m_language->restore();
    m_overview = std::make_unique<OverviewModel>(m_db.get());
    m_session = std::make_unique<SessionStatus>(m_db.get());
    makeWindow();
}

void TestMainWindow::makeWindow()
{
    m_window = std::make_unique<MainWindow>(m_session.get(), m_language.get());
    m_page = new OverviewPage(m_overview.get(), m_session.get());
    m_probe = new ProbeWorkspace;
    m_window->addWorkspace(m_page);
    m_window->addWorkspace(m_probe);
    m_overview->refresh();
    m_session->refresh();
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_overview.reset();
    m_language.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestMainWindow::labelText(const char *name) const
{
    auto *label = m_window->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QString();
}

QAction *TestMainWindow::commandNamed(const QString &text) const
{
    for (QAction *a : m_window->commands())
        if (a->text() == text)
            return a;
    return nullptr;
}

void TestMainWindow::chineseByDefault()
{
    QCOMPARE(m_language->language(), QStringLiteral("zh_CN"));
    auto *rail = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(rail);
    QCOMPARE(rail->count(), 2);
    QCOMPARE(rail->item(0)->text(), QStringLiteral("总览"));
    QCOMPARE(
        m_page->card(int(OverviewModel::Metric::MyOpenTickets))->titleText(), QStringLiteral("我的未结工单"));
    QVERIFY(labelText("statusSync").startsWith(QStringLiteral("离线")));
}

void TestMainWindow::navigationByShortcutAndRail()
{
    QCOMPARE(m_window->currentWorkspace(), m_page);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentWorkspace(), m_probe);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentWorkspace(), m_page);

    auto *rail = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    const QRect second = rail->visualItemRect(rail->item(1));
    QTest::mouseClick(rail->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(m_window->currentWorkspace(), m_probe);
    QVERIFY(m_probe->isVisible());
    QVERIFY(!m_page->isVisible());
}

void TestMainWindow::languageSwitchRetranslatesAndIsRemembered()
{
    auto *rail = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QAction *english = commandNamed(QStringLiteral("切换语言为 English"));
    QVERIFY(english);
    QSignalSpy changed(m_language.get(), &LanguageManager::languageChanged);
    english->trigger();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_language->language(), QStringLiteral("en"));
    // QApplication posts LanguageChange to the windows: it arrives on the next event loop.
    QTRY_COMPARE(rail->item(0)->text(), QStringLiteral("Overview"));
    QCOMPARE(m_page->card(int(OverviewModel::Metric::MyOpenTickets))->titleText(),
        QStringLiteral("My open tickets"));
    QCOMPARE(labelText("statusSync"), QStringLiteral("Offline — no server configured"));
    QVERIFY(m_window->searchField()->placeholderText().startsWith(QStringLiteral("Search commands")));
    QVERIFY(commandNamed(QStringLiteral("Go to Overview")));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));

    // A new session starts in the remembered language.
    LanguageManager next;
    next.restore();
    QCOMPARE(next.language(), QStringLiteral("en"));

    QAction *chinese = commandNamed(QStringLiteral("Switch language to 简体中文"));
    QVERIFY(chinese);
    chinese->trigger();
    QTRY_COMPARE(rail->item(0)->text(), QStringLiteral("总览"));
    QCOMPARE(
        m_page->card(int(OverviewModel::Metric::MyOpenTickets))->titleText(), QStringLiteral("我的未结工单"));
    QVERIFY(commandNamed(QStringLiteral("前往总览")));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));

    // --lang overrides for one run without changing the remembered choice.
    LanguageManager overridden;
    overridden.restore(QStringLiteral("en"));
    QCOMPARE(overridden.language(), QStringLiteral("en"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    QVERIFY(!overridden.setLanguage(QStringLiteral("fr")));
}

void TestMainWindow::ctrlKOpensPaletteEscapeCloses()
{
    CommandPalette *palette = m_window->commandPalette();
    QVERIFY(!palette->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QVERIFY(palette->isVisible());
    QVERIFY(palette->lineEdit()->hasFocus());
    // Every command but the switch to the language already in use.
    QCOMPARE(palette->matches().size(), m_window->commands().size() - 1);
    QVERIFY(!palette->matches().contains(commandNamed(QStringLiteral("切换语言为 简体中文"))));
    QTest::keyClick(palette->lineEdit(), Qt::Key_Escape);
    QVERIFY(!palette->isVisible());
}

void TestMainWindow::paletteRunsCommands()
{
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentWorkspace(), m_probe);
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    CommandPalette *palette = m_window->commandPalette();
    // QTest cannot type Chinese: put the text in as an input method would.
    palette->lineEdit()->insert(QStringLiteral("总览"));
    QCOMPARE(palette->matches().size(), 1);
    QTest::keyClick(palette->lineEdit(), Qt::Key_Return);
    QVERIFY(!palette->isVisible());
    QCOMPARE(m_window->currentWorkspace(), m_page);
}

void TestMainWindow::searchFieldOffersCommands()
{
    QLineEdit *search = m_window->searchField();
    search->setFocus();
    QTest::keyClick(search, Qt::Key_F);
    CommandPalette *palette = m_window->commandPalette();
    QVERIFY(palette->isVisible());
    QCOMPARE(palette->filterText(), QStringLiteral("f"));
    QVERIFY(search->text().isEmpty());
    // English keywords find commands in the Chinese interface too.
    QTest::keyClicks(palette->lineEdit(), QStringLiteral("ull screen"));
    QCOMPARE(palette->matches().size(), 1);
    QCOMPARE(palette->matches().first()->text(), QStringLiteral("切换全屏"));
    QTest::keyClick(palette->lineEdit(), Qt::Key_Escape);
}

void TestMainWindow::statusBarShowsUserRoleSyncAndPending()
{
    const QString user = labelText("statusUser");
    QVERIFY2(user.contains(QStringLiteral("王芳")), qPrintable(user));
    QVERIFY2(user.contains(QStringLiteral("组长")), qPrintable(user));
    QVERIFY2(user.contains(QStringLiteral("投诉一组")), qPrintable(user));
    QCOMPARE(labelText("statusSync"), QStringLiteral("离线 — 未配置服务器"));
    // team + user created in init(): two pending mutations.
    QVERIFY2(
        labelText("statusPending").endsWith(QStringLiteral("2")), qPrintable(labelText("statusPending")));

    Ticket t;
    t.number = QStringLiteral("T20261127000001");
    t.customerId = Entity::newId();
    t.subject = QStringLiteral("密码重置");
    t.teamId = m_teamId;
    t.assigneeId = m_userId;
    t.createdAt = QDateTime::currentDateTimeUtc();
    QString error;
    QVERIFY2(TicketRepository(*m_db).create(t, &error), qPrintable(error));
    QVERIFY(labelText("statusPending").endsWith(QStringLiteral("3")));
    // The Overview follows through its model.
    QTRY_COMPARE(m_page->card(int(OverviewModel::Metric::MyOpenTickets))->valueText(), QStringLiteral("1"));
}

void TestMainWindow::fullScreenToggles()
{
    QVERIFY(!m_window->isFullScreen());
    QTest::keyClick(m_window.get(), Qt::Key_F11);
    QVERIFY(m_window->isFullScreen());
    QTest::keyClick(m_window.get(), Qt::Key_F11);
    QVERIFY(!m_window->isFullScreen());
}

void TestMainWindow::f1ListsShortcuts()
{
    QString title;
    int rows = 0;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        title = dialog->windowTitle();
        if (auto *table = dialog->findChild<QAbstractItemView *>())
            rows = table->model()->rowCount();
        dialog->reject();
    });
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QCOMPARE(title, QStringLiteral("键盘快捷键"));
    // Ctrl+K, Ctrl+1, Ctrl+2, F5 (sync now), F11, F1, Ctrl+Q.
    QCOMPARE(rows, 7);
}

void TestMainWindow::geometryIsRestored()
{
    m_window->setGeometry(120, 90, 1111, 777);
    const QRect saved = m_window->geometry();
    m_window->saveLayout();
    m_window.reset();

    makeWindow();
    m_window->setGeometry(0, 0, 800, 600);
    QVERIFY(m_window->restoreLayout());
    QTRY_COMPARE(m_window->geometry().size(), saved.size());

    QSettings().clear();
    QVERIFY(!m_window->restoreLayout());
}

void TestMainWindow::ctrlQClosesAndSavesLayout()
{
    m_window->resize(1024, 700);
    QVERIFY(QSettings().value(QStringLiteral("mainwindow/geometry")).isNull());
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier);
    QVERIFY(!m_window->isVisible());
    QVERIFY(!QSettings().value(QStringLiteral("mainwindow/geometry")).toByteArray().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
