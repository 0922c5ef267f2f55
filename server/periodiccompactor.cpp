#include "server/periodiccompactor.h"

#include "server/changefeed.h"
#include "server/dbconnection.h"
#include "server/writetransaction.h"

#include <QDateTime>
#include <QSqlQuery>

#include <cstdio>
#include <exception>

PeriodicCompactor::PeriodicCompactor(
    const DatabaseSettings &database, std::chrono::milliseconds interval, int tombstoneDays)
    : m_database(database), m_interval(interval), m_tombstoneDays(tombstoneDays)
{
}

PeriodicCompactor::~PeriodicCompactor()
{
    stop();
}

void PeriodicCompactor::start()
{
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this] { loop(); });
}

void PeriodicCompactor::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

qint64 PeriodicCompactor::runOnce(const QSqlDatabase &db, DatabaseSettings::Backend backend,
    std::chrono::milliseconds interval, int tombstoneDays)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // A little slack, so instances whose timers drift do not skip a whole interval.
    const qint64 claimableBefore = now - qint64(double(interval.count()) * 0.9);
    {
        WriteTransaction transaction(db, backend);
        QSqlQuery claim = DbConnection::exec(db,
            QStringLiteral(
                "UPDATE counters SET value = ? WHERE name = 'compaction_claimed_at' AND value <= ?"),
            {now, claimableBefore});
        const bool claimed = claim.numRowsAffected() > 0;
        transaction.commit();
        if (!claimed)
            return -1;
    }
    return ChangeFeed::compact(db, backend, tombstoneDays);
}

void PeriodicCompactor::runLogged()
{
    try {
        const qint64 removed
            = runOnce(DbConnection::forThread(m_database), m_database.backend, m_interval, m_tombstoneDays);
        if (removed >= 0)
            std::fprintf(stderr, "agentdesk-server: compacted %lld change(s) older than %d day(s)\n",
                static_cast<long long>(removed), m_tombstoneDays);
    } catch (const std::exception &error) {
        // Logged and retried next interval; the database may be away for a while.
        std::fprintf(stderr, "agentdesk-server: compaction failed: %s\n", error.what());
        DbConnection::discardForThread();
    }
}

void PeriodicCompactor::loop()
{
    runLogged();
    std::unique_lock lock(m_mutex);
    while (m_interval.count() > 0 && !m_wake.wait_for(lock, m_interval, [this] { return m_stopping; })) {
        lock.unlock();
        runLogged();
        lock.lock();
    }
    lock.unlock();
    DbConnection::discardForThread();
}
