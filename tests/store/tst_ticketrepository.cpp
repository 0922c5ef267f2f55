#include "sampledata.h"

#include "store/bulkimporter.h"
#include "store/database.h"
#include "store/ticketrepository.h"

#include <QSet>

using namespace SampleData;

class TestTicketRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<Ticket> m_tickets;
    const QString m_teamA = QStringLiteral("team-a");
    const QString m_teamB = QStringLiteral("team-b");

    // Every row of the query, page by page; checks order and uniqueness on the way.
    QStringList walk(const TicketQuery &query, int pageSize)
    {
        TicketRepository repo(*m_db);
        QStringList ids;
        std::optional<KeysetCursor> after;
        for (int guard = 0; guard < 10000; ++guard) {
            QString error;
            const QList<Ticket> page = repo.page(query, after, pageSize, &error);
            if (!error.isEmpty())
                qFatal("page: %s", qPrintable(error));
            for (const Ticket &t : page)
                ids.append(t.id);
            const QList<QString> pageIds = repo.pageIds(query, after, pageSize);
            QStringList expected;
            for (const Ticket &t : page)
                expected.append(t.id);
            if (pageIds != expected)
                qFatal("pageIds differ from page");
            if (page.size() < pageSize)
                break;
            after = TicketRepository::cursorFor(page.last(), query.sort);
        }
        return ids;
    }

    // The same order computed in C++ from the inserted tickets.
    QStringList expected(const TicketQuery &query, const std::function<bool(const Ticket &)> &match)
    {
        QList<Ticket> rows;
        for (const Ticket &t : std::as_const(m_tickets))
            if (match(t))
                rows.append(t);
        auto key = [&](const Ticket &t) -> QVariant {
            return TicketRepository::cursorFor(t, query.sort).value;
        };
        std::sort(rows.begin(), rows.end(), [&](const Ticket &a, const Ticket &b) {
            const QVariant ka = key(a), kb = key(b);
            const auto c = QVariant::compare(ka, kb);
            const bool less
                = c == QPartialOrdering::Less || (c == QPartialOrdering::Equivalent && a.id < b.id);
            const bool greater
                = c == QPartialOrdering::Greater || (c == QPartialOrdering::Equivalent && a.id > b.id);
            return query.descending ? greater : less;
        });
        QStringList ids;
        for (const Ticket &t : rows)
            ids.append(t.id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(m_dir.path());
        QVERIFY(m_db->open());
        // 1000 tickets with many equal sort values so the id tie-break matters.
        BulkImporter importer(*m_db);
        QVERIFY(importer.begin());
        const QList<TicketState> states = enumValues<TicketState>();
        for (int i = 0; i < 1000; ++i) {
            Ticket t = ticket(i);
            t.teamId = i % 3 == 0 ? m_teamB : m_teamA;
            t.assigneeId = QStringLiteral("agent-%1").arg(i % 7);
            t.state = states.at(i % states.size());
            t.priority = i % 2 ? Priority::High : Priority::Normal;
            t.updatedAt = at(1 + i % 20, 8 + i % 5);
            t.createdAt = at(1 + i % 10);
            t.replyDue = i % 4 == 0 ? QDateTime() : at(1 + i % 25, 17);
            t.subject = i == 500 ? QStringLiteral("费率 100%_优惠 ' OR 1=1 --")
                                 : QStringLiteral("强平争议 %1").arg(i);
            importer.add(t);
            m_tickets.append(t);
        }
        QString error;
        QVERIFY2(importer.commit(&error), qPrintable(error));
    }

    void findByNumber()
    {
        TicketRepository repo(*m_db);
        const Ticket &t = m_tickets.at(42);
        QCOMPARE(repo.findByNumber(t.number)->id, t.id);
        QVERIFY(!repo.findByNumber(QStringLiteral("nope")));
        QCOMPARE(repo.forCustomer(t.customerId).size(), 1);
    }

    void keysetPagingVisitsEveryRowOnce_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("pageSize");
        for (int sort = 0; sort < 4; ++sort)
            for (bool desc : {true, false})
                for (int size : {1, 7, 50, 1000})
                    if (size != 1 || sort == 0) // one-row pages for one sort only: quick
                        QTest::addRow("sort%d-%s-%d", sort, desc ? "desc" : "asc", size)
                            << sort << desc << size;
    }

    void keysetPagingVisitsEveryRowOnce()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(int, pageSize);
        TicketQuery q;
        q.sort = static_cast<TicketQuery::Sort>(sort);
        q.descending = descending;
        q.teamId = m_teamA;
        const QStringList ids = walk(q, pageSize);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size()); // no duplicates
        QCOMPARE(ids, expected(q, [&](const Ticket &t) { return t.teamId == m_teamA; }));
        QCOMPARE(TicketRepository(*m_db).count(q), ids.size());
    }

    void filters()
    {
        TicketRepository repo(*m_db);
        TicketQuery q;
        q.teamId = m_teamA;
        q.states = {TicketState::New, TicketState::Accepted};
        q.priorities = {Priority::High};
        const QStringList ids = walk(q, 13);
        const QStringList want = expected(q, [&](const Ticket &t) {
            return t.teamId == m_teamA && (t.state == TicketState::New || t.state == TicketState::Accepted)
                && t.priority == Priority::High;
        });
        QVERIFY(!want.isEmpty());
        QCOMPARE(ids, want);
        QCOMPARE(repo.count(q), want.size());

        TicketQuery mine;
        mine.assigneeId = QStringLiteral("agent-3");
        mine.states = TicketRepository::openStates();
        QCOMPARE(repo.count(mine), expected(mine, [](const Ticket &t) {
            return t.assigneeId == QLatin1String("agent-3") && t.state != TicketState::Closed;
        }).size());

        TicketQuery due;
        due.replyDueBefore = at(10);
        QCOMPARE(walk(due, 100),
            expected(due, [&](const Ticket &t) { return t.replyDue.isValid() && t.replyDue < at(10); }));
    }

    void textIsText()
    {
        TicketRepository repo(*m_db);
        TicketQuery q;
        q.text = QStringLiteral("' OR 1=1 --");
        QCOMPARE(repo.count(q), 1);
        q.text = QStringLiteral("100%_");
        QCOMPARE(repo.count(q), 1);
        QCOMPARE(repo.page(q, std::nullopt, 10).first().id, m_tickets.at(500).id);
        q.text = QStringLiteral("%");
        QCOMPARE(repo.count(q), 1); // only the subject with a literal %
        q.text = QStringLiteral("_");
        QCOMPARE(repo.count(q), 1);
        q.text = m_tickets.at(7).number;
        QCOMPARE(repo.count(q), 1);
        q.text = QStringLiteral("强平争议 99");
        QCOMPARE(repo.count(q), 11); // 99, 990–999
    }

    void deletedRowsAreHidden()
    {
        TicketRepository repo(*m_db);
        TicketQuery q;
        q.teamId = m_teamB;
        const qint64 before = repo.count(q);
        QVERIFY(repo.remove(m_tickets.at(3).id));
        QCOMPARE(repo.count(q), before - 1);
        QVERIFY(!walk(q, 50).contains(m_tickets.at(3).id));
    }
};

QTEST_GUILESS_MAIN(TestTicketRepository)
#include "tst_ticketrepository.moc"
