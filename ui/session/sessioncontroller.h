#pragma once

#include "models/sessionstatus.h"
#include "ui/session/logindialog.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class Database;
class RemoteCustomerLookup;
class SyncController;
class SyncProgress;
class QWidget;

// The workstation's session: signs in (silently with a password from the environment,
// else with the login dialog), keeps the token in memory only, starts the sync thread
// (SyncController) and mirrors its state into SessionStatus (the status bar) and
// SyncProgress (the first-sync panel). A 401 during the session asks for the password
// again without stopping anything; an unreachable server with a cached profile opens
// the workstation offline.
class SessionController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString serverUrl; // --server; empty: the profile's
        QString username; // --user; empty: the profile's last
        QString password; // from AGENTDESK_PASSWORD; empty: ask
    };

    SessionController(Database &db, SessionStatus *status, SyncProgress *progress, QObject *parent = nullptr);
    ~SessionController() override;

    // Dialogs are window-modal over this widget (the main window).
    void setDialogParent(QWidget *parent);
    SyncController *syncController() const { return m_sync; }
    // The central service's customer lookup, with this session's token.
    RemoteCustomerLookup *customerLookup() const { return m_customerLookup; }
    bool hasSession() const { return !m_token.isEmpty(); }
    QUrl serverUrl() const { return m_server; }
    // The login dialog on screen, if any (tests, screenshots).
    LoginDialog *loginDialog() const { return m_dialog; }
    // True when the profile has a signed-in user from an earlier session to work offline as.
    bool hasCachedUser() const;

    // At start-up, once the main window shows.
    void begin(const Options &options);

public Q_SLOTS:
    // "Sync now": a cycle when signed in, else the sign-in dialog.
    void syncNow();
    // "Connect to server…" / "Sign in": the dialog (password only after a 401).
    void signIn();
    // Ends the sync thread (the outbox stays for next time).
    void stop();

Q_SIGNALS:
    void signedIn();
    void workingOffline();
    // "Quit" in the start-up dialog.
    void quitRequested();

private:
    void showDialog(LoginDialog::Mode mode, SessionLogin::Failure failure = SessionLogin::Failure::None,
        const QString &detail = QString());
    void onDialogFinished(LoginDialog *dialog, int result);
    void startSession(const SessionLogin::Result &result);
    void goOffline(const QString &why = QString());
    // The signed-in user becomes the profile's current user, with a local User record.
    void adoptUser(const User &user);
    void connectSync();

    Database &m_db;
    SessionStatus *m_status;
    SyncProgress *m_progress;
    SyncController *m_sync = nullptr;
    RemoteCustomerLookup *m_customerLookup;
    SessionLogin *m_silent;
    QPointer<LoginDialog> m_dialog;
    QPointer<QWidget> m_dialogParent;
    QUrl m_server;
    QString m_username;
    QString m_token; // memory only
    bool m_firstSyncPending = false;
};
