#pragma once

#include "sync/syncengine.h"

#include <QObject>
#include <QUrl>

#include <memory>

class Database;

// Lives on the sync thread: opens its OWN Database on the profile (a QtSql connection is
// bound to the thread that opened it) and runs the SyncEngine there. SyncController
// creates it, moves it to the thread and talks to it through queued calls only.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(const QString &profileDir);
    ~SyncWorker() override;

    SyncEngine *engine() const { return m_engine.get(); }

public Q_SLOTS:
    // Opens the store, configures the engine and starts its triggers; then a first cycle.
    void start(const QUrl &serverUrl, const QString &token);
    void stop();

Q_SIGNALS:
    void started(bool ok, const QString &error);
    void stateChanged(SyncEngine::State state);
    void progress(qint64 rowsDone, qint64 rowsExpected, qint64 elapsedMs);
    void finished(bool ok, const QString &summary);
    void lastSyncAtChanged(const QDateTime &at);
    void needsLogin();
    void remoteChanged(const QString &entity, const QStringList &ids);
    void remoteReset();
    void conflictsAdded(int count);
    void outboxCountChanged(int pending);

private:
    QString m_profileDir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncEngine> m_engine;
};
