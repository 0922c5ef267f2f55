// agentdesk-bench-customers: the customer lookups of the search box and the screen pop on
// a profile with a million customers (DESIGN.md §6: ≤ 5 ms by phone, ID, account or
// pinyin), and opening a full 360 view for a customer with 50 tickets and 200
// interactions. Each lookup kind is also timed as the bare index seek with the raw
// sqlite3 API (the baseline: the ratio is what the model adds — classification, the
// records, the open-ticket counts), and the name search once as a LIKE scan, which is
// what the indexes spare.
//
//   agentdesk-seed --profile DIR --customers 1000000 --tickets 200000
//   agentdesk-bench-customers --profile DIR

#include "bench/latencystats.h"
#include "core/wirecodec.h"
#include "models/accountlistmodel.h"
#include "models/customer360.h"
#include "models/customersearchmodel.h"
#include "models/customerticketsmodel.h"
#include "models/customertimelinemodel.h"
#include "models/holdinglistmodel.h"
#include "models/riskalertlistmodel.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/interactionrepository.h"
#include "store/ticketeventrepository.h"
#include "store/ticketrepository.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstdio>
#include <functional>

namespace {

constexpr double s_targetMs = 5.0;

void say(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

struct Sample
{
    QString mobile;
    QString idNumber;
    QString account;
    QString name;
    QString pinyin;
    QString initials;
};

// Customers spread over the table: every n-th by rowid, with one of their accounts.
QList<Sample> samples(Database &db, int count)
{
    QList<Sample> out;
    QSqlQuery total(db.connection());
    total.exec(QStringLiteral("SELECT max(rowid) FROM customers"));
    const qint64 max = total.next() ? total.value(0).toLongLong() : 0;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT c.mobile, c.id_number, (SELECT number FROM accounts a WHERE a.customer_id = c.id "
        "LIMIT 1), c.name, c.pinyin, c.initials FROM customers c WHERE c.rowid >= ? LIMIT 1"));
    QRandomGenerator random(20261127);
    for (int i = 0; i < count && max > 0; ++i) {
        q.addBindValue(random.bounded(max) + 1);
        if (!q.exec() || !q.next())
            continue;
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    return out;
}

// The bare index seek with sqlite3, the same rows (ids only) the repository asks for.
LatencyStats rawSeek(const QString &file, const char *sql, const QStringList &keys)
{
    LatencyStats stats;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return stats;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK) {
        for (const QString &key : keys) {
            const QByteArray k = key.toUtf8();
            QElapsedTimer clock;
            clock.start();
            sqlite3_bind_text(stmt, 1, k.constData(), int(k.size()), SQLITE_STATIC);
            int rows = 0;
            while (sqlite3_step(stmt) == SQLITE_ROW)
                rows += sqlite3_column_bytes(stmt, 0) > 0 ? 1 : 0;
            sqlite3_reset(stmt);
            stats.add(double(clock.nsecsElapsed()) / 1e6);
            Q_UNUSED(rows);
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return stats;
}

void report(
    const QString &scenario, const LatencyStats &stats, const LatencyStats &raw, double target = s_targetMs)
{
    QString line = QStringLiteral("  %1 median %2 ms, p95 %3 ms")
                       .arg(scenario, -30)
                       .arg(stats.percentile(50), 6, 'f', 2)
                       .arg(stats.percentile(95), 6, 'f', 2);
    if (raw.count() > 0 && raw.percentile(50) > 0)
        line += QStringLiteral("; raw seek %1 ms, %2×")
                    .arg(raw.percentile(50), 0, 'f', 3)
                    .arg(stats.percentile(50) / raw.percentile(50), 0, 'f', 1);
    line += stats.percentile(95) <= target ? QStringLiteral("  [≤ %1 ms: ok]").arg(target)
                                           : QStringLiteral("  [≤ %1 ms: MISSED]").arg(target);
    say(line);
}

LatencyStats timeSearches(CustomerSearchModel &model, const QStringList &texts, int *hits = nullptr)
{
    LatencyStats stats;
    // One untimed pass warms the page cache, as on a workstation open for a while.
    for (const QString &t : texts)
        model.search(t);
    int found = 0;
    for (const QString &t : texts) {
        QElapsedTimer clock;
        clock.start();
        model.search(t);
        for (int r = 0; r < model.rowCount(); ++r)
            model.data(model.index(r), CustomerSearchModel::DetailRole);
        stats.add(double(clock.nsecsElapsed()) / 1e6);
        found += model.rowCount() > 0 ? 1 : 0;
    }
    if (hits)
        *hits = found;
    return stats;
}

// A customer with a long history, made once per profile: 50 tickets (10 open), a reply
// on each, 200 interactions.
QString busyCustomer(Database &db, const QString &anyCustomerId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT customer_id FROM interactions WHERE summary = 'bench-busy' LIMIT 1"));
    if (q.exec() && q.next())
        return q.value(0).toString();
    Transaction tx(db);
    if (!tx.begin())
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 50; ++i) {
        Ticket t;
        t.id = Entity::newId();
        t.number = QStringLiteral("B%1").arg(i, 6, 10, QLatin1Char('0'));
        t.customerId = anyCustomerId;
        t.subject = QStringLiteral("银证转账失败 %1").arg(i);
        t.state = i < 10 ? TicketState::Processing : TicketState::Closed;
        t.createdAt = now.addDays(-i * 7);
        t.replyDue = now.addDays(10 - i);
        t.satisfaction = i < 10 ? 0 : 1 + i % 5;
        if (!TicketRepository(db).create(t))
            return {};
        TicketEvent reply;
        reply.ticketId = t.id;
        reply.kind = EventKind::Reply;
        reply.body = QStringLiteral("您好，已为您处理。");
        reply.createdAt = t.createdAt.addDays(1);
        if (!TicketEventRepository(db).create(reply))
            return {};
    }
    for (int i = 0; i < 200; ++i) {
        Interaction call;
        call.customerId = anyCustomerId;
        call.startedAt = now.addSecs(-i * 3600 * 20);
        call.durationSeconds = 60 + i;
        call.summary = i == 0 ? QStringLiteral("bench-busy") : QStringLiteral("咨询 %1").arg(i);
        if (!InteractionRepository(db).create(call))
            return {};
    }
    return tx.commit() ? anyCustomerId : QString();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agentdesk-bench-customers"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("AgentDesk customer lookup and 360 benchmark (DESIGN.md §6)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("profile"), QStringLiteral("Profile directory with the customers (required)."),
            QStringLiteral("dir")},
        {QStringLiteral("samples"), QStringLiteral("Customers looked up per kind (default 200)."),
            QStringLiteral("n"), QStringLiteral("200")},
    });
    parser.process(app);
    const QString profile = parser.value(QStringLiteral("profile"));
    if (profile.isEmpty()) {
        say(QStringLiteral("--profile DIR is required (agentdesk-seed --profile DIR --customers 1000000)"));
        return 2;
    }
    Database db(profile);
    QString error;
    if (!db.open(&error)) {
        say(error);
        return 1;
    }
    const QList<Sample> picked = samples(db, qMax(10, parser.value(QStringLiteral("samples")).toInt()));
    QSqlQuery count(db.connection());
    count.exec(QStringLiteral("SELECT count(*) FROM customers"));
    const qint64 customers = count.next() ? count.value(0).toLongLong() : 0;
    say(QStringLiteral("agentdesk-bench-customers: %1 customers in %2; %3 looked up per kind")
            .arg(customers)
            .arg(QDir(profile).absolutePath())
            .arg(picked.size()));
    if (picked.isEmpty())
        return 1;

    QStringList mobiles, tails, ids, accounts, names, surnames, pinyins, initials, spaced;
    for (const Sample &s : picked) {
        mobiles.append(s.mobile);
        spaced.append(s.mobile.left(3) + u' ' + s.mobile.mid(3, 4) + u' ' + s.mobile.mid(7));
        tails.append(s.mobile.right(4));
        ids.append(s.idNumber);
        accounts.append(s.account);
        names.append(s.name);
        surnames.append(s.name.left(1));
        pinyins.append(s.pinyin);
        initials.append(s.initials);
    }
    const QString file = db.filePath();
    CustomerSearchModel model(db, Role::Agent);
    int hits = 0;
    auto run
        = [&](const QString &label, const QStringList &texts, const char *raw, const QStringList &rawKeys) {
              const LatencyStats stats = timeSearches(model, texts, &hits);
              report(QStringLiteral("%1 (%2/%3 found)").arg(label).arg(hits).arg(texts.size()), stats,
                  raw ? rawSeek(file, raw, rawKeys) : LatencyStats());
          };
    run(QStringLiteral("mobile, 11 digits"), mobiles, "SELECT id FROM customers WHERE mobile = ?", mobiles);
    run(QStringLiteral("mobile, spaced \"138 1234 5678\""), spaced, nullptr, {});
    run(QStringLiteral("mobile, last 4 digits"), tails,
        "SELECT id FROM customers WHERE substr(mobile, -4) = ? ORDER BY name, id LIMIT 51", tails);
    run(QStringLiteral("ID number"), ids, "SELECT id FROM customers WHERE id_number = ?", ids);
    run(QStringLiteral("account number"), accounts, "SELECT customer_id FROM accounts WHERE number = ?",
        accounts);
    run(QStringLiteral("full name"), names, "SELECT id FROM customers WHERE name = ? LIMIT 51", names);
    run(QStringLiteral("surname only (prefix)"), surnames, nullptr, {});
    run(QStringLiteral("full pinyin"), pinyins, "SELECT id FROM customers WHERE pinyin = ? LIMIT 51",
        pinyins);
    run(QStringLiteral("initials"), initials, "SELECT id FROM customers WHERE initials = ? LIMIT 51",
        initials);

    // What the indexes spare: the same names found by scanning.
    {
        const QStringList few = names.mid(0, 5);
        const LatencyStats scan
            = rawSeek(file, "SELECT id FROM customers WHERE name LIKE '%' || ? || '%' LIMIT 51", few);
        say(QStringLiteral(
            "  baseline: name by LIKE '%…%' scan, median %1 ms (%2× the indexed full-name search)")
                .arg(scan.percentile(50), 0, 'f', 2)
                .arg(scan.percentile(50) / qMax(0.001, timeSearches(model, few).percentile(50)), 0, 'f', 0));
    }

    // The 360 view of a customer with 50 tickets and 200 interactions.
    QSqlQuery any(db.connection());
    any.exec(QStringLiteral(
        "SELECT c.id FROM customers c JOIN accounts a ON a.customer_id = c.id AND a.kind = 'margin' "
        "LIMIT 1"));
    const QString busy = busyCustomer(db, any.next() ? any.value(0).toString() : QString());
    if (busy.isEmpty()) {
        say(QStringLiteral("could not prepare the busy customer"));
        return 1;
    }
    const QList<User> users = UserRepository(db).all();
    Customer360 view(db, {users.isEmpty() ? QString() : users.first().id, Role::Agent, QString()});
    LatencyStats open;
    for (int i = -1; i < 30; ++i) {
        view.close();
        QElapsedTimer clock;
        clock.start();
        view.open(busy);
        if (i >= 0)
            open.add(double(clock.nsecsElapsed()) / 1e6);
    }
    LatencyStats rawRows;
    {
        const QByteArray id = busy.toUtf8();
        sqlite3 *raw = nullptr;
        sqlite3_open_v2(file.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
        const char *sqls[] = {"SELECT * FROM customers WHERE id = ?",
            "SELECT * FROM accounts WHERE customer_id = ?", "SELECT * FROM holdings WHERE customer_id = ?",
            "SELECT * FROM risk_alerts WHERE customer_id = ?", "SELECT * FROM tickets WHERE customer_id = ?",
            "SELECT * FROM interactions WHERE customer_id = ? ORDER BY started_at DESC LIMIT 200",
            "SELECT * FROM ticket_events WHERE kind = 'reply' AND ticket_id IN (SELECT id FROM tickets WHERE "
            "customer_id = ?)"};
        for (int i = 0; i < 30; ++i) {
            QElapsedTimer clock;
            clock.start();
            for (const char *sql : sqls) {
                sqlite3_stmt *stmt = nullptr;
                sqlite3_prepare_v2(raw, sql, -1, &stmt, nullptr);
                sqlite3_bind_text(stmt, 1, id.constData(), int(id.size()), SQLITE_STATIC);
                while (sqlite3_step(stmt) == SQLITE_ROW)
                    for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                        sqlite3_column_bytes(stmt, c);
                sqlite3_finalize(stmt);
            }
            rawRows.add(double(clock.nsecsElapsed()) / 1e6);
        }
        sqlite3_close(raw);
    }
    say(QStringLiteral("  360 view: %1 accounts, %2 holdings, %3 alerts, %4 history entries, %5 open tickets")
            .arg(view.accounts()->rowCount())
            .arg(view.holdings()->rowCount())
            .arg(view.alerts()->rowCount())
            .arg(view.timeline()->rowCount())
            .arg(view.openTickets()->rowCount()));
    QString line
        = QStringLiteral("  %1 median %2 ms, p95 %3 ms; raw sqlite3 reads of the same rows %4 ms, %5×")
              .arg(QStringLiteral("open the 360 view"), -30)
              .arg(open.percentile(50), 6, 'f', 2)
              .arg(open.percentile(95), 6, 'f', 2)
              .arg(rawRows.percentile(50), 0, 'f', 2)
              .arg(open.percentile(50) / qMax(0.001, rawRows.percentile(50)), 0, 'f', 1);
    say(line);
    return 0;
}
