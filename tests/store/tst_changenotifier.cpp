#include "sampledata.h"

#include "store/bulkimporter.h"
#include "store/changenotifier.h"
#include "store/conflictrepository.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/remoteapplier.h"
#include "store/ticketeventrepository.h"
#include "store/ticketrepository.h"
#include "store/transaction.h"

#include <QSignalSpy>

using namespace SampleData;

class TestChangeNotifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = freshDatabase(m_dir, &error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void notifyDispatchesByWireName()
    {
        ChangeNotifier n;
        QSignalSpy customers(&n, &ChangeNotifier::customersChanged);
        QSignalSpy events(&n, &ChangeNotifier::ticketEventsChanged);
        QSignalSpy audit(&n, &ChangeNotifier::auditEntriesChanged);
        QVERIFY(n.notify(QStringLiteral("customer"), {QStringLiteral("a")}));
        QVERIFY(n.notify(QStringLiteral("ticket_event"), {QStringLiteral("b")}));
        QVERIFY(n.notify(QStringLiteral("audit_entry"), {QStringLiteral("c")}));
        QVERIFY(!n.notify(QStringLiteral("nonsense"), {}));
        QCOMPARE(customers.size(), 1);
        QCOMPARE(customers.first().first().toStringList(), QStringList {QStringLiteral("a")});
        QCOMPARE(events.size(), 1);
        QCOMPARE(audit.size(), 1);
        // Every entity type has a signal.
        for (int i = 0; i <= int(EntityType::AuditEntry); ++i)
            QVERIFY(n.notify(enumKey(static_cast<EntityType>(i)), {}));
    }

    void localWriteEmitsAfterCommit()
    {
        TicketRepository repo(*m_db);
        QSignalSpy tickets(m_db->notifier(), &ChangeNotifier::ticketsChanged);
        QSignalSpy outbox(m_db->notifier(), &ChangeNotifier::outboxChanged);
        Ticket t = ticket();
        QVERIFY(repo.create(t));
        QCOMPARE(tickets.size(), 1);
        QCOMPARE(tickets.first().first().toStringList(), QStringList {t.id});
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().first().toInt(), 1);
        t.subject = QStringLiteral("x");
        QVERIFY(repo.update(t));
        QCOMPARE(tickets.size(), 2);
        QCOMPARE(outbox.last().first().toInt(), 2);
        QVERIFY(Outbox(*m_db).markDone({Outbox(*m_db).pending(1).first().mutation.mutationId}));
        QCOMPARE(outbox.last().first().toInt(), 1);
    }

    void failedWriteEmitsNothing()
    {
        TicketRepository repo(*m_db);
        Ticket a = ticket(1);
        QVERIFY(repo.create(a));
        QSignalSpy tickets(m_db->notifier(), &ChangeNotifier::ticketsChanged);
        QSignalSpy outbox(m_db->notifier(), &ChangeNotifier::outboxChanged);
        Ticket b = ticket(2);
        b.number = a.number;
        QVERIFY(!repo.create(b));
        QCOMPARE(tickets.size(), 0);
        QCOMPARE(outbox.size(), 0);
    }

    void outerTransactionDefersAndMerges()
    {
        TicketRepository repo(*m_db);
        QSignalSpy tickets(m_db->notifier(), &ChangeNotifier::ticketsChanged);
        QStringList ids;
        {
            Transaction tx(*m_db);
            QVERIFY(tx.begin());
            for (int i = 0; i < 3; ++i) {
                Ticket t = ticket(i);
                QVERIFY(repo.create(t));
                ids.append(t.id);
            }
            QCOMPARE(tickets.size(), 0); // nothing before commit
            QVERIFY(tx.commit());
        }
        QCOMPARE(tickets.size(), 1);
        QCOMPARE(tickets.first().first().toStringList(), ids);

        {
            Transaction tx(*m_db);
            QVERIFY(tx.begin());
            Ticket t = ticket(9);
            QVERIFY(repo.create(t));
        } // rolled back
        QCOMPARE(tickets.size(), 1);
    }

    void remotePageEmitsOncePerType()
    {
        QSignalSpy tickets(m_db->notifier(), &ChangeNotifier::ticketsChanged);
        QSignalSpy events(m_db->notifier(), &ChangeNotifier::ticketEventsChanged);
        QSignalSpy outbox(m_db->notifier(), &ChangeNotifier::outboxChanged);
        QList<Change> page;
        const Ticket t = ticket();
        page.append({1, EntityType::Ticket, t.id, 1, false, WireCodec::encode(t)});
        for (int i = 0; i < 4; ++i) {
            const TicketEvent e = ticketEvent(t.id);
            page.append({2 + i, EntityType::TicketEvent, e.id, 1, false, WireCodec::encode(e)});
        }
        QVERIFY(RemoteApplier(*m_db).applyPage(page, QStringLiteral("c6")));
        QCOMPARE(tickets.size(), 1);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().first().toStringList().size(), 4);
        QCOMPARE(outbox.size(), 0);
    }

    void conflictsAndBulkImport()
    {
        QSignalSpy conflicts(m_db->notifier(), &ChangeNotifier::conflictsChanged);
        QSignalSpy reset(m_db->notifier(), &ChangeNotifier::reset);
        QSignalSpy tickets(m_db->notifier(), &ChangeNotifier::ticketsChanged);
        Conflict c;
        c.entity = EntityType::Customer;
        c.entityId = Entity::newId();
        QVERIFY(ConflictRepository(*m_db).add(c));
        QCOMPARE(conflicts.size(), 1);
        BulkImporter importer(*m_db);
        QVERIFY(importer.begin());
        for (int i = 0; i < 10; ++i)
            importer.add(ticket(i));
        QVERIFY(importer.commit());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(tickets.size(), 0); // no per-row signals
    }
};

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "tst_changenotifier.moc"
