#pragma once

#include "sync/syncengine.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

class ChangeNotifier;
class QThread;
class SyncWorker;

// The GUI side of the sync: owns the sync thread and its SyncWorker, relays the engine's
// state to the status bar, and keeps the GUI's own Database in step — local edits
// (outboxChanged on the GUI connection) trigger a debounced sync; pulled changes are
// re-announced on the GUI connection's notifier so item models refresh.
class SyncController : public QObject
{
    Q_OBJECT

public:
    explicit SyncController(const QString &profileDir, QObject *parent = nullptr);
    ~SyncController() override;

    // The notifier of the GUI thread's Database (may be null).
    void setLocalNotifier(ChangeNotifier *notifier);

    // Starts the thread (once) and the engine against this server with this token.
    void start(const QUrl &serverUrl, const QString &token);
    // Stops the engine and joins the thread; a cycle in flight is cut short.
    void stop();
    bool isRunning() const;

    SyncEngine::State state() const { return m_state; }
    QDateTime lastSyncAt() const { return m_lastSyncAt; }
    int pendingCount() const { return m_pending; }

public Q_SLOTS:
    void syncNow();
    // After a re-login (state NeedsLogin).
    void setToken(const QString &token);

Q_SIGNALS:
    void started(bool ok, const QString &error);
    void stateChanged(SyncEngine::State state);
    void progress(qint64 rowsDone, qint64 rowsExpected, qint64 elapsedMs);
    void finished(bool ok, const QString &summary);
    void lastSyncAtChanged(const QDateTime &at);
    void needsLogin();
    void pendingCountChanged(int pending);

private:
    void onRemoteChanged(const QString &entity, const QStringList &ids);

    QString m_profileDir;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    QPointer<ChangeNotifier> m_notifier;
    SyncEngine::State m_state = SyncEngine::State::Offline;
    QDateTime m_lastSyncAt;
    int m_pending = 0;
};
