#pragma once

#include "core/change.h"
#include "store/outboxentry.h"
#include "sync/retrypolicy.h"
#include "sync/syncsummary.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

class Database;
class QTimer;
class RestClient;

// The client loop of DESIGN.md §4 over one Database connection: push the outbox in
// batches, then pull the change feed page by page, each page and its cursor committed in
// one transaction. Triggers: a debounced outbox change, a 60 s timer, reachability
// changes and syncNow(). Blocking network calls run a local event loop, so the engine
// belongs on a worker thread (SyncController) — or in a test or the headless command.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State { Offline, Idle, Syncing, NeedsLogin, Error };
    Q_ENUM(State)

    explicit SyncEngine(Database &db, QObject *parent = nullptr);
    ~SyncEngine() override;

    RestClient *client() const { return m_client; }
    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const;

    void setPushBatchSize(int size) { m_pushBatch = qBound(1, size, 500); }
    void setPullPageSize(int size) { m_pullPage = qMax(1, size); }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setDebounceInterval(int msecs);
    void setPeriodicInterval(int msecs);

    State state() const { return m_state; }
    QDateTime lastSyncAt() const;
    bool isRunning() const { return m_running; }

    // One cycle, now: push, then pull. Does not schedule retries (see syncNow).
    SyncSummary runOnce();

    // Timers and reachability; without this the engine syncs only when asked.
    void startTriggers();
    void stopTriggers();

public Q_SLOTS:
    // A cycle now (or right after the running one); failures schedule a backoff retry.
    void syncNow();
    // Local edits were queued: a cycle after the debounce interval.
    void scheduleSync();
    // A new session token (after a re-login): leaves NeedsLogin and syncs.
    void setToken(const QString &token);

Q_SIGNALS:
    void stateChanged(SyncEngine::State state);
    // rowsExpected is −1 while the server does not say how many remain.
    void progress(qint64 rowsDone, qint64 rowsExpected, qint64 elapsedMs);
    void finished(bool ok, const QString &summary);
    void cycleFinished(const SyncSummary &summary);
    void lastSyncAtChanged(const QDateTime &at);
    void needsLogin();
    // After each committed batch of pulled pages, per entity, for the GUI connection's
    // item models (not during a profile's first pull: see remoteReset).
    void remoteChanged(const QString &entity, const QStringList &ids);
    // Everything may have changed: the cursor expired and everything is pulled again, or
    // the first pull of the profile ended. Item models reload.
    void remoteReset();
    void conflictsAdded(int count);
    void outboxCountChanged(int pending);

private:
    bool push(SyncSummary &summary);
    // The files attached offline, after the push (their tickets are on the server then).
    bool upload(SyncSummary &summary);
    // Pushes entries; returns false when the cycle must stop (summary.error says why).
    bool pushBatch(const QList<OutboxEntry> &entries, SyncSummary &summary);
    static QList<OutboxEntry> upToSecondEditOfARecord(const QList<OutboxEntry> &entries);
    bool handleAnswer(const OutboxEntry &entry, const QJsonObject &answer, QStringList &done,
        SyncSummary &summary, QString *error);
    // answer: {server: the server's record, fields: the fields in conflict (optional)}.
    bool recordConflict(const OutboxEntry &entry, const QJsonObject &answer, QString *error);
    bool pull(SyncSummary &summary); // FeedPuller
    void setState(State state);
    // Schedules the backoff retry or the cycle asked for while this one ran.
    void afterCycle(const SyncSummary &summary);

    Database &m_db;
    RestClient *m_client;
    RetryPolicy m_retry;
    QTimer *m_debounce;
    QTimer *m_periodic;
    QTimer *m_retryTimer;
    QElapsedTimer m_clock; // since the start of the running cycle
    State m_state = State::Idle;
    int m_pushBatch = 500;
    // The server's largest page (ChangeFeed::MaxLimit): fewer, larger transactions make a
    // big pull several times faster (each commit rewrites the touched index pages).
    int m_pullPage = 5000;
    bool m_running = false;
    bool m_again = false;
    bool m_triggers = false;
};
