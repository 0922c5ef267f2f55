#pragma once

#include "ui/session/sessioncontroller.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class ConflictsDialog;
class CustomerPage;
class Database;
class LanguageManager;
class MainWindow;
class OverviewModel;
class ScreenPopServer;
class SessionStatus;
class SyncProgress;
class TicketQueuePage;
class WorkingCalendar;

// The composition root: opens the profile's store, builds the models over it and the
// main window over the models. Nothing below this class knows how the parts are wired.
class Workstation : public QObject
{
    Q_OBJECT

public:
    Workstation(const QString &profileDir, LanguageManager *language, QObject *parent = nullptr);
    ~Workstation() override;

    // --server, --user and the password from the environment, for the sign-in at show().
    void setSessionOptions(const SessionController::Options &options) { m_options = options; }

    // Opens (creating and migrating when needed) <profileDir>/agentdesk.sqlite.
    bool open(QString *error);
    // Shows the main window, then signs in (or opens offline).
    void show();
    MainWindow *window() const { return m_window.get(); }
    SessionController *session() const { return m_controller; }

    // A failure the user must see: on stderr and, with a display, in a message box.
    static void reportFatal(const QString &message);
    // Style, style sheet and CJK-capable font; before any window, the error box included.
    static void applyLook();

    // The call this workstation was started for (agentdesk --call, no workstation was
    // running): announced by callArrived once show() has built the window.
    void setPendingCall(const QString &number, const QDateTime &startedAt);
    // Listens from the end of show() on.
    ScreenPopServer *screenPop() const { return m_screenPop; }

public Q_SLOTS:
    // Emits callArrived for the pending call, once; show() queues it, so that whatever
    // connects right after show() still gets it.
    void deliverPendingCall();

Q_SIGNALS:
    // A caller to open (screen-pop or the command line), the window already brought
    // forward. The number is normalised (ScreenPop::normalizeNumber).
    void callArrived(const QString &number, const QDateTime &startedAt);

private:
    void showConflicts();
    void connectWorkspaces(CustomerPage *customers, TicketQueuePage *tickets);
    void startScreenPop();
    void takeCall(const QString &number, const QDateTime &startedAt);

    QString m_profileDir;
    LanguageManager *m_language;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<WorkingCalendar> m_calendar;
    OverviewModel *m_overview = nullptr;
    SessionStatus *m_session = nullptr;
    SyncProgress *m_progress = nullptr;
    SessionController *m_controller = nullptr;
    SessionController::Options m_options;
    std::unique_ptr<MainWindow> m_window;
    QPointer<ConflictsDialog> m_conflicts;
    ScreenPopServer *m_screenPop;
    QString m_pendingNumber;
    QDateTime m_pendingStartedAt;
};
