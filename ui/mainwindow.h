#pragma once

#include <QList>
#include <QMainWindow>

class CommandPalette;
class LanguageManager;
class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QToolButton;
class SessionStatus;
class SyncStatusWidget;
class QVBoxLayout;
class Workspace;

// The workstation window: a navigation rail of workspaces, a tool bar with the global
// search field, a status bar (user, role, sync state, pending changes) and the
// commands every workspace shares — all reachable from the command palette (Ctrl+K).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(SessionStatus *session, LanguageManager *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Workspaces appear in the rail in the order added; the first nine get Ctrl+1…9.
    void addWorkspace(Workspace *workspace);
    QList<Workspace *> workspaces() const { return m_workspaces; }
    Workspace *currentWorkspace() const;
    void setCurrentWorkspace(Workspace *workspace);

    // Every command of the window, in palette order.
    QList<QAction *> commands() const;
    CommandPalette *commandPalette() const { return m_palette; }
    QLineEdit *searchField() const { return m_search; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    QAction *syncNowAction() const { return m_syncNowAction; }
    QAction *signInAction() const { return m_signInAction; }

    // A non-modal panel above the workspaces (the first-sync progress); it shows and
    // hides itself.
    void addBanner(QWidget *banner);

    // Window geometry and tool bar/dock state in QSettings.
    void saveLayout() const;
    bool restoreLayout();

public Q_SLOTS:
    void showCommandPalette();
    void toggleFullScreen();
    void showShortcuts();
    void showAbout();

Q_SIGNALS:
    // F5, the status bar's button or the palette; the session layer acts on them.
    void syncNowRequested();
    // "Connect to server…" / "Sign in".
    void signInRequested();
    // The status bar's conflicts button or the palette's "Show sync conflicts".
    void conflictsRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void createStatusBar();
    void updateStatus();
    void updateLanguageActions();
    void retranslateUi();

    SessionStatus *m_session;
    LanguageManager *m_language;
    QList<Workspace *> m_workspaces;
    QList<QAction *> m_workspaceActions;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    CommandPalette *m_palette = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_brandTitle = nullptr;
    QLabel *m_brandSubtitle = nullptr;
    QToolButton *m_languageButton = nullptr;
    QToolButton *m_menuButton = nullptr;
    QLabel *m_userLabel = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    QVBoxLayout *m_bannerLayout = nullptr;

    QAction *m_paletteAction = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_syncNowAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_conflictsAction = nullptr;
    QAction *m_quitAction = nullptr;
    bool m_wasMaximized = false;
};
