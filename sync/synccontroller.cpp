#include "sync/synccontroller.h"

#include "store/changenotifier.h"
#include "sync/syncworker.h"

#include <QThread>

SyncController::SyncController(const QString &profileDir, QObject *parent)
    : QObject(parent), m_profileDir(profileDir)
{
}

SyncController::~SyncController()
{
    stop();
}

void SyncController::setLocalNotifier(ChangeNotifier *notifier)
{
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    m_notifier = notifier;
    if (!notifier)
        return;
    connect(notifier, &ChangeNotifier::outboxChanged, this, [this](int pending) {
        if (m_pending != pending) {
            m_pending = pending;
            Q_EMIT pendingCountChanged(pending);
        }
        if (pending > 0 && m_worker) {
            SyncWorker *worker = m_worker;
            QMetaObject::invokeMethod(
                worker,
                [worker] {
                    if (worker->engine())
                        worker->engine()->scheduleSync();
                },
                Qt::QueuedConnection);
        }
    });
}

void SyncController::start(const QUrl &serverUrl, const QString &token)
{
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("agentdesk-sync"));
        m_worker = new SyncWorker(m_profileDir);
        m_worker->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        connect(m_worker, &SyncWorker::started, this, &SyncController::started);
        connect(m_worker, &SyncWorker::progress, this, &SyncController::progress);
        connect(m_worker, &SyncWorker::finished, this, &SyncController::finished);
        connect(m_worker, &SyncWorker::needsLogin, this, &SyncController::needsLogin);
        connect(m_worker, &SyncWorker::stateChanged, this, [this](SyncEngine::State state) {
            m_state = state;
            Q_EMIT stateChanged(state);
        });
        connect(m_worker, &SyncWorker::lastSyncAtChanged, this, [this](const QDateTime &at) {
            m_lastSyncAt = at;
            Q_EMIT lastSyncAtChanged(at);
        });
        connect(m_worker, &SyncWorker::outboxCountChanged, this, [this](int pending) {
            if (m_pending != pending) {
                m_pending = pending;
                Q_EMIT pendingCountChanged(pending);
            }
        });
        connect(m_worker, &SyncWorker::remoteChanged, this, &SyncController::onRemoteChanged);
        connect(m_worker, &SyncWorker::remoteReset, this, [this] {
            if (m_notifier)
                Q_EMIT m_notifier->reset();
        });
        connect(m_worker, &SyncWorker::conflictsAdded, this, [this] {
            if (m_notifier)
                Q_EMIT m_notifier->conflictsChanged();
        });
        m_thread->start();
    }
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, serverUrl, token] { worker->start(serverUrl, token); }, Qt::QueuedConnection);
}

void SyncController::stop()
{
    if (!m_thread)
        return;
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->stop(); }, Qt::QueuedConnection);
    // quit() also ends a cycle's local event loop: its request is aborted, the outbox kept.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
}

bool SyncController::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SyncController::syncNow()
{
    if (!m_worker)
        return;
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            if (worker->engine())
                worker->engine()->syncNow();
        },
        Qt::QueuedConnection);
}

void SyncController::setToken(const QString &token)
{
    if (!m_worker)
        return;
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, token] {
            if (worker->engine())
                worker->engine()->setToken(token);
        },
        Qt::QueuedConnection);
}

void SyncController::onRemoteChanged(const QString &entity, const QStringList &ids)
{
    if (m_notifier)
        m_notifier->notify(entity, ids);
}
