// agentdesk-bench-queue: the ticket queue on a large profile (DESIGN.md §6: first page,
// filter change, sort change and jump to the end ≤ 30 ms each at 1M tickets), opening a
// ticket with 200 events, and the process's memory. The baseline, in the same run, is
// the same first page read with the raw sqlite3 API: the ratio is what the model adds.
//
//   agentdesk-seed --profile DIR --tickets 1000000 --customers 200000
//   agentdesk-bench-queue --profile DIR
// or the profile an agentdesk-bench-sync --keep run pulled (DIR/profile).

#include "bench/latencystats.h"
#include "core/wirecodec.h"
#include "models/queueviewmodel.h"
#include "models/ticketeditor.h"
#include "models/ticketqueuemodel.h"
#include "models/tickettimelinemodel.h"
#include "store/database.h"
#include "store/remoteapplier.h"
#include "store/syncstate.h"
#include "store/teamrepository.h"
#include "store/ticketeventrepository.h"
#include "store/ticketrepository.h"
#include "store/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

#include <cstdio>
#include <functional>

namespace {

constexpr double s_targetMs = 30.0;
constexpr int s_screenRows = 40; // what a full-height queue shows

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

// Resident memory of this process in MiB; -1 where /proc is not there (not Linux).
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

// Every column of the rows a screen shows, as the view asks for them.
void touchRows(const TicketQueueModel &model, int first, int count)
{
    const int last = qMin(model.rowCount(), first + count);
    for (int r = first; r < last; ++r)
        for (int c = 0; c < TicketQueueModel::ColumnCount; ++c) {
            const QModelIndex index = model.index(r, c);
            model.data(index);
            model.data(index, TicketQueueModel::SlaStatusRole);
        }
}

// One untimed run first: the first read of a freshly pulled profile comes from the disk,
// the figures are for a workstation that has been open for a while.
LatencyStats measure(int runs, const std::function<void()> &prepare, const std::function<void()> &work)
{
    LatencyStats stats;
    for (int i = -1; i < runs; ++i) {
        if (prepare)
            prepare();
        QElapsedTimer clock;
        clock.start();
        work();
        if (i >= 0)
            stats.add(double(clock.nsecsElapsed()) / 1e6);
    }
    return stats;
}

void report(const QString &scenario, const LatencyStats &stats, double baselineMs = -1)
{
    const double median = stats.percentile(50);
    QString line = QStringLiteral("  %1: median %2 ms, p95 %3 ms")
                       .arg(scenario, -34)
                       .arg(median, 0, 'f', 2)
                       .arg(stats.percentile(95), 0, 'f', 2);
    if (baselineMs > 0)
        line += QStringLiteral(", %1× the raw sqlite3 page").arg(median / baselineMs, 0, 'f', 1);
    line += stats.percentile(95) <= s_targetMs ? QStringLiteral("  [≤ 30 ms: ok]")
                                               : QStringLiteral("  [≤ 30 ms: MISSED]");
    say(line);
}

// The raw baseline: the team queue's first page by the same index, stepped with sqlite3.
double rawFirstPageMs(const QString &databaseFile, const QString &teamId, int runs)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(databaseFile.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return -1;
    sqlite3_stmt *stmt = nullptr;
    const char *sql = "SELECT * FROM tickets WHERE deleted = 0 AND team_id = ? AND state <> 'closed' "
                      "ORDER BY updated_at DESC, id DESC LIMIT 100";
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return -1;
    }
    const QByteArray team = teamId.toUtf8();
    LatencyStats stats;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        sqlite3_bind_text(stmt, 1, team.constData(), int(team.size()), SQLITE_STATIC);
        int columns = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                columns += sqlite3_column_bytes(stmt, c) > 0 ? 1 : 0;
        sqlite3_reset(stmt);
        stats.add(double(clock.nsecsElapsed()) / 1e6);
        Q_UNUSED(columns);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return stats.percentile(50);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agentdesk-bench-queue"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("AgentDesk ticket queue benchmark (DESIGN.md §6)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("profile"), QStringLiteral("Profile directory with the tickets (required)."),
            QStringLiteral("dir")},
        {QStringLiteral("runs"), QStringLiteral("Timed runs per scenario (default 20)."), QStringLiteral("n"),
            QStringLiteral("20")},
    });
    parser.process(app);
    const QString profile = parser.value(QStringLiteral("profile"));
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    if (profile.isEmpty()) {
        say(QStringLiteral("--profile DIR is required (agentdesk-seed --profile DIR --tickets 1000000)"));
        return 2;
    }
    const double rssBefore = residentMiB();
    Database db(profile);
    QString error;
    if (!db.open(&error)) {
        say(error);
        return 1;
    }
    const TicketRepository tickets(db);
    const qint64 total = tickets.count(TicketQuery());
    // The busiest team: the lead's view of the largest queue.
    QString teamId;
    qint64 teamOpen = -1;
    for (const Team &team : TeamRepository(db).all()) {
        TicketQuery q;
        q.teamId = team.id;
        q.states = TicketRepository::openStates();
        const qint64 n = tickets.count(q);
        if (n > teamOpen) {
            teamOpen = n;
            teamId = team.id;
        }
    }
    say(QStringLiteral("agentdesk-bench-queue: %1 tickets in %2; the busiest team has %3 open, %4 runs each")
            .arg(total)
            .arg(QDir(profile).absolutePath())
            .arg(teamOpen)
            .arg(runs));
    if (teamId.isEmpty()) {
        say(QStringLiteral("no team in the profile"));
        return 1;
    }
    const double raw = rawFirstPageMs(db.filePath(), teamId, runs);
    say(QStringLiteral("  baseline: raw sqlite3 first page (100 rows), median %1 ms").arg(raw, 0, 'f', 2));

    TicketQuery team;
    team.teamId = teamId;
    team.states = TicketRepository::openStates();
    TicketQuery complaints = team;
    complaints.kinds = {TicketKind::Complaint};
    complaints.priorities = {Priority::High, Priority::Urgent};

    std::unique_ptr<TicketQueueModel> model;
    report(QStringLiteral("team queue, first page"),
        measure(
            runs, [&] { model = std::make_unique<TicketQueueModel>(db); },
            [&] {
                model->setQuery(team);
                touchRows(*model, 0, s_screenRows);
            }),
        raw);
    report(QStringLiteral("filter change (complaints, high+)"),
        measure(
            runs, [&] { model->setQuery(team); },
            [&] {
                model->setQuery(complaints);
                touchRows(*model, 0, s_screenRows);
            }));
    report(QStringLiteral("sort change (by number)"),
        measure(
            runs, [&] { model->setQuery(team); },
            [&] {
                model->sort(TicketQueueModel::NumberColumn, Qt::AscendingOrder);
                touchRows(*model, 0, s_screenRows);
            }));
    report(QStringLiteral("jump to the end (Ctrl+End)"),
        measure(
            runs, [&] { model->setQuery(team); },
            [&] { touchRows(*model, model->rowCount() - s_screenRows, s_screenRows); }));
    report(QStringLiteral("jump to the middle (scroll bar)"),
        measure(
            runs, [&] { model->setQuery(team); },
            [&] { touchRows(*model, model->rowCount() / 2, s_screenRows); }));

    {
        // The seven counts beside the queue, recounted after every burst of changes.
        QueueViewModel views(db);
        views.setUser(QString(), teamId);
        report(QStringLiteral("queue list counts (7 queues)"), measure(runs, {}, [&] { views.recount(); }));
    }

    // A ticket with 200 events, written in a transaction that is rolled back: the profile
    // is left as it was.
    {
        Transaction tx(db);
        if (!tx.begin(&error)) {
            say(error);
            return 1;
        }
        Ticket t = tickets.page(team, std::nullopt, 1).value(0);
        QList<Change> changes;
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-20);
        for (int i = 0; i < 200; ++i) {
            TicketEvent e;
            e.id = Entity::newId();
            e.rev = 1;
            e.ticketId = t.id;
            e.kind = i % 3 == 0 ? EventKind::Reply : EventKind::Note;
            e.body = QStringLiteral("第 %1 条记录：客户来电询问处理进度，已告知预计回复时间。").arg(i + 1);
            e.createdAt = start.addSecs(i * 600);
            e.updatedAt = e.createdAt;
            changes.append({i + 1, EntityType::TicketEvent, e.id, 1, false, WireCodec::encode(e)});
        }
        if (!RemoteApplier(db).applyPage(changes, SyncState(db).cursor(), &error)) {
            say(error);
            return 1;
        }
        const TicketEventRepository events(db);
        report(QStringLiteral("read a ticket and its 200 events (store only)"), measure(runs, {}, [&] {
            const auto ticket = tickets.get(t.id);
            const QList<TicketEvent> list = events.forTicket(t.id);
            Q_ASSERT(ticket && list.size() >= 200);
        }));
        // What TicketView does when a ticket opens: the ticket, its customer, the workflow
        // steps for the user, and the timeline model with its headings and author names.
        TicketTimelineModel timeline(db);
        TicketEditor editor(db, Actor {t.assigneeId, Role::Agent, t.teamId});
        report(QStringLiteral("open a ticket with 200 events (view's models)"), measure(runs, {}, [&] {
            timeline.setTicketId(QString());
            timeline.setTicketId(t.id);
            const std::optional<Ticket> ticket = editor.ticket(t.id);
            const std::optional<Customer> customer = editor.customer(ticket->customerId);
            const auto options = editor.options(*ticket);
            Q_ASSERT(timeline.rowCount() >= 200);
            Q_UNUSED(customer)
            Q_UNUSED(options)
        }));
        tx.rollback();
    }
    say(QStringLiteral(
        "  resident memory: %1 MiB (%2 MiB before opening the profile; DESIGN.md §6: ≤ 250 MB)")
            .arg(residentMiB(), 0, 'f', 1)
            .arg(rssBefore, 0, 'f', 1));
    return 0;
}
