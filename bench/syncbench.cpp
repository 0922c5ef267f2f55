// agentdesk-bench-sync: the sync figures of DESIGN.md §6 on this machine.
//
//   1. initial pull of a seeded server into an empty profile, as an admin (who sees every
//      record), against a raw sqlite3 bulk load of the same rows into the same schema;
//   2. empty incremental sync (runOnce with nothing new), 50 runs;
//   3. the change feed under 100 concurrent clients, on SQLite and on PostgreSQL.
// It prints figures, never pass/fail.

#include "bench/benchserver.h"
#include "bench/feedload.h"
#include "bench/latencystats.h"
#include "bench/rawbulkloader.h"
#include "server/dbconnection.h"
#include "store/database.h"
#include "store/tablespec.h"
#include "sync/restclient.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <ctime>
#include <memory>

namespace {

const QByteArray s_password = "bench-password-1";
const QString s_admin = QStringLiteral("bench-admin");

struct Options
{
    qint64 tickets = 1000000;
    qint64 customers = -1; // tickets / 5 when not given
    int clients = 100;
    int seconds = 10;
    int thinkMs = 0;
    int runs = 50;
    int pageSize = 0; // the engine's default
    qint64 pgTickets = 20000;
    QString pgUrl;
    QString keep;
    bool reuse = false;
    bool pullOnly = false;
    bool seedOnly = false;
};

struct Row
{
    QString scenario;
    QString figure;
};
QList<Row> s_table;

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

void record(const QString &scenario, const QString &figure)
{
    s_table.append({scenario, figure});
    say(QStringLiteral("  %1: %2").arg(scenario, figure));
}

QString num(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

// Seeds with `agentdesk-server seed`: the same data, logins included, as the demo.
bool seed(BenchServer &server, qint64 tickets, qint64 customers)
{
    QElapsedTimer clock;
    clock.start();
    QByteArray out;
    QByteArray err;
    const int code
        = server.cli({QStringLiteral("seed"), QStringLiteral("--tickets"), QString::number(tickets),
                         QStringLiteral("--customers"), QString::number(customers)},
            s_password, &out, &err);
    if (code != 0) {
        say(QStringLiteral("seed failed (%1): %2").arg(code).arg(QString::fromLocal8Bit(err)));
        return false;
    }
    say(QStringLiteral("  seeded with `agentdesk-server seed` in %1 s").arg(num(clock.elapsed() / 1000.0)));
    return true;
}

struct TeamInfo
{
    QString id;
    QString name;
};

QList<TeamInfo> teams(const BenchServer &server)
{
    QList<TeamInfo> out;
    {
        QSqlQuery q = DbConnection::exec(DbConnection::forThread(server.settings()),
            QStringLiteral("SELECT t.id, t.name FROM teams t WHERE EXISTS (SELECT 1 FROM records r WHERE "
                           "r.entity = 'ticket' AND r.team_id = t.id) ORDER BY t.name"));
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString()});
    }
    DbConnection::discardForThread();
    return out;
}

// The admin the pull signs in as, and one agent per team for the load clients.
QStringList addUsers(const BenchServer &server, const QList<TeamInfo> &teamList)
{
    server.cli({QStringLiteral("user"), QStringLiteral("add"), s_admin, QStringLiteral("--role"),
                   QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("Bench admin")},
        s_password);
    QStringList agents;
    for (int i = 0; i < teamList.size(); ++i) {
        const QString name = QStringLiteral("bench-agent-%1").arg(i + 1);
        if (server.cli({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"),
                           QStringLiteral("agent"), QStringLiteral("--name"), name, QStringLiteral("--team"),
                           teamList.at(i).name},
                s_password)
            == 0)
            agents << name;
    }
    return agents;
}

FeedLoad::Result feedLoad(BenchServer &server, const QUrl &url, const Options &options,
    const QList<TeamInfo> &teamList, const QStringList &agents)
{
    FeedLoad::Options load;
    load.url = url;
    load.seconds = options.seconds;
    load.thinkMs = options.thinkMs;
    {
        const QSqlDatabase db = DbConnection::forThread(server.settings());
        QSqlQuery head
            = DbConnection::exec(db, QStringLiteral("SELECT value FROM counters WHERE name = 'change_seq'"));
        load.startCursor = head.next() ? head.value(0).toString() : QString();
        for (const TeamInfo &team : teamList) {
            QSqlQuery q = DbConnection::exec(db,
                QStringLiteral("SELECT id FROM records WHERE entity = 'ticket' AND team_id = ? AND deleted = "
                               "0 LIMIT 200"),
                {team.id});
            while (q.next())
                load.ticketsByTeam[team.id] << q.value(0).toString();
        }
    }
    DbConnection::discardForThread();
    for (int i = 0; i < options.clients; ++i)
        load.clients.append({agents.at(i % agents.size()), s_password, i % 10 == 0});
    return FeedLoad::run(load);
}

void reportLoad(const QString &backend, const FeedLoad::Result &r, const Options &options)
{
    const QString what = QStringLiteral("change feed, %1 clients, %2 s, think %3 ms, %4")
                             .arg(options.clients)
                             .arg(options.seconds)
                             .arg(options.thinkMs)
                             .arg(backend);
    record(what + QStringLiteral(" — GET /changes"),
        QStringLiteral("p50 %1 ms, p99 %2 ms, max %3 ms, %4 requests")
            .arg(num(r.polls.percentile(50), 2), num(r.polls.percentile(99), 2), num(r.polls.max(), 1))
            .arg(r.polls.count()));
    record(what + QStringLiteral(" — POST /mutations"),
        QStringLiteral("p50 %1 ms, p99 %2 ms, %3 applied")
            .arg(num(r.pushes.percentile(50), 2), num(r.pushes.percentile(99), 2))
            .arg(r.pushesApplied));
    record(what + QStringLiteral(" — throughput"),
        QStringLiteral("%1 req/s, %2 changes delivered, %3 errors%4")
            .arg(num(double(r.requests()) / r.seconds, 0))
            .arg(r.changesPulled)
            .arg(r.errors)
            .arg(r.firstError.isEmpty() ? QString() : QStringLiteral(" (first: %1)").arg(r.firstError)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agentdesk-bench-sync"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("AgentDesk sync benchmark (DESIGN.md §6)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("tickets"), QStringLiteral("Tickets seeded for the pull (default 1000000)."),
            QStringLiteral("n")},
        {QStringLiteral("customers"), QStringLiteral("Customers seeded (default tickets / 5)."),
            QStringLiteral("n")},
        {QStringLiteral("clients"), QStringLiteral("Concurrent feed clients (default 100)."),
            QStringLiteral("n")},
        {QStringLiteral("seconds"), QStringLiteral("Duration of each feed load (default 10)."),
            QStringLiteral("s")},
        {QStringLiteral("think-ms"), QStringLiteral("Pause between a load client's requests (default 0)."),
            QStringLiteral("ms")},
        {QStringLiteral("runs"), QStringLiteral("Empty incremental syncs timed (default 50)."),
            QStringLiteral("n")},
        {QStringLiteral("page"), QStringLiteral("Pull page size (default: the engine's)."),
            QStringLiteral("n")},
        {QStringLiteral("pg"),
            QStringLiteral("PostgreSQL cluster URL for the feed load (default "
                           "AGENTDESK_TEST_PG_URL); a database is created and dropped."),
            QStringLiteral("url")},
        {QStringLiteral("pg-tickets"), QStringLiteral("Tickets seeded into PostgreSQL (default 20000)."),
            QStringLiteral("n")},
        {QStringLiteral("keep"), QStringLiteral("Work in DIR and keep it (default: a temporary directory)."),
            QStringLiteral("dir")},
        {QStringLiteral("reuse"),
            QStringLiteral("With --keep: reuse the SQLite server seeded by an earlier run.")},
        {QStringLiteral("pull-only"), QStringLiteral("Stop after the initial pull (for profiling).")},
        {QStringLiteral("seed-only"),
            QStringLiteral("With --keep: seed the SQLite server and stop (for --reuse).")},
    });
    parser.process(app);

    Options options;
    if (parser.isSet(QStringLiteral("tickets")))
        options.tickets = parser.value(QStringLiteral("tickets")).toLongLong();
    options.customers = parser.isSet(QStringLiteral("customers"))
        ? parser.value(QStringLiteral("customers")).toLongLong()
        : qMax<qint64>(1, options.tickets / 5);
    if (parser.isSet(QStringLiteral("clients")))
        options.clients = parser.value(QStringLiteral("clients")).toInt();
    if (parser.isSet(QStringLiteral("seconds")))
        options.seconds = parser.value(QStringLiteral("seconds")).toInt();
    if (parser.isSet(QStringLiteral("think-ms")))
        options.thinkMs = parser.value(QStringLiteral("think-ms")).toInt();
    if (parser.isSet(QStringLiteral("runs")))
        options.runs = parser.value(QStringLiteral("runs")).toInt();
    if (parser.isSet(QStringLiteral("page")))
        options.pageSize = parser.value(QStringLiteral("page")).toInt();
    if (parser.isSet(QStringLiteral("pg-tickets")))
        options.pgTickets = parser.value(QStringLiteral("pg-tickets")).toLongLong();
    options.pgUrl = parser.isSet(QStringLiteral("pg")) ? parser.value(QStringLiteral("pg"))
                                                       : qEnvironmentVariable("AGENTDESK_TEST_PG_URL");
    options.keep = parser.value(QStringLiteral("keep"));
    options.pullOnly = parser.isSet(QStringLiteral("pull-only"));
    options.seedOnly = parser.isSet(QStringLiteral("seed-only"));
    options.reuse = parser.isSet(QStringLiteral("reuse")) && !options.keep.isEmpty()
        && QFile::exists(QDir(options.keep).filePath(QStringLiteral("server/server.sqlite")));

    QTemporaryDir temporary;
    const QString work = options.keep.isEmpty() ? temporary.path() : QDir(options.keep).absolutePath();
    if (!options.reuse)
        QDir(work).removeRecursively();
    QDir().mkpath(work);
    say(QStringLiteral("agentdesk-bench-sync: %1 tickets, %2 customers, %3 CPU threads, work dir %4")
            .arg(options.tickets)
            .arg(options.customers)
            .arg(QThread::idealThreadCount())
            .arg(work));
    say(QStringLiteral("server: %1").arg(BenchServer::binary()));

    // 1. Seed the SQLite server and pull everything as an admin.
    say(QStringLiteral("\n[1] seeding the SQLite server"));
    std::unique_ptr<BenchServer> server = BenchServer::sqlite(work + QStringLiteral("/server"));
    if (options.reuse)
        say(QStringLiteral("  reusing the server database of an earlier run"));
    else if (!seed(*server, options.tickets, options.customers))
        return 1;
    const QList<TeamInfo> teamList = teams(*server);
    QStringList agents;
    if (options.reuse) {
        for (int i = 0; i < teamList.size(); ++i)
            agents << QStringLiteral("bench-agent-%1").arg(i + 1);
    } else {
        agents = addUsers(*server, teamList);
    }
    DbConnection::discardForThread();
    if (options.seedOnly)
        return 0;
    const QUrl url = server->start();
    if (url.isEmpty() || agents.isEmpty()) {
        say(QStringLiteral("the server did not start, or no agent could be created"));
        return 1;
    }

    say(QStringLiteral(
        "\n[2] initial pull into an empty profile, signed in as an admin (sees every record)"));
    const QString profileDir = work + QStringLiteral("/profile");
    QDir(profileDir).removeRecursively();
    Database db(profileDir);
    QString error;
    if (!db.open(&error)) {
        say(error);
        return 1;
    }
    SyncEngine engine(db);
    engine.setServerUrl(url);
    if (options.pageSize > 0)
        engine.setPullPageSize(options.pageSize);
    const RestResult login = engine.client()->login(s_admin, QString::fromUtf8(s_password));
    if (!login.ok()) {
        say(QStringLiteral("admin login failed: %1").arg(login.error.describe()));
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    const std::clock_t cpuBefore = std::clock();
    const SyncSummary pull = engine.runOnce();
    const double pullSeconds = double(clock.nsecsElapsed()) / 1e9;
    // CPU of this process (the client) only; the server runs in its own process. On a
    // busy machine the wall time says little, the CPU time per row still does.
    const double pullCpu = double(std::clock() - cpuBefore) / CLOCKS_PER_SEC;
    if (!pull.ok) {
        say(QStringLiteral("pull failed: %1").arg(pull.text()));
        return 1;
    }
    qint64 ticketRows = 0;
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM tickets"));
        ticketRows = q.next() ? q.value(0).toLongLong() : 0;
    }
    const double pullRate = pull.pulled / pullSeconds;
    record(QStringLiteral("initial pull (admin, SQLite server)"),
        QStringLiteral("%1 rows (%2 tickets) in %3 s = %4 rows/s (client CPU %5 s = %6 µs/row)")
            .arg(pull.pulled)
            .arg(ticketRows)
            .arg(num(pullSeconds, 2))
            .arg(num(pullRate, 0))
            .arg(num(pullCpu, 2))
            .arg(num(pullCpu * 1e6 / qMax(1, pull.pulled), 1)));

    if (options.pullOnly)
        return 0;
    say(QStringLiteral("\n[3] the same rows into a fresh file with the raw sqlite3 API (one transaction)"));
    const RawBulkLoader::Result raw
        = RawBulkLoader::copy(db.filePath(), work + QStringLiteral("/raw.sqlite"));
    if (!raw.ok) {
        say(QStringLiteral("raw load failed: %1").arg(raw.error));
    } else {
        const double rawRate = raw.rows / raw.insertSeconds;
        record(QStringLiteral("raw sqlite3 bulk insert"),
            QStringLiteral("%1 rows in %2 s = %3 rows/s (reading them took %4 s more, not counted)")
                .arg(raw.rows)
                .arg(num(raw.insertSeconds, 2), num(rawRate, 0), num(raw.readSeconds, 2)));
        record(QStringLiteral("pull / raw"),
            QStringLiteral("%1 (pull rate is %2 % of the raw insert rate)")
                .arg(num(pullRate / rawRate, 3), num(100 * pullRate / rawRate, 1)));
    }

    say(QStringLiteral("\n[4] empty incremental sync, %1 runs").arg(options.runs));
    LatencyStats empty;
    for (int i = 0; i < options.runs; ++i) {
        clock.start();
        const SyncSummary s = engine.runOnce();
        empty.add(double(clock.nsecsElapsed()) / 1e6);
        if (!s.ok || s.pulled != 0)
            say(QStringLiteral("  run %1: %2").arg(i).arg(s.text()));
    }
    record(QStringLiteral("empty incremental sync (client round trip)"),
        QStringLiteral("p50 %1 ms, p95 %2 ms, max %3 ms")
            .arg(num(empty.percentile(50), 2), num(empty.percentile(95), 2), num(empty.max(), 2)));

    say(QStringLiteral("\n[5] change feed under load, SQLite (%1 agents of %2 teams share %3 sessions)")
            .arg(agents.size())
            .arg(teamList.size())
            .arg(options.clients));
    reportLoad(QStringLiteral("SQLite"), feedLoad(*server, url, options, teamList, agents), options);
    server->stopAll();

    if (!options.pgUrl.isEmpty()) {
        say(QStringLiteral("\n[6] change feed under load, PostgreSQL (%1 tickets seeded)")
                .arg(options.pgTickets));
        std::unique_ptr<BenchServer> pg = BenchServer::postgres(QUrl(options.pgUrl), &error);
        if (!pg) {
            say(QStringLiteral("PostgreSQL: %1").arg(error));
        } else if (seed(*pg, options.pgTickets, qMax<qint64>(1, options.pgTickets / 5))) {
            const QList<TeamInfo> pgTeams = teams(*pg);
            const QStringList pgAgents = addUsers(*pg, pgTeams);
            DbConnection::discardForThread();
            const QUrl pgUrl = pg->start();
            if (pgUrl.isEmpty() || pgAgents.isEmpty())
                say(QStringLiteral("the PostgreSQL server did not start"));
            else
                reportLoad(
                    QStringLiteral("PostgreSQL"), feedLoad(*pg, pgUrl, options, pgTeams, pgAgents), options);
            pg->stopAll();
            DbConnection::discardForThread();
        }
    } else {
        say(QStringLiteral("\n[6] PostgreSQL skipped: no --pg and no AGENTDESK_TEST_PG_URL"));
    }

    say(QStringLiteral("\n== summary =="));
    int width = 0;
    for (const Row &row : std::as_const(s_table))
        width = qMax(width, int(row.scenario.size()));
    for (const Row &row : std::as_const(s_table))
        say(row.scenario.leftJustified(width) + QStringLiteral(" | ") + row.figure);
    return 0;
}
