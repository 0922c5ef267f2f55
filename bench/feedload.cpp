#include "bench/feedload.h"

#include "core/entity.h"
#include "core/ticketevent.h"
#include "core/wirecodec.h"
#include "sync/restclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QMutex>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <memory>
#include <vector>

namespace {

struct Shared
{
    QSemaphore ready;
    QSemaphore go;
    std::atomic<qint64> deadlineMs {0}; // QDateTime ms when polling stops
    QMutex mutex;
    FeedLoad::Result result;
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QJsonObject noteMutation(const QString &ticketId, const QString &authorId)
{
    TicketEvent event;
    event.id = Entity::newId();
    event.rev = 0;
    event.updatedAt = QDateTime::currentDateTimeUtc();
    event.ticketId = ticketId;
    event.kind = EventKind::Note;
    event.authorId = authorId;
    event.createdAt = event.updatedAt;
    event.body = QStringLiteral("Benchmark note");
    Mutation m;
    m.mutationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.entity = EntityType::TicketEvent;
    m.id = event.id;
    m.op = MutationOp::Create;
    m.fields = WireCodec::dataFields(WireCodec::encode(event));
    return WireCodec::encode(m);
}

void runClient(const FeedLoad::Options &options, const FeedLoad::Client &spec, int index, Shared &shared)
{
    FeedLoad::Result local;
    auto fail = [&local](const QString &what) {
        if (local.firstError.isEmpty())
            local.firstError = what;
        ++local.errors;
    };
    auto client = std::make_unique<RestClient>();
    client->setBaseUrl(options.url);
    client->setTimeout(120000);
    QElapsedTimer timer;
    timer.start();
    const RestResult login = client->login(spec.username, QString::fromUtf8(spec.password));
    local.logins.add(msSince(timer));
    QString userId;
    QStringList tickets;
    if (login.ok()) {
        const QJsonObject user = login.json.value(QLatin1String("user")).toObject();
        userId = user.value(QLatin1String("id")).toString();
        tickets = options.ticketsByTeam.value(user.value(QLatin1String("team_id")).toString());
    } else {
        fail(QStringLiteral("login %1: %2").arg(spec.username, login.error.describe()));
    }
    shared.ready.release();
    shared.go.acquire();

    const QString clientId = QStringLiteral("bench-client-%1").arg(index);
    QString cursor = options.startCursor;
    QRandomGenerator random(quint32(index + 1));
    int polls = 0;
    while (login.ok() && QDateTime::currentMSecsSinceEpoch() < shared.deadlineMs.load()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("since"), cursor);
        query.addQueryItem(QStringLiteral("limit"), QString::number(options.limit));
        timer.start();
        const RestResult page = client->call("GET", QStringLiteral("/api/v1/changes"), query);
        local.polls.add(msSince(timer));
        if (page.ok()) {
            local.changesPulled += page.json.value(QLatin1String("changes")).toArray().size();
            const QJsonValue next = page.json.value(QLatin1String("next"));
            cursor = next.isString() ? next.toString() : QString::number(qint64(next.toDouble()));
        } else {
            fail(QStringLiteral("poll: %1").arg(page.error.describe()));
        }
        ++polls;
        if (spec.pusher && !tickets.isEmpty() && polls % options.pushEvery == 0) {
            const QString ticket = tickets.at(random.bounded(int(tickets.size())));
            const QJsonObject body {{QStringLiteral("client_id"), clientId},
                {QStringLiteral("mutations"), QJsonArray {noteMutation(ticket, userId)}}};
            timer.start();
            const RestResult pushed = client->call("POST", QStringLiteral("/api/v1/mutations"), {}, body);
            local.pushes.add(msSince(timer));
            const QJsonObject answer = pushed.json.value(QLatin1String("results")).toArray().at(0).toObject();
            if (pushed.ok() && answer.value(QLatin1String("status")).toString() == QLatin1String("applied"))
                ++local.pushesApplied;
            else
                fail(QStringLiteral("push: %1 %2")
                         .arg(pushed.error.describe(), QString::fromUtf8(WireCodec::toBytes(answer))));
        }
        if (options.thinkMs > 0)
            QThread::msleep(ulong(options.thinkMs));
    }
    client.reset();
    QMutexLocker lock(&shared.mutex);
    shared.result.polls.merge(local.polls);
    shared.result.pushes.merge(local.pushes);
    shared.result.logins.merge(local.logins);
    shared.result.changesPulled += local.changesPulled;
    shared.result.pushesApplied += local.pushesApplied;
    shared.result.errors += local.errors;
    if (shared.result.firstError.isEmpty())
        shared.result.firstError = local.firstError;
}

} // namespace

FeedLoad::Result FeedLoad::run(const Options &options)
{
    Shared shared;
    shared.deadlineMs = std::numeric_limits<qint64>::max();
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < options.clients.size(); ++i) {
        const Client spec = options.clients.at(i);
        threads.emplace_back(
            QThread::create([&options, spec, i, &shared] { runClient(options, spec, i, shared); }));
        threads.back()->start();
    }
    const int n = int(threads.size());
    shared.ready.acquire(n);
    QElapsedTimer clock;
    clock.start();
    shared.deadlineMs = QDateTime::currentMSecsSinceEpoch() + qint64(options.seconds) * 1000;
    shared.go.release(n);
    for (const auto &thread : threads)
        thread->wait();
    shared.result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return shared.result;
}
