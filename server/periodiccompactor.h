#pragma once

#include "server/databasesettings.h"

#include <QSqlDatabase>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

// Runs ChangeFeed::compact every interval on a thread of its own (`serve --compact-every
// HOURS`), with its own database connection.
//
// Several instances on one PostgreSQL each run one, but only one compacts per interval:
// an instance first claims the run by moving the counter compaction_claimed_at forward
// with a conditional UPDATE (the row lock serialises the claims; the loser updates no
// row and skips). Compaction itself is idempotent and runs under the change_seq lock
// like every writer, so even two overlapping runs would only find nothing left to do.
class PeriodicCompactor
{
public:
    PeriodicCompactor(
        const DatabaseSettings &database, std::chrono::milliseconds interval, int tombstoneDays);
    ~PeriodicCompactor();
    PeriodicCompactor(const PeriodicCompactor &) = delete;
    PeriodicCompactor &operator=(const PeriodicCompactor &) = delete;

    void start();
    void stop();

    // One scheduled run: the change rows removed, or -1 when another instance claimed
    // this interval's run. Throws DbError.
    static qint64 runOnce(const QSqlDatabase &db, DatabaseSettings::Backend backend,
        std::chrono::milliseconds interval, int tombstoneDays);

private:
    void loop();
    void runLogged();

    DatabaseSettings m_database;
    std::chrono::milliseconds m_interval;
    int m_tombstoneDays;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
};
