#include "sync/syncengine.h"

#include "core/wirecodec.h"
#include "store/bulkimporter.h"
#include "store/conflictrepository.h"
#include "store/database.h"
#include "store/feedpage.h"
#include "store/outbox.h"
#include "store/remoteapplier.h"
#include "store/syncstate.h"
#include "store/transaction.h"
#include "sync/restclient.h"

#include <QHash>
#include <QJsonArray>
#include <QNetworkInformation>
#include <QScopeGuard>
#include <QTimer>

#include <memory>
#include <utility>

using namespace std::chrono_literals;

namespace {

const QString s_mutationsPath = QStringLiteral("/api/v1/mutations");
const QString s_changesPath = QStringLiteral("/api/v1/changes");
// Pulled rows per transaction (see pull()): at most a second or so of writing, the
// longest an edit on the GUI's connection waits for the pull.
constexpr qint64 s_rowsPerCommit = 25000;

} // namespace

SyncEngine::SyncEngine(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(new RestClient(this))
    , m_debounce(new QTimer(this))
    , m_periodic(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(1000);
    m_periodic->setInterval(60 * 1000);
    m_retryTimer->setSingleShot(true);
    connect(m_debounce, &QTimer::timeout, this, &SyncEngine::syncNow);
    // The periodic cycle neither cuts a backoff short nor knocks while logged out.
    connect(m_periodic, &QTimer::timeout, this, [this] {
        if (!m_retryTimer->isActive() && m_state != State::NeedsLogin)
            syncNow();
    });
    connect(m_retryTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    const QString url = SyncState(m_db).serverUrl();
    if (!url.isEmpty())
        m_client->setBaseUrl(QUrl(url));
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setServerUrl(const QUrl &url)
{
    m_client->setBaseUrl(url);
    SyncState(m_db).setServerUrl(url.toString());
}

QUrl SyncEngine::serverUrl() const
{
    return m_client->baseUrl();
}

void SyncEngine::setDebounceInterval(int msecs)
{
    m_debounce->setInterval(msecs);
}

void SyncEngine::setPeriodicInterval(int msecs)
{
    m_periodic->setInterval(msecs);
}

QDateTime SyncEngine::lastSyncAt() const
{
    return SyncState(m_db).lastSyncAt();
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncEngine::startTriggers()
{
    m_triggers = true;
    m_periodic->start();
    // Reachability is a hint: without a backend the timers and retries still work.
    if (QNetworkInformation::instance()
        || QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Disconnected) {
                    if (!m_running)
                        setState(State::Offline);
                    return;
                }
                if (m_state == State::Offline || m_state == State::Error) {
                    m_retryTimer->stop();
                    m_retry.reset();
                    syncNow();
                }
            });
    }
}

void SyncEngine::stopTriggers()
{
    m_triggers = false;
    m_periodic->stop();
    m_debounce->stop();
    m_retryTimer->stop();
    if (QNetworkInformation::instance())
        disconnect(QNetworkInformation::instance(), nullptr, this, nullptr);
}

void SyncEngine::scheduleSync()
{
    // A backoff in progress already covers the new edits.
    if (m_retryTimer->isActive() || m_state == State::NeedsLogin)
        return;
    m_debounce->start();
}

void SyncEngine::setToken(const QString &token)
{
    m_client->setToken(token);
    if (m_state == State::NeedsLogin) {
        setState(State::Idle);
        m_retry.reset();
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
    }
}

void SyncEngine::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_debounce->stop();
    m_retryTimer->stop();
    const SyncSummary summary = runOnce();
    afterCycle(summary);
}

SyncSummary SyncEngine::runOnce()
{
    SyncSummary summary;
    if (m_running) {
        summary.error.kind = RestError::Protocol;
        summary.error.message = tr("A sync cycle is already running.");
        return summary;
    }
    m_running = true;
    m_again = false;
    setState(State::Syncing);
    m_clock.start();

    summary.ok = push(summary) && pull(summary);
    summary.elapsedMs = m_clock.elapsed();
    summary.pendingLeft = Outbox(m_db).count();
    Q_EMIT outboxCountChanged(summary.pendingLeft);
    if (summary.conflicts > 0)
        Q_EMIT conflictsAdded(summary.conflicts);

    if (summary.ok) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        SyncState(m_db).setLastSyncAt(now);
        Q_EMIT lastSyncAtChanged(now);
        setState(State::Idle);
    } else {
        switch (RetryPolicy::actionFor(summary.error.kind)) {
        case RetryPolicy::Action::Pause:
            setState(State::NeedsLogin);
            Q_EMIT needsLogin();
            break;
        case RetryPolicy::Action::Retry:
            setState(summary.error.kind == RestError::Network || summary.error.kind == RestError::Timeout
                    ? State::Offline
                    : State::Error);
            break;
        default:
            setState(State::Error);
            break;
        }
    }
    m_running = false;
    Q_EMIT cycleFinished(summary);
    Q_EMIT finished(summary.ok, summary.text());
    return summary;
}

void SyncEngine::afterCycle(const SyncSummary &summary)
{
    if (summary.ok) {
        m_retry.reset();
    } else if (m_triggers && RetryPolicy::actionFor(summary.error.kind) == RetryPolicy::Action::Retry) {
        const auto wait = m_retry.nextDelay(summary.error);
        m_retryTimer->start(wait);
        return;
    }
    if (m_again && m_state != State::NeedsLogin) {
        m_again = false;
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
    }
}

RestError SyncEngine::storeError(const QString &message)
{
    RestError error;
    error.kind = RestError::Protocol;
    error.code = QStringLiteral("store");
    error.message = message;
    return error;
}

bool SyncEngine::push(SyncSummary &summary)
{
    Outbox outbox(m_db);
    for (;;) {
        QString error;
        const QList<OutboxEntry> entries = outbox.pending(m_pushBatch, &error);
        if (!error.isEmpty()) {
            summary.error = storeError(error);
            return false;
        }
        if (entries.isEmpty())
            return true;
        if (!pushBatch(entries, summary))
            return false;
    }
}

bool SyncEngine::pushBatch(const QList<OutboxEntry> &entries, SyncSummary &summary)
{
    Outbox outbox(m_db);
    QJsonArray mutations;
    for (const OutboxEntry &entry : entries)
        mutations.append(WireCodec::encode(entry.mutation));
    const QJsonObject body {
        {QStringLiteral("client_id"), SyncState(m_db).clientId()}, {QStringLiteral("mutations"), mutations}};
    const RestResult result = m_client->call("POST", s_mutationsPath, {}, body);

    if (!result.ok()) {
        const RestError::Kind kind = result.error.kind;
        if ((kind == RestError::Invalid || kind == RestError::Conflict) && entries.size() > 1) {
            // One bad mutation must not poison its batch: find it by sending them one by one.
            for (const OutboxEntry &entry : entries) {
                if (!pushBatch({entry}, summary))
                    return false;
            }
            return true;
        }
        QString error;
        if (kind == RestError::Invalid) {
            ++summary.poison;
            if (!outbox.markPoison(entries.first().mutation.mutationId, result.error.describe(), &error)) {
                summary.error = storeError(error);
                return false;
            }
            return true;
        }
        if (kind == RestError::Conflict) {
            QJsonObject answer = result.json;
            answer.insert(QStringLiteral("status"), QStringLiteral("conflict"));
            QStringList done;
            Transaction tx(m_db);
            if (!tx.begin(&error) || !handleAnswer(entries.first(), answer, done, summary, &error)
                || !outbox.markDone(done, &error) || !tx.commit(&error)) {
                summary.error = storeError(error);
                return false;
            }
            return true;
        }
        for (const OutboxEntry &entry : entries)
            outbox.markFailed(entry.mutation.mutationId, result.error.describe());
        summary.error = result.error;
        return false;
    }

    QHash<QString, QJsonObject> answers;
    const QJsonArray results = result.json.value(QLatin1String("results")).toArray();
    for (const QJsonValue &value : results) {
        const QJsonObject answer = value.toObject();
        answers.insert(answer.value(QLatin1String("mutation_id")).toString(), answer);
    }

    QString error;
    Transaction tx(m_db);
    if (!tx.begin(&error)) {
        summary.error = storeError(error);
        return false;
    }
    QStringList done;
    int unanswered = 0;
    for (const OutboxEntry &entry : entries) {
        const auto it = answers.constFind(entry.mutation.mutationId);
        static const QStringList known {QStringLiteral("applied"), QStringLiteral("duplicate"),
            QStringLiteral("conflict"), QStringLiteral("rejected")};
        // An answer we cannot act on counts as none: the entry stays pending.
        if (it == answers.constEnd() || !known.contains(it->value(QLatin1String("status")).toString())) {
            ++unanswered;
            if (!outbox.markFailed(
                    entry.mutation.mutationId, QStringLiteral("no answer from the server"), &error))
                break;
            continue;
        }
        if (!handleAnswer(entry, *it, done, summary, &error))
            break;
    }
    if (!error.isEmpty() || !outbox.markDone(done, &error) || !tx.commit(&error)) {
        summary.error = storeError(error);
        return false;
    }
    Q_EMIT progress(summary.pushed + summary.duplicates, -1, m_clock.elapsed());
    if (unanswered > 0) {
        // Stop here: the entries stay pending, and pushing again now would loop.
        summary.error.kind = RestError::Protocol;
        summary.error.message = tr("The server answered %1 of %2 mutations.")
                                    .arg(entries.size() - unanswered)
                                    .arg(entries.size());
        return false;
    }
    return true;
}

bool SyncEngine::handleAnswer(const OutboxEntry &entry, const QJsonObject &answer, QStringList &done,
    SyncSummary &summary, QString *error)
{
    const QString status = answer.value(QLatin1String("status")).toString();
    const QString id = entry.mutation.mutationId;
    if (status == QLatin1String("applied")) {
        ++summary.pushed;
        done << id;
        return true;
    }
    if (status == QLatin1String("duplicate")) {
        // A retried push: the first answer may have been lost with the connection. A
        // first answer of conflict or rejected must still reach the user.
        const QJsonObject first = answer.value(QLatin1String("answer")).toObject();
        const QString firstStatus = first.value(QLatin1String("status")).toString();
        if (firstStatus == QLatin1String("conflict") || firstStatus == QLatin1String("rejected"))
            return handleAnswer(entry, first, done, summary, error);
        ++summary.duplicates;
        done << id;
        return true;
    }
    if (status == QLatin1String("conflict")) {
        if (!recordConflict(entry, answer, error))
            return false;
        ++summary.conflicts;
        done << id;
        return true;
    }
    Outbox outbox(m_db);
    if (status == QLatin1String("rejected")) {
        ++summary.poison;
        QString message = answer.value(QLatin1String("message")).toString();
        const QString code = answer.value(QLatin1String("code")).toString();
        if (!code.isEmpty())
            message = code + QStringLiteral(": ") + message;
        return outbox.markPoison(id, message, error);
    }
    return outbox.markFailed(id, QStringLiteral("unknown answer status \"%1\"").arg(status), error);
}

bool SyncEngine::recordConflict(const OutboxEntry &entry, const QJsonObject &answer, QString *error)
{
    const Mutation &m = entry.mutation;
    const QJsonObject server = answer.value(QLatin1String("server")).toObject();
    Conflict conflict;
    conflict.entity = m.entity;
    conflict.entityId = m.id;
    // The fields the server names; else those it holds differently; else all we changed.
    for (const QJsonValue &field : answer.value(QLatin1String("fields")).toArray()) {
        if (m.fields.contains(field.toString()))
            conflict.fields << field.toString();
    }
    if (conflict.fields.isEmpty()) {
        for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it) {
            if (server.contains(it.key()) && server.value(it.key()) != it.value())
                conflict.fields << it.key();
        }
    }
    if (conflict.fields.isEmpty())
        conflict.fields = m.fields.keys();
    if (m.op == MutationOp::Delete) {
        conflict.fields = {QStringLiteral("deleted")};
        conflict.local.insert(QStringLiteral("deleted"), true);
    }
    // The whole edit and the whole server copy are kept: the fields of the edit that did
    // not conflict were not applied either (the server writes nothing on a conflict), and
    // "take theirs" needs the complete record.
    conflict.local = m.op == MutationOp::Delete ? conflict.local : m.fields;
    conflict.server = server;
    if (m.op == MutationOp::Delete && !server.contains(QLatin1String("deleted")))
        conflict.server.insert(QStringLiteral("deleted"), false);
    return ConflictRepository(m_db).add(conflict, error);
}

bool SyncEngine::pull(SyncSummary &summary)
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
            summary.error = storeError(error);
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
        summary.error = storeError(error);
        return false;
    }
    return ok;
}

bool SyncEngine::pullPages(SyncSummary &summary, bool announce)
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
            summary.error = storeError(error);
            return false;
        }
    }
    const auto pageQuery = [this](const QString &since) {
        QUrlQuery query;
        if (!since.isEmpty())
            query.addQueryItem(QStringLiteral("since"), since);
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_pullPage));
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
        summary.error = commitBatch(&error) ? why : storeError(error);
        return false;
    };
    for (;;) {
        const RestResult result = ahead
            ? m_client->await(std::exchange(ahead, nullptr))
            : m_client->call("GET", s_changesPath, pageQuery(cursor), {}, RestClient::Answer::Raw);
        if (result.error.kind == RestError::Gone && !summary.resynced) {
            // Tombstones we missed are gone: start the feed again. The outbox is untouched.
            QString error;
            if (!commitBatch(&error) || !restart(&error))
                return stop(storeError(error));
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
            ahead = m_client->start("GET", s_changesPath, pageQuery(next), {}, RestClient::Answer::Raw);
        QString error;
        if (!batch) {
            batch = std::make_unique<Transaction>(m_db);
            if (!batch->begin(&error)) {
                batch.reset();
                if (ahead)
                    m_client->cancel(ahead);
                return stop(storeError(error));
            }
        }
        if (!applier.applyPage(page, next.isEmpty() ? cursor : next, &error)) {
            if (ahead)
                m_client->cancel(ahead);
            return stop(storeError(error));
        }
        summary.pulled += int(page.size());
        batchRows += page.size();
        for (const FeedPage::Entry &e : page.entries())
            batchIds[enumKey(e.entity)] << e.id;
        // A server that says "more" without moving the cursor would keep us here forever.
        const bool last = !page.more() || (page.size() == 0 && next == cursor);
        if ((last || batchRows >= s_rowsPerCommit) && !commitBatch(&error)) {
            if (ahead)
                m_client->cancel(ahead);
            summary.error = storeError(error);
            return false;
        }
        const qint64 expected
            = page.remaining() ? summary.pulled + *page.remaining() : (page.more() ? -1 : summary.pulled);
        Q_EMIT progress(summary.pulled, expected, m_clock.elapsed());
        if (last)
            return finishResync(applier, summary);
        cursor = next;
    }
}

bool SyncEngine::finishResync(RemoteApplier &applier, SyncSummary &summary)
{
    if (!applier.isResyncing())
        return true;
    QHash<QString, QStringList> removed;
    QString error;
    if (!applier.finishResync(&removed, &error)) {
        summary.error = storeError(error);
        return false;
    }
    for (auto it = removed.constBegin(); it != removed.constEnd(); ++it)
        Q_EMIT remoteChanged(it.key(), it.value());
    return true;
}
