#pragma once

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;
class SessionStatus;

// The synchronisation part of the status bar: the connection state (icon and text, the
// error in the tooltip), the outbox's pending count, the last successful sync, a
// "Sync now" button and a conflicts button that appears when conflicts are kept.
// It only shows SessionStatus and asks through signals; the session layer acts.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(SessionStatus *session, QWidget *parent = nullptr);

    // "14:05" today, a short date and time before; "never" when invalid.
    static QString lastSyncText(const QDateTime &at, const QDateTime &now);
    // "just now", "5 minutes ago", "3 hours ago", "2 days ago".
    static QString relativeText(const QDateTime &at, const QDateTime &now);

public Q_SLOTS:
    void updateStatus();

Q_SIGNALS:
    void syncNowRequested();
    void signInRequested();
    void conflictsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    SessionStatus *m_session;
    QLabel *m_stateIcon = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_pendingIcon = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_lastSyncIcon = nullptr;
    QLabel *m_lastSync = nullptr;
    QWidget *m_lastSyncSeparator = nullptr;
    QToolButton *m_signIn = nullptr;
    QToolButton *m_syncNow = nullptr;
    QToolButton *m_conflicts = nullptr;
    QTimer *m_clock = nullptr;
};
