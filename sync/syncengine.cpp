#include "sync/syncengine.h"

#include "core/wirecodec.h"
#include "store/conflictrepository.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/syncstate.h"
#include "store/transaction.h"
#include "sync/feedpuller.h"
#include "sync/pendinguploader.h"
#include "sync/restclient.h"

#include <QHash>
#include <QJsonArray>
#include <QNetworkInformation>
#include <QSet>
#include <QTimer>

#include <memory>
#include <utility>

using namespace std::chrono_literals;

namespace {

const QString s_mutationsPath = QStringLiteral("/api/v1/mutations");

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

    summary.ok = push(summary) && upload(summary) && pull(summary);
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

bool SyncEngine::upload(SyncSummary &summary)
{
    int uploaded = 0;
    PendingUploader uploader(m_db, m_client);
    // The GUI's connection does not see this one's writes: it is told, as for pulled rows.
    connect(&uploader, &PendingUploader::changed, this,
        [this](const QString &id) { Q_EMIT remoteChanged(QStringLiteral("attachment"), {id}); });
    RestError failure;
    if (!uploader.run(&uploaded, &failure)) {
        summary.error = failure;
        return false;
    }
    summary.uploaded += uploaded;
    return true;
}

bool SyncEngine::push(SyncSummary &summary)
{
    Outbox outbox(m_db);
    for (;;) {
        QString error;
        const QList<OutboxEntry> entries = outbox.pending(m_pushBatch, &error);
        if (!error.isEmpty()) {
            summary.error = RestError::store(error);
            return false;
        }
        if (entries.isEmpty())
            return true;
        if (!pushBatch(upToSecondEditOfARecord(entries), summary))
            return false;
    }
}

QList<OutboxEntry> SyncEngine::upToSecondEditOfARecord(const QList<OutboxEntry> &entries)
{
    // A record's second edit goes in the next batch, after the answer to its first has
    // rebased it (Outbox::rebase): sent together, it would still carry the old base
    // revision and conflict with the edit made just before it on this very workstation.
    QSet<QString> records;
    QList<OutboxEntry> batch;
    for (const OutboxEntry &entry : entries) {
        const QString key = enumKey(entry.mutation.entity) + u'/' + entry.mutation.id;
        if (records.contains(key))
            break;
        records.insert(key);
        batch.append(entry);
    }
    return batch;
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
                summary.error = RestError::store(error);
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
                summary.error = RestError::store(error);
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
        summary.error = RestError::store(error);
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
        summary.error = RestError::store(error);
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
        // Nobody else wrote the record between our base and our edit: the edits made on
        // top of this one here are against the new revision.
        const qint64 rev = answer.value(QLatin1String("rev")).toInteger();
        if (rev == entry.mutation.baseRev + 1
            && !Outbox(m_db).rebase(entry.mutation.entity, entry.mutation.id, entry.mutation.baseRev, rev,
                entry.seq, error))
            return false;
        return true;
    }
    if (status == QLatin1String("duplicate")) {
        // A retried push: the first answer may have been lost with the connection. A
        // first answer of conflict or rejected must still reach the user.
        const QJsonObject first = answer.value(QLatin1String("answer")).toObject();
        const QString firstStatus = first.value(QLatin1String("status")).toString();
        if (firstStatus == QLatin1String("conflict") || firstStatus == QLatin1String("rejected"))
            return handleAnswer(entry, first, done, summary, error);
        const qint64 rev = first.value(QLatin1String("rev")).toInteger();
        if (firstStatus == QLatin1String("applied") && rev == entry.mutation.baseRev + 1
            && !Outbox(m_db).rebase(entry.mutation.entity, entry.mutation.id, entry.mutation.baseRev, rev,
                entry.seq, error))
            return false;
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
    FeedPuller puller(m_db, *m_client, m_pullPage);
    connect(&puller, &FeedPuller::progress, this,
        [this](qint64 done, qint64 expected) { Q_EMIT progress(done, expected, m_clock.elapsed()); });
    connect(&puller, &FeedPuller::remoteChanged, this, &SyncEngine::remoteChanged);
    connect(&puller, &FeedPuller::remoteReset, this, &SyncEngine::remoteReset);
    return puller.pull(summary);
}
