#include "sync/syncworker.h"

#include "store/database.h"
#include "sync/restclient.h"

#include <QTimer>

SyncWorker::SyncWorker(const QString &profileDir) : m_profileDir(profileDir) { }

SyncWorker::~SyncWorker()
{
    // The engine uses the connection: it goes first.
    m_engine.reset();
    m_db.reset();
}

void SyncWorker::start(const QUrl &serverUrl, const QString &token)
{
    if (m_engine) {
        m_engine->setServerUrl(serverUrl);
        m_engine->setToken(token);
        Q_EMIT started(true, {});
        return;
    }
    m_db = std::make_unique<Database>(m_profileDir);
    QString error;
    if (!m_db->open(&error)) {
        m_db.reset();
        Q_EMIT started(false, error);
        return;
    }
    m_engine = std::make_unique<SyncEngine>(*m_db);
    SyncEngine *engine = m_engine.get();
    connect(engine, &SyncEngine::stateChanged, this, &SyncWorker::stateChanged);
    connect(engine, &SyncEngine::progress, this, &SyncWorker::progress);
    connect(engine, &SyncEngine::finished, this, &SyncWorker::finished);
    connect(engine, &SyncEngine::lastSyncAtChanged, this, &SyncWorker::lastSyncAtChanged);
    connect(engine, &SyncEngine::needsLogin, this, &SyncWorker::needsLogin);
    connect(engine, &SyncEngine::remoteChanged, this, &SyncWorker::remoteChanged);
    connect(engine, &SyncEngine::remoteReset, this, &SyncWorker::remoteReset);
    connect(engine, &SyncEngine::conflictsAdded, this, &SyncWorker::conflictsAdded);
    connect(engine, &SyncEngine::outboxCountChanged, this, &SyncWorker::outboxCountChanged);
    engine->setServerUrl(serverUrl);
    engine->client()->setToken(token);
    engine->startTriggers();
    Q_EMIT started(true, {});
    QTimer::singleShot(0, engine, &SyncEngine::syncNow);
}

void SyncWorker::stop()
{
    if (m_engine)
        m_engine->stopTriggers();
}
