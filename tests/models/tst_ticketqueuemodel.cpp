// TicketQueueModel over a real store: every row of a windowed, keyset-paged queue is the
// row a plain sorted list would show, however the rows are visited; SLA clocks; masking;
// search text that looks like SQL; rows that follow the store.

#include "core/piimasker.h"
#include "core/slaclock.h"
#include "core/wirecodec.h"
#include "models/ticketqueuemodel.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/remoteapplier.h"
#include "store/ticketrepository.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

namespace {

const QDateTime s_now = QDateTime(QDate(2026, 11, 25), QTime(2, 0), QTimeZone::utc()); // Wed 10:00 in Beijing

Ticket makeTicket(int i, const QString &teamId, const QString &customerId)
{
    Ticket t;
    t.id = Entity::newId();
    t.rev = 1;
    t.number = QStringLiteral("T20261125%1").arg(i, 6, 10, QLatin1Char('0'));
    // Every third ticket shares its time with the one before: the id breaks the tie.
    t.updatedAt = s_now.addSecs(-60 * (i - i % 3));
    t.createdAt = s_now.addDays(-10);
    t.replyDue = s_now.addDays(5 + i % 7);
    t.customerId = customerId;
    t.teamId = teamId;
    t.subject = QStringLiteral("咨询 %1").arg(i);
    t.kind = i % 4 == 0 ? TicketKind::Complaint : TicketKind::Inquiry;
    t.state = TicketState::Accepted;
    return t;
}

} // namespace

class TestTicketQueueModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_profiles = 0;
    QList<Ticket> m_teamA;
    const QString m_team = Entity::newId();
    Customer m_customer;

    bool apply(const QList<Ticket> &tickets)
    {
        QList<Change> changes;
        qint64 seq = 0;
        for (const Ticket &t : tickets)
            changes.append({++seq, EntityType::Ticket, t.id, t.rev, false, WireCodec::encode(t)});
        QString error;
        const bool ok = RemoteApplier(*m_db).applyPage(changes, QString(), &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }

    // The order the model must show: updated_at then id, both descending.
    QList<QString> expectedOrder(QList<Ticket> tickets) const
    {
        std::sort(tickets.begin(), tickets.end(), [](const Ticket &a, const Ticket &b) {
            if (a.updatedAt != b.updatedAt)
                return a.updatedAt > b.updatedAt;
            return a.id > b.id;
        });
        QList<QString> ids;
        for (const Ticket &t : tickets)
            ids.append(t.id);
        return ids;
    }

    TicketQuery teamQuery() const
    {
        TicketQuery q;
        q.teamId = m_team;
        return q;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(QString::number(++m_profiles)));
        QVERIFY(m_db->open());
        m_customer = Customer();
        m_customer.id = Entity::newId();
        m_customer.rev = 1;
        m_customer.updatedAt = s_now;
        m_customer.customerNo = QStringLiteral("C00000001");
        m_customer.name = QStringLiteral("张三丰");
        m_customer.mobile = QStringLiteral("13800138000");
        m_customer.idNumber = QStringLiteral("11010519491231002X");
        QVERIFY(RemoteApplier(*m_db).apply(
            {1, EntityType::Customer, m_customer.id, 1, false, WireCodec::encode(m_customer)}));
        m_teamA.clear();
        QList<Ticket> all;
        for (int i = 0; i < 1234; ++i) {
            const bool inA = i % 5 != 0;
            Ticket t = makeTicket(i, inA ? m_team : Entity::newId(), m_customer.id);
            if (inA)
                m_teamA.append(t);
            all.append(t);
        }
        QVERIFY(apply(all));
    }
    void cleanup() { m_db.reset(); }

    void everyRowIsTheSortedListsRowHoweverVisited()
    {
        TicketQueueModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &TicketQueueModel::countChanged);
        model.setQuery(teamQuery());
        QCOMPARE(counted.size(), 1);
        const QList<QString> expected = expectedOrder(m_teamA);
        QCOMPARE(model.rowCount(), expected.size());
        const int last = int(expected.size()) - 1;
        // The first screen, Ctrl+End, back up from the end, a jump into the middle,
        // then anywhere at random: each way of finding a page.
        QList<int> visits;
        for (int r = 0; r < 40; ++r)
            visits << r;
        for (int r = last; r > last - 250; --r)
            visits << r;
        visits << last / 2 << last / 2 + 1 << last / 2 - 1 << 333 << 101 << 99;
        QRandomGenerator random(42);
        for (int i = 0; i < 300; ++i)
            visits << int(random.bounded(last + 1));
        for (int r : visits) {
            QCOMPARE(model.ticketIdAt(r), expected.at(r));
            QVERIFY(model.loadedPages() <= TicketQueueModel::MaxPages);
        }
        QVERIFY(model.lastError().isEmpty());
        QVERIFY(!model.index(0, 0).data(TicketQueueModel::TicketIdRole).toString().isEmpty());
        QVERIFY(!model.index(last + 1, 0).isValid());
    }

    void sortsOnlyWhereSqlCan()
    {
        TicketQueueModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(teamQuery());
        QCOMPARE(model.sortColumn(), int(TicketQueueModel::UpdatedColumn));
        model.sort(TicketQueueModel::NumberColumn, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), int(TicketQueueModel::NumberColumn));
        QList<QString> numbers;
        for (const Ticket &t : m_teamA)
            numbers.append(t.number);
        std::sort(numbers.begin(), numbers.end());
        for (int r : {0, 1, 57, 500, int(numbers.size()) - 1, 250})
            QCOMPARE(model.index(r, TicketQueueModel::NumberColumn).data().toString(), numbers.at(r));
        // The kind has no order in SQL: nothing changes.
        model.sort(TicketQueueModel::KindColumn, Qt::DescendingOrder);
        QCOMPARE(model.sortColumn(), int(TicketQueueModel::NumberColumn));
        QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
        QVERIFY(!TicketQueueModel::isSortable(TicketQueueModel::KindColumn));
    }

    void filtersAndSqlLookingText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::newRow("number prefix") << QStringLiteral("T20261125000001") << 1; // numbers are fixed-width
        QTest::newRow("quote") << QStringLiteral("' OR 1=1 --") << 0;
        QTest::newRow("percent") << QStringLiteral("%") << 0;
        QTest::newRow("underscore") << QStringLiteral("_") << 0;
        QTest::newRow("subject") << QStringLiteral("咨询 12") << -1;
    }
    void filtersAndSqlLookingText()
    {
        QFETCH(QString, text);
        QFETCH(int, rows);
        TicketQueueModel model(*m_db);
        TicketQuery q = teamQuery();
        q.text = text;
        model.setQuery(q);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        int expected = 0;
        for (const Ticket &t : m_teamA)
            expected += t.number.startsWith(text) || t.subject.contains(text) ? 1 : 0;
        QCOMPARE(model.rowCount(), expected);
        if (rows >= 0)
            QCOMPARE(expected, rows);
    }

    void customersAreMasked()
    {
        TicketQueueModel model(*m_db);
        model.setQuery(teamQuery());
        const QString shown = model.index(0, TicketQueueModel::CustomerColumn).data().toString();
        QCOMPARE(shown, PiiMasker::mask(PiiField::Name, m_customer.name));
        QVERIFY(shown != m_customer.name);
    }

    void slaClocksAndColours()
    {
        Ticket green = makeTicket(9001, m_team, m_customer.id);
        green.createdAt = s_now.addDays(-1);
        green.replyDue = s_now.addDays(21);
        Ticket amber = makeTicket(9002, m_team, m_customer.id);
        amber.createdAt = s_now.addDays(-28);
        amber.replyDue = s_now.addSecs(3 * 3600);
        Ticket red = makeTicket(9003, m_team, m_customer.id);
        red.replyDue = s_now.addSecs(-3600);
        Ticket replied = makeTicket(9004, m_team, m_customer.id);
        replied.state = TicketState::Replied;
        replied.replyDue = s_now.addSecs(-3600);
        const QList<Ticket> tickets {green, amber, red, replied};
        QVERIFY(apply(tickets));
        TicketQueueModel model(*m_db);
        model.setClock([] { return s_now; });
        TicketQuery q = teamQuery();
        q.text = QStringLiteral("T202611250090");
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 4);
        QHash<QString, int> status;
        QHash<QString, QString> text;
        for (int r = 0; r < model.rowCount(); ++r) {
            status.insert(
                model.ticketIdAt(r), model.index(r, 0).data(TicketQueueModel::SlaStatusRole).toInt());
            text.insert(model.ticketIdAt(r), model.index(r, TicketQueueModel::SlaColumn).data().toString());
        }
        QCOMPARE(status.value(green.id), int(SlaStatus::Green));
        QCOMPARE(status.value(amber.id), int(SlaStatus::Amber));
        QCOMPARE(status.value(red.id), int(SlaStatus::Red));
        QCOMPARE(status.value(replied.id), int(SlaStatus::None));
        QCOMPARE(text.value(red.id), SlaClock().remaining(red.replyDue, s_now).shortText());
        QVERIFY(text.value(replied.id).isEmpty());
        const int redRow = model.loadedRowOf(red.id);
        QCOMPARE(model.index(redRow, TicketQueueModel::SlaColumn).data(Qt::ToolTipRole).toString(),
            SlaClock().remaining(red.replyDue, s_now).text());
        // Time moves on: the amber ticket breaches without any write.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setClock([] { return s_now.addDays(1); });
        QVERIFY(!changed.isEmpty());
        const int amberRow = model.loadedRowOf(amber.id);
        QVERIFY(amberRow >= 0);
        QCOMPARE(model.index(amberRow, 0).data(TicketQueueModel::SlaStatusRole).toInt(), int(SlaStatus::Red));
    }

    void followsTheStore()
    {
        TicketQueueModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TicketQuery q = teamQuery();
        q.states = TicketRepository::openStates();
        model.setQuery(q);
        const int before = model.rowCount();
        QSignalSpy counted(&model, &TicketQueueModel::countChanged);
        // Closed locally (it goes through the outbox and ChangeNotifier): it leaves the
        // open queue after the coalescing delay.
        Ticket closed = *TicketRepository(*m_db).get(model.ticketIdAt(3));
        closed.state = TicketState::Closed;
        QVERIFY(TicketRepository(*m_db).update(closed));
        QTRY_COMPARE(model.rowCount(), before - 1);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(model.loadedRowOf(closed.id), -1);
        // A change that keeps the count rereads the rows in place.
        Ticket renamed = *TicketRepository(*m_db).get(model.ticketIdAt(0));
        renamed.priority = Priority::Urgent;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(TicketRepository(*m_db).update(renamed));
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(
            model.index(0, TicketQueueModel::PriorityColumn).data().toString(), enumLabel(Priority::Urgent));
        QCOMPARE(model.rowCount(), before - 1);
    }
};

QTEST_GUILESS_MAIN(TestTicketQueueModel)
#include "tst_ticketqueuemodel.moc"
