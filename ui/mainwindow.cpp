#include "ui/mainwindow.h"

#include "core/enums.h"
#include "models/sessionstatus.h"
#include "ui/common/commandpalette.h"
#include "ui/common/icons.h"
#include "ui/languagemanager.h"
#include "ui/session/syncstatuswidget.h"
#include "ui/shortcutsdialog.h"
#include "ui/workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const auto geometryKey = QStringLiteral("mainwindow/geometry");
const auto stateKey = QStringLiteral("mainwindow/state");

QWidget *statusItem(const QString &iconName, const QString &name, QLabel *&text, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(10, 0, 14, 0);
    layout->setSpacing(6);
    auto *icon = new QLabel(box);
    icon->setPixmap(Icons::pixmap(iconName, Icons::muted(), 16, parent->devicePixelRatioF()));
    text = new QLabel(box);
    text->setObjectName(name);
    layout->addWidget(icon);
    layout->addWidget(text);
    return box;
}

} // namespace

MainWindow::MainWindow(SessionStatus *session, LanguageManager *language, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_language(language)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/agentdesk.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(196);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFocusPolicy(Qt::NoFocus);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Banners (the first-sync progress) sit above the workspace, not over it.
    auto *main = new QWidget(central);
    m_bannerLayout = new QVBoxLayout(main);
    m_bannerLayout->setContentsMargins(0, 0, 0, 0);
    m_bannerLayout->setSpacing(0);
    m_stack = new QStackedWidget(main);
    m_stack->setObjectName(QStringLiteral("workspaceStack"));
    m_bannerLayout->addWidget(m_stack, 1);
    layout->addWidget(m_navigation);
    layout->addWidget(main, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_palette = new CommandPalette(this);

    createActions();
    createToolBar();
    createStatusBar();

    if (m_session)
        connect(m_session, &SessionStatus::changed, this, &MainWindow::updateStatus);
    if (m_language)
        connect(m_language, &LanguageManager::languageChanged, this, &MainWindow::updateLanguageActions);
    updateLanguageActions();

    resize(1360, 860);
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const QColor ink = Icons::ink();
    m_paletteAction = new QAction(Icons::icon(QStringLiteral("command"), ink), QString(), this);
    m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_paletteAction->setProperty("keywords", QStringList {QStringLiteral("command palette")});
    connect(m_paletteAction, &QAction::triggered, this, &MainWindow::showCommandPalette);

    auto *languages = new QActionGroup(this);
    m_chineseAction = new QAction(Icons::icon(QStringLiteral("language"), ink), QString(), languages);
    m_chineseAction->setCheckable(true);
    m_chineseAction->setProperty("keywords",
        QStringList {QStringLiteral("language"), QStringLiteral("chinese"), QStringLiteral("中文"),
            QStringLiteral("语言"), QStringLiteral("zh")});
    m_englishAction = new QAction(Icons::icon(QStringLiteral("language"), ink), QString(), languages);
    m_englishAction->setCheckable(true);
    m_englishAction->setProperty("keywords",
        QStringList {QStringLiteral("language"), QStringLiteral("english"), QStringLiteral("英文"),
            QStringLiteral("语言"), QStringLiteral("en")});
    connect(m_chineseAction, &QAction::triggered, this, [this] {
        if (m_language)
            m_language->setLanguage(QStringLiteral("zh_CN"));
    });
    connect(m_englishAction, &QAction::triggered, this, [this] {
        if (m_language)
            m_language->setLanguage(QStringLiteral("en"));
    });

    m_fullScreenAction = new QAction(Icons::icon(QStringLiteral("fullscreen"), ink), QString(), this);
    m_fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setProperty(
        "keywords", QStringList {QStringLiteral("full screen"), QStringLiteral("fullscreen")});
    connect(m_fullScreenAction, &QAction::triggered, this, &MainWindow::toggleFullScreen);

    m_shortcutsAction = new QAction(Icons::icon(QStringLiteral("keyboard"), ink), QString(), this);
    m_shortcutsAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_shortcutsAction->setProperty("keywords",
        QStringList {QStringLiteral("keyboard shortcuts"), QStringLiteral("keys"), QStringLiteral("help")});
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_aboutAction = new QAction(Icons::icon(QStringLiteral("about"), ink), QString(), this);
    m_aboutAction->setProperty("keywords", QStringList {QStringLiteral("about"), QStringLiteral("version")});
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_syncNowAction = new QAction(Icons::icon(QStringLiteral("sync"), ink), QString(), this);
    m_syncNowAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNowAction->setProperty("keywords",
        QStringList {QStringLiteral("sync"), QStringLiteral("synchronise"), QStringLiteral("refresh"),
            QStringLiteral("同步")});
    connect(m_syncNowAction, &QAction::triggered, this, &MainWindow::syncNowRequested);

    m_signInAction = new QAction(Icons::icon(QStringLiteral("signin"), ink), QString(), this);
    m_signInAction->setProperty("keywords",
        QStringList {QStringLiteral("sign in"), QStringLiteral("login"), QStringLiteral("connect"),
            QStringLiteral("server"), QStringLiteral("登录"), QStringLiteral("服务器")});
    connect(m_signInAction, &QAction::triggered, this, &MainWindow::signInRequested);

    m_conflictsAction = new QAction(Icons::icon(QStringLiteral("alert"), ink), QString(), this);
    m_conflictsAction->setProperty("keywords",
        QStringList {QStringLiteral("conflicts"), QStringLiteral("sync"), QStringLiteral("冲突")});
    connect(m_conflictsAction, &QAction::triggered, this, &MainWindow::conflictsRequested);

    m_quitAction = new QAction(Icons::icon(QStringLiteral("quit"), ink), QString(), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setProperty(
        "keywords", QStringList {QStringLiteral("quit"), QStringLiteral("exit"), QStringLiteral("close")});
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Window-wide shortcuts: the actions must belong to the window to fire.
    addActions({m_paletteAction, m_chineseAction, m_englishAction, m_fullScreenAction, m_shortcutsAction,
        m_aboutAction, m_syncNowAction, m_signInAction, m_conflictsAction, m_quitAction});
}

void MainWindow::createToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setIconSize(QSize(18, 18));
    bar->toggleViewAction()->setVisible(false);
    bar->setContextMenuPolicy(Qt::PreventContextMenu);

    auto *brand = new QWidget(bar);
    auto *brandLayout = new QHBoxLayout(brand);
    brandLayout->setContentsMargins(4, 0, 0, 0);
    brandLayout->setSpacing(6);
    auto *logo = new QLabel(brand);
    logo->setPixmap(Icons::pixmap(QStringLiteral("logo"), Icons::accent(), 24, devicePixelRatioF()));
    m_brandTitle = new QLabel(QStringLiteral("AgentDesk"), brand);
    m_brandTitle->setObjectName(QStringLiteral("brandTitle"));
    m_brandSubtitle = new QLabel(brand);
    m_brandSubtitle->setObjectName(QStringLiteral("brandSubtitle"));
    brandLayout->addWidget(logo);
    brandLayout->addWidget(m_brandTitle);
    brandLayout->addWidget(m_brandSubtitle);
    brand->setMinimumWidth(184);
    bar->addWidget(brand);

    auto *leftGap = new QWidget(bar);
    leftGap->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(leftGap);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("globalSearch"));
    m_search->setMinimumWidth(360);
    m_search->setMaximumWidth(520);
    m_search->addAction(Icons::icon(QStringLiteral("search"), Icons::muted()), QLineEdit::LeadingPosition);
    // Until the workspaces with searchable records exist, the field finds commands.
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.isEmpty())
            return;
        m_search->clear();
        m_palette->popup(text);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_palette->popup(m_search->text()); });
    bar->addWidget(m_search);

    auto *rightGap = new QWidget(bar);
    rightGap->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(rightGap);

    m_languageButton = new QToolButton(bar);
    m_languageButton->setIcon(Icons::icon(QStringLiteral("language"), Icons::ink()));
    m_languageButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_languageButton->setPopupMode(QToolButton::InstantPopup);
    auto *languageMenu = new QMenu(m_languageButton);
    languageMenu->addAction(m_chineseAction);
    languageMenu->addAction(m_englishAction);
    m_languageButton->setMenu(languageMenu);
    bar->addWidget(m_languageButton);

    auto *paletteButton = new QToolButton(bar);
    paletteButton->setDefaultAction(m_paletteAction);
    paletteButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addWidget(paletteButton);

    m_menuButton = new QToolButton(bar);
    m_menuButton->setIcon(Icons::icon(QStringLiteral("menu"), Icons::ink()));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_menuButton);
    menu->addAction(m_paletteAction);
    menu->addAction(m_syncNowAction);
    menu->addAction(m_signInAction);
    menu->addAction(m_shortcutsAction);
    menu->addAction(m_fullScreenAction);
    menu->addSeparator();
    menu->addAction(m_aboutAction);
    menu->addAction(m_quitAction);
    m_menuButton->setMenu(menu);
    bar->addWidget(m_menuButton);

    addToolBar(Qt::TopToolBarArea, bar);
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setSizeGripEnabled(false);
    bar->addWidget(statusItem(QStringLiteral("user"), QStringLiteral("statusUser"), m_userLabel, bar));
    m_syncStatus = new SyncStatusWidget(m_session, bar);
    connect(m_syncStatus, &SyncStatusWidget::syncNowRequested, this, &MainWindow::syncNowRequested);
    connect(m_syncStatus, &SyncStatusWidget::signInRequested, this, &MainWindow::signInRequested);
    connect(m_syncStatus, &SyncStatusWidget::conflictsRequested, this, &MainWindow::conflictsRequested);
    bar->addPermanentWidget(m_syncStatus);
}

void MainWindow::addBanner(QWidget *banner)
{
    // Above the workspace stack, the newest last.
    m_bannerLayout->insertWidget(m_bannerLayout->count() - 1, banner);
}

void MainWindow::updateLanguageActions()
{
    // The language in use is checked, and disabled so the palette offers only the other.
    const bool english = m_language && m_language->language() == QLatin1String("en");
    m_chineseAction->setChecked(!english);
    m_chineseAction->setEnabled(english);
    m_englishAction->setChecked(english);
    m_englishAction->setEnabled(!english);
}

void MainWindow::addWorkspace(Workspace *workspace)
{
    m_workspaces.append(workspace);
    m_stack->addWidget(workspace);
    auto *item = new QListWidgetItem(
        Icons::icon(workspace->iconName(), Icons::onDark(), QColor(Qt::white)), workspace->title());
    item->setSizeHint(QSize(0, 42));
    m_navigation->addItem(item);

    auto *go = new QAction(Icons::icon(workspace->iconName(), Icons::ink()), QString(), this);
    const int index = int(m_workspaces.size());
    if (index <= 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + index)));
    go->setProperty("keywords", QStringList {QStringLiteral("go"), QStringLiteral("workspace")});
    connect(go, &QAction::triggered, this, [this, workspace] { setCurrentWorkspace(workspace); });
    addAction(go);
    m_workspaceActions.append(go);
    if (m_workspaces.size() == 1)
        m_navigation->setCurrentRow(0);
    retranslateUi();
    m_palette->setActions(commands());
}

Workspace *MainWindow::currentWorkspace() const
{
    return qobject_cast<Workspace *>(m_stack->currentWidget());
}

void MainWindow::setCurrentWorkspace(Workspace *workspace)
{
    const int row = int(m_workspaces.indexOf(workspace));
    if (row >= 0)
        m_navigation->setCurrentRow(row);
}

QList<QAction *> MainWindow::commands() const
{
    QList<QAction *> out = m_workspaceActions;
    out << m_syncNowAction << m_signInAction << m_conflictsAction << m_chineseAction << m_englishAction
        << m_fullScreenAction << m_shortcutsAction << m_aboutAction << m_quitAction;
    return out;
}

void MainWindow::showCommandPalette()
{
    m_palette->setActions(commands());
    m_palette->popup();
}

void MainWindow::toggleFullScreen()
{
    if (isFullScreen()) {
        if (m_wasMaximized)
            showMaximized();
        else
            showNormal();
    } else {
        m_wasMaximized = isMaximized();
        showFullScreen();
    }
    m_fullScreenAction->setChecked(isFullScreen());
}

void MainWindow::showShortcuts()
{
    QList<QAction *> actions = commands();
    actions.prepend(m_paletteAction);
    ShortcutsDialog dialog(actions, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    const QString profile = m_session ? QDir::toNativeSeparators(m_session->profilePath()) : QString();
    QMessageBox box(this);
    box.setWindowTitle(tr("About AgentDesk"));
    box.setIconPixmap(QIcon(QStringLiteral(":/icons/agentdesk.svg")).pixmap(64, 64));
    box.setText(tr("<h3>AgentDesk %1</h3>"
                   "<p>Customer-service workstation for the securities brokerage desk.</p>"
                   "<p>Profile: %2</p>")
                    .arg(QStringLiteral(AGENTDESK_VERSION), profile.toHtmlEscaped()));
    // Qt's own button texts are not translated on every system: name the button here.
    box.addButton(tr("OK"), QMessageBox::AcceptRole);
    box.exec();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
}

bool MainWindow::restoreLayout()
{
    QSettings settings;
    const QByteArray geometry = settings.value(geometryKey).toByteArray();
    const QByteArray state = settings.value(stateKey).toByteArray();
    bool restored = !geometry.isEmpty() && restoreGeometry(geometry);
    if (!state.isEmpty())
        restored = restoreState(state) && restored;
    return restored;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateStatus()
{
    if (!m_session) {
        m_userLabel->clear();
        return;
    }
    QStringList user;
    user << (m_session->userDisplayName().isEmpty() ? tr("No user signed in") : m_session->userDisplayName());
    if (const auto role = m_session->role())
        user << enumLabel(*role);
    if (!m_session->teamName().isEmpty())
        user << m_session->teamName();
    m_userLabel->setText(user.join(QStringLiteral("  ·  ")));
    // The connection decides which of the session commands make sense.
    m_signInAction->setText(
        m_session->serverConfigured() ? tr("Sign in to the server…") : tr("Connect to server…"));
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("AgentDesk — Customer service workstation"));
    m_brandSubtitle->setText(tr("Service desk"));
    m_search->setPlaceholderText(tr("Search commands…  (Ctrl+K)"));
    m_search->setToolTip(tr("Find a command by name"));
    m_languageButton->setText(m_language ? LanguageManager::nativeName(m_language->language()) : QString());
    m_languageButton->setToolTip(tr("Language"));
    m_menuButton->setToolTip(tr("More"));

    m_paletteAction->setText(tr("Command palette"));
    m_paletteAction->setToolTip(tr("Command palette (Ctrl+K)"));
    m_chineseAction->setText(
        tr("Switch language to %1").arg(LanguageManager::nativeName(QStringLiteral("zh_CN"))));
    m_englishAction->setText(
        tr("Switch language to %1").arg(LanguageManager::nativeName(QStringLiteral("en"))));
    m_fullScreenAction->setText(tr("Toggle full screen"));
    m_shortcutsAction->setText(tr("Keyboard shortcuts"));
    m_aboutAction->setText(tr("About AgentDesk"));
    m_quitAction->setText(tr("Quit"));
    m_syncNowAction->setText(tr("Sync now"));
    m_syncNowAction->setToolTip(tr("Synchronise with the server now (F5)"));
    m_conflictsAction->setText(tr("Show sync conflicts"));

    for (int i = 0; i < m_workspaces.size(); ++i) {
        const QString title = m_workspaces.at(i)->title();
        m_navigation->item(i)->setText(title);
        m_workspaceActions.at(i)->setText(tr("Go to %1").arg(title));
    }
    updateStatus();
}
