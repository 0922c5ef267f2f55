#include "sampledata.h"

#include "store/bulkimporter.h"
#include "store/database.h"
#include "store/riskalertrepository.h"
#include "store/statsrepository.h"
#include "store/ticketrepository.h"

using namespace SampleData;

class TestStatsRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<Ticket> m_tickets;

    qint64 countIf(const std::function<bool(const Ticket &)> &pred) const
    {
        return std::count_if(m_tickets.begin(), m_tickets.end(), pred);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>(m_dir.path());
        QVERIFY(m_db->open());
        BulkImporter importer(*m_db);
        QVERIFY(importer.begin());
        const QList<TicketState> states = enumValues<TicketState>();
        for (int i = 0; i < 600; ++i) {
            Ticket t = ticket(i);
            t.teamId = i % 2 ? QStringLiteral("a") : QStringLiteral("b");
            t.assigneeId = QStringLiteral("u%1").arg(i % 5);
            t.state = states.at(i % states.size());
            t.replyDue = i % 6 == 0 ? QDateTime() : at(1 + i % 28, 12);
            t.deleted = i % 50 == 0; // tombstones never count
            importer.add(t);
            m_tickets.append(t);
        }
        for (int i = 0; i < 10; ++i) {
            RiskAlert r = riskAlert(Entity::newId(), {});
            r.state = i < 4 ? AlertState::Open : AlertState::Resolved;
            importer.add(r);
        }
        QVERIFY(importer.commit());
    }

    void openByState()
    {
        StatsRepository stats(*m_db);
        const QMap<TicketState, qint64> byState = stats.openTicketsByState(QStringLiteral("a"));
        QVERIFY(!byState.contains(TicketState::Closed));
        qint64 total = 0;
        for (TicketState s : TicketRepository::openStates()) {
            const qint64 want = countIf([&](const Ticket &t) {
                return t.teamId == QLatin1String("a") && t.state == s && !t.deleted;
            });
            QCOMPARE(byState.value(s), want);
            total += want;
        }
        QVERIFY(total > 0);
        qint64 all = 0;
        for (qint64 n : stats.openTicketsByState({}))
            all += n;
        QCOMPARE(all, countIf([](const Ticket &t) { return t.state != TicketState::Closed && !t.deleted; }));
    }

    void mineAndDue()
    {
        StatsRepository stats(*m_db);
        QCOMPARE(stats.openTicketsAssignedTo(QStringLiteral("u2")), countIf([](const Ticket &t) {
            return t.assigneeId == QLatin1String("u2") && t.state != TicketState::Closed && !t.deleted;
        }));
        const QDateTime now = at(15, 12);
        const QDateTime soon = at(18, 12);
        auto open = [](const Ticket &t) {
            return t.state != TicketState::Closed && !t.deleted;
        };
        const qint64 breached = stats.breachedTickets(QStringLiteral("b"), now);
        QCOMPARE(breached, countIf([&](const Ticket &t) {
            return open(t) && t.teamId == QLatin1String("b") && t.replyDue.isValid() && t.replyDue < now;
        }));
        QVERIFY(breached > 0);
        QCOMPARE(stats.dueSoonTickets(QStringLiteral("b"), now, soon), countIf([&](const Ticket &t) {
            return open(t) && t.teamId == QLatin1String("b") && t.replyDue.isValid() && t.replyDue >= now
                && t.replyDue < soon;
        }));
        QCOMPARE(stats.breachedTickets({}, now),
            countIf([&](const Ticket &t) { return open(t) && t.replyDue.isValid() && t.replyDue < now; }));
    }

    void alertsAndOutbox()
    {
        StatsRepository stats(*m_db);
        QCOMPARE(stats.openRiskAlerts(), 4);
        QCOMPARE(stats.outboxPending(), 0);
        Ticket t = ticket(9999);
        QVERIFY(TicketRepository(*m_db).create(t));
        QCOMPARE(stats.outboxPending(), 1);
    }

    // The counts of the overview page must be answered from indexes, not table scans.
    void countsUseIndexes()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM tickets WHERE deleted = 0 AND "
                                      "team_id = 'a' AND state IN ('new','accepted') AND reply_due >= 0 AND "
                                      "reply_due < 1")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QStringLiteral("USING COVERING INDEX")), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestStatsRepository)
#include "tst_statsrepository.moc"
