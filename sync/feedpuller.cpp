#include "sync/feedpuller.h"

#include "store/bulkimporter.h"
#include "store/database.h"
#include "store/feedpage.h"
#include "store/remoteapplier.h"
#include "store/syncstate.h"
#include "store/transaction.h"
#include "sync/restclient.h"

#include <QHash>
#include <QScopeGuard>
#include <QUrlQuery>

#include <memory>
#include <utility>

namespace {

const QString s_changesPath = QStringLiteral("/api/v1/changes");
// Pulled rows per transaction (see pullPages()): at most a second or so of writing, the
// longest an edit on the GUI's connection waits for the pull.
constexpr qint64 s_rowsPerCommit = 25000;

} // namespace

FeedPuller::FeedPuller(Database &db, RestClient &client, int pageSize, QObject *parent)
    : QObject(parent), m_db(db), m_client(client), m_pageSize(pageSize)
{
}

bool FeedPuller::pull(SyncSummary &summary)
{
    // The first pull of a profile writes the whole cache. Its indexes, except the unique
    // ones on id that the upserts need, are dropped first and built again, sorted, at the
    // end (BulkImporter): inserted row by row, random keys rewrite most of each large
    // index at every commit. Meanwhile rows are not announced batch by batch — each
    // announcement would send the GUI's models into scans of unindexed tables — but all
    // at once by a reset at the end.
    const bool firstPull = SyncState(m_db).cursor().isEmpty() && !RemoteApplier(m_db).resyncInterrupted();
    if (firstPull) {
        Transaction tx(m_db);
        QString error;
        if (!tx.begin(&error) || !BulkImporter::dropIndexes(m_db, BulkImporter::KeepIds::Yes, &error)
            || !tx.commit(&error)) {
            summary.error = RestError::store(error);
            return false;
        }
    }
    const bool ok = pullPages(summary, !firstPull);
    if (!firstPull)
        return ok;
    // Also after a failure: the GUI must not be left without its indexes.
    QString error;
    const bool indexed = BulkImporter::rebuildIndexes(m_db, &error);
    Q_EMIT remoteReset();
    if (ok && !indexed) {
        summary.error = RestError::store(error);
        return false;
    }
    return ok;
}

bool FeedPuller::pullPages(SyncSummary &summary, bool announce)
{
    SyncState state(m_db);
    RemoteApplier applier(m_db);
    QString cursor = state.cursor();
    const auto restart = [&](QString *error) {
        // Records deleted while we were away (their tombstones are gone) and records out
        // of scope now are found by mark-and-sweep: see RemoteApplier.
        if (!state.resetCursor(error) || !applier.startResync(error))
            return false;
        summary.resynced = true;
        cursor.clear();
        Q_EMIT remoteReset();
        return true;
    };
    if (applier.resyncInterrupted()) {
        // The process ended during a resync: what was received is not known any more.
        QString error;
        if (!restart(&error)) {
            summary.error = RestError::store(error);
            return false;
        }
    }
    const auto pageQuery = [this](const QString &since) {
        QUrlQuery query;
        if (!since.isEmpty())
            query.addQueryItem(QStringLiteral("since"), since);
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
        return query;
    };
    // The next page is requested before this one is applied: the server prepares and
    // sends it while the cache writes (the pull is otherwise strictly one-after-the-other).
    std::shared_ptr<RestClient::Pending> ahead;
    // A full pull writes the whole cache: a large page cache keeps the unique id indexes'
    // pages in memory (random keys: each row touches another leaf), memory-mapped reads
    // spare a system call per page the cache misses, and rarer WAL checkpoints write each
    // page fewer times (the WAL may grow to 1 GiB meanwhile). Up to 1 GiB of memory for
    // the pull's duration, as BulkImporter; the store's defaults come back after.
    const bool initial = cursor.isEmpty();
    if (initial) {
        m_db.exec(QStringLiteral("PRAGMA cache_size = -1048576"));
        m_db.exec(QStringLiteral("PRAGMA mmap_size = 2147418112"));
        m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 262144"));
    }
    const auto restoreCache = qScopeGuard([this, initial] {
        if (initial) {
            m_db.exec(QStringLiteral("PRAGMA cache_size = -65536"));
            m_db.exec(QStringLiteral("PRAGMA mmap_size = 0"));
            m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
        }
    });
    // Several pages share one transaction, each page with its cursor in a savepoint of
    // it: a commit writes every database page the pages dirtied to the WAL, and
    // consecutive pages dirty the same index pages, so fewer commits write far less. The
    // rows are announced once they are committed.
    std::unique_ptr<Transaction> batch;
    qint64 batchRows = 0;
    FeedPage page;
    QHash<QString, QStringList> batchIds;
    const auto commitBatch = [&](QString *error) {
        if (!batch)
            return true;
        const bool ok = batch->commit(error);
        batch.reset();
        batchRows = 0;
        if (ok && announce)
            for (auto it = batchIds.constBegin(); it != batchIds.constEnd(); ++it)
                Q_EMIT remoteChanged(it.key(), it.value());
        batchIds.clear();
        return ok;
    };
    const auto stop = [&](const RestError &why) {
        // What was applied is consistent with its cursor: keep it.
        QString error;
        summary.error = commitBatch(&error) ? why : RestError::store(error);
        return false;
    };
    for (;;) {
        const RestResult result = ahead
            ? m_client.await(std::exchange(ahead, nullptr))
            : m_client.call("GET", s_changesPath, pageQuery(cursor), {}, RestClient::Answer::Raw);
        if (result.error.kind == RestError::Gone && !summary.resynced) {
            // Tombstones we missed are gone: start the feed again. The outbox is untouched.
            QString error;
            if (!commitBatch(&error) || !restart(&error))
                return stop(RestError::store(error));
            continue;
        }
        if (!result.ok())
            return stop(result.error);
        QString why;
        if (!page.parse(result.raw, &why)) {
            RestError bad;
            bad.kind = RestError::Protocol;
            bad.message = tr("Bad change in the feed: %1").arg(why);
            return stop(bad);
        }
        const QString next = page.next();
        if (page.more() && !next.isEmpty() && next != cursor)
            ahead = m_client.start("GET", s_changesPath, pageQuery(next), {}, RestClient::Answer::Raw);
        QString error;
        if (!batch) {
            batch = std::make_unique<Transaction>(m_db);
            if (!batch->begin(&error)) {
                batch.reset();
                if (ahead)
                    m_client.cancel(ahead);
                return stop(RestError::store(error));
            }
        }
        if (!applier.applyPage(page, next.isEmpty() ? cursor : next, &error)) {
            if (ahead)
                m_client.cancel(ahead);
            return stop(RestError::store(error));
        }
        summary.pulled += int(page.size());
        batchRows += page.size();
        for (const FeedPage::Entry &e : page.entries())
            batchIds[enumKey(e.entity)] << e.id;
        // A server that says "more" without moving the cursor would keep us here forever.
        const bool last = !page.more() || (page.size() == 0 && next == cursor);
        if ((last || batchRows >= s_rowsPerCommit) && !commitBatch(&error)) {
            if (ahead)
                m_client.cancel(ahead);
            summary.error = RestError::store(error);
            return false;
        }
        const qint64 expected
            = page.remaining() ? summary.pulled + *page.remaining() : (page.more() ? -1 : summary.pulled);
        Q_EMIT progress(summary.pulled, expected);
        if (last)
            return finishResync(applier, summary);
        cursor = next;
    }
}

bool FeedPuller::finishResync(RemoteApplier &applier, SyncSummary &summary)
{
    if (!applier.isResyncing())
        return true;
    QHash<QString, QStringList> removed;
    QString error;
    if (!applier.finishResync(&removed, &error)) {
        summary.error = RestError::store(error);
        return false;
    }
    for (auto it = removed.constBegin(); it != removed.constEnd(); ++it)
        Q_EMIT remoteChanged(it.key(), it.value());
    return true;
}
