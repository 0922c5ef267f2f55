#pragma once

#include "ui/session/sessionlogin.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// Sign-in to agentdesk-server: server address, user name and password; Enter submits,
// failures are shown inline in words the desk understands (wrong credentials, server
// unreachable, TLS, disabled account). "Work offline" appears when the profile has a
// user from an earlier session, so the desk can keep working from its cache.
//
// The dialog signs in itself (SessionLogin) and is accepted only on success; result()
// then holds the token. done(WorkOffline) when the user chose to work offline.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Startup, // the reject button quits AgentDesk
        Connect, // from the "Connect to server…" command: the reject button cancels
        Reauthenticate, // the session ended: same server and user, password only
    };
    enum DoneCode { WorkOffline = 2 };

    explicit LoginDialog(Mode mode, QWidget *parent = nullptr);
    ~LoginDialog() override;

    Mode mode() const { return m_mode; }
    void setServerUrl(const QString &url);
    QString serverUrl() const;
    void setUsername(const QString &username);
    QString username() const;
    void setOfflineAvailable(bool available);
    bool isOfflineAvailable() const { return m_offlineAvailable; }

    // Shows a failure (e.g. of a sign-in tried without the dialog) as if it happened here.
    void showFailure(SessionLogin::Failure failure, const QString &detail = QString());
    QString errorText() const;
    bool isBusy() const;
    SessionLogin::Result result() const { return m_result; }
    SessionLogin *login() const { return m_login; }

public Q_SLOTS:
    void submit();

Q_SIGNALS:
    void signedIn(const SessionLogin::Result &result);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void reject() override;

private:
    enum class Missing { Nothing, User, Password };

    void setBusy(bool busy);
    void showMissing();
    void onSucceeded(const SessionLogin::Result &result);
    void onFailed(SessionLogin::Failure failure, const QString &detail);
    void onReachable(bool ok, SessionLogin::Failure failure);
    void retranslateUi();

    Mode m_mode;
    SessionLogin *m_login;
    SessionLogin::Result m_result;
    SessionLogin::Failure m_failure = SessionLogin::Failure::None;
    QString m_failureDetail;
    Missing m_missing = Missing::Nothing;
    bool m_offlineAvailable = false;
    bool m_probed = false;

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_busy = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_offline = nullptr;
    QPushButton *m_cancel = nullptr;
};
