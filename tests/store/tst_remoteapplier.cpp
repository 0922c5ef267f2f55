#include "sampledata.h"

#include "store/customerrepository.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/remoteapplier.h"
#include "store/syncstate.h"
#include "store/ticketrepository.h"

using namespace SampleData;

class TestRemoteApplier : public QObject
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

    void pageAndCursorCommitTogether()
    {
        const Customer c = customer();
        Ticket t = ticket();
        t.customerId = c.id;
        QList<Change> page {{1, EntityType::Customer, c.id, c.rev, false, WireCodec::encode(c)},
            {2, EntityType::Ticket, t.id, t.rev, false, WireCodec::encode(t)}};
        RemoteApplier applier(*m_db);
        QString error;
        QVERIFY2(applier.applyPage(page, QStringLiteral("cursor-2"), &error), qPrintable(error));
        QCOMPARE(SyncState(*m_db).cursor(), QStringLiteral("cursor-2"));
        QCOMPARE(wire(*TicketRepository(*m_db).get(t.id)), wire(t));
        QCOMPARE(wire(*CustomerRepository(*m_db).get(c.id)), wire(c));
        QCOMPARE(Outbox(*m_db).count(), 0);

        // A newer server version replaces the row.
        t.rev = 10;
        t.state = TicketState::Closed;
        QVERIFY(applier.applyPage(
            {{3, EntityType::Ticket, t.id, t.rev, false, WireCodec::encode(t)}}, QStringLiteral("cursor-3")));
        QCOMPARE(TicketRepository(*m_db).get(t.id)->state, TicketState::Closed);
        QCOMPARE(TicketRepository(*m_db).get(t.id)->rev, 10);
    }

    void aBadChangeLeavesTheWholePageOut()
    {
        SyncState state(*m_db);
        QVERIFY(state.setCursor(QStringLiteral("before")));
        const Ticket good = ticket(1);
        QJsonObject broken = WireCodec::encode(ticket(2));
        broken.insert(QStringLiteral("state"), QStringLiteral("no_such_state"));
        QList<Change> page {{1, EntityType::Ticket, good.id, 1, false, WireCodec::encode(good)},
            {2, EntityType::Ticket, broken.value(QLatin1String("id")).toString(), 1, false, broken}};
        QString error;
        QVERIFY(!RemoteApplier(*m_db).applyPage(page, QStringLiteral("after"), &error));
        QVERIFY2(error.contains(QStringLiteral("no_such_state")), qPrintable(error));
        QVERIFY(!TicketRepository(*m_db).contains(good.id));
        QCOMPARE(state.cursor(), QStringLiteral("before"));
        QCOMPARE(m_db->transactionDepth(), 0);
    }

    void tombstones()
    {
        const Customer c = customer();
        RemoteApplier applier(*m_db);
        QVERIFY(applier.apply({1, EntityType::Customer, c.id, 1, false, WireCodec::encode(c)}));
        QVERIFY(applier.apply({2, EntityType::Customer, c.id, 2, true, {}}));
        QVERIFY(!CustomerRepository(*m_db).contains(c.id));
        // A tombstone for a record never seen is fine.
        QVERIFY(applier.apply({3, EntityType::Customer, Entity::newId(), 1, true, {}}));
    }

    void pendingEditsStayOnTopOfPulledChanges()
    {
        Ticket t = ticket();
        t.rev = 1;
        RemoteApplier applier(*m_db);
        QVERIFY(applier.applyPage(
            {{1, EntityType::Ticket, t.id, 1, false, WireCodec::encode(t)}}, QStringLiteral("c1")));
        TicketRepository tickets(*m_db);
        Ticket mine = *tickets.get(t.id);
        mine.subject = QStringLiteral("My unsynced subject");
        QVERIFY(tickets.update(mine));
        QCOMPARE(Outbox(*m_db).count(), 1);

        // Someone else changed the priority; the server copy still has the old subject.
        Ticket theirs = t;
        theirs.rev = 2;
        theirs.priority = Priority::Low;
        QString error;
        QVERIFY2(applier.applyPage({{2, EntityType::Ticket, t.id, 2, false, WireCodec::encode(theirs)}},
                     QStringLiteral("c2"), &error),
            qPrintable(error));
        Ticket shown = *tickets.get(t.id);
        QCOMPARE(shown.subject, QStringLiteral("My unsynced subject"));
        QCOMPARE(shown.priority, Priority::Low);
        QCOMPARE(shown.rev, 2);
        const QList<OutboxEntry> pending = Outbox(*m_db).pending(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().mutation.baseRev, 1); // still the base it was made on

        // Once the push is answered, the server's word is final again.
        QVERIFY(Outbox(*m_db).markDone({pending.first().mutation.mutationId}));
        theirs.rev = 3;
        theirs.subject = QStringLiteral("Server subject");
        QVERIFY(applier.applyPage(
            {{3, EntityType::Ticket, t.id, 3, false, WireCodec::encode(theirs)}}, QStringLiteral("c3")));
        QCOMPARE(tickets.get(t.id)->subject, QStringLiteral("Server subject"));
    }

    void pendingEditsOfOtherRecordsDoNotLeak()
    {
        Ticket a = ticket(1);
        Ticket b = ticket(2);
        RemoteApplier applier(*m_db);
        QVERIFY(applier.applyPage({{1, EntityType::Ticket, a.id, a.rev, false, WireCodec::encode(a)},
                                      {2, EntityType::Ticket, b.id, b.rev, false, WireCodec::encode(b)}},
            QStringLiteral("c")));
        TicketRepository tickets(*m_db);
        Ticket editedA = *tickets.get(a.id);
        editedA.subject = QStringLiteral("A edited");
        QVERIFY(tickets.update(editedA));
        b.rev += 1;
        b.description = QStringLiteral("B from the server");
        QVERIFY(applier.apply({3, EntityType::Ticket, b.id, b.rev, false, WireCodec::encode(b)}));
        QCOMPARE(wire(*tickets.get(b.id)), wire(b));
        QCOMPARE(tickets.get(a.id)->subject, QStringLiteral("A edited"));
    }

    void tombstoneWaitsForAPendingEdit()
    {
        Ticket t = ticket();
        RemoteApplier applier(*m_db);
        QVERIFY(applier.apply({1, EntityType::Ticket, t.id, t.rev, false, WireCodec::encode(t)}));
        TicketRepository tickets(*m_db);
        Ticket mine = *tickets.get(t.id);
        mine.subject = QStringLiteral("Edited offline");
        QVERIFY(tickets.update(mine));
        // Deleted on the server: our copy stays until the push is answered (as a conflict).
        QVERIFY(applier.apply({2, EntityType::Ticket, t.id, t.rev + 1, true, {}}));
        QCOMPARE(tickets.get(t.id)->subject, QStringLiteral("Edited offline"));

        // A pending delete agrees with the tombstone.
        QVERIFY(tickets.remove(t.id));
        QVERIFY(applier.apply({3, EntityType::Ticket, t.id, t.rev + 1, true, {}}));
        QVERIFY(!tickets.contains(t.id));
    }

    void resyncSweepsWhatWasNotReceived()
    {
        const Customer c = customer();
        Ticket kept = ticket(1);
        Ticket gone = ticket(2);
        Ticket outOfScope = ticket(3);
        RemoteApplier applier(*m_db);
        QVERIFY(applier.applyPage(
            {{1, EntityType::Customer, c.id, c.rev, false, WireCodec::encode(c)},
                {2, EntityType::Ticket, kept.id, 1, false, WireCodec::encode(kept)},
                {3, EntityType::Ticket, gone.id, 1, false, WireCodec::encode(gone)},
                {4, EntityType::Ticket, outOfScope.id, 1, false, WireCodec::encode(outOfScope)}},
            QStringLiteral("4")));
        TicketRepository tickets(*m_db);
        Ticket local = ticket(4);
        QVERIFY(tickets.create(local)); // not on the server yet
        Ticket edited = *tickets.get(outOfScope.id);
        edited.subject = QStringLiteral("Edited, so kept");
        QVERIFY(tickets.update(edited));
        QVERIFY(!applier.isResyncing());
        QVERIFY(!applier.resyncInterrupted());
        QVERIFY(!applier.finishResync()); // none running

        QString error;
        QVERIFY2(applier.startResync(&error), qPrintable(error));
        QVERIFY(applier.isResyncing());
        // The feed from the start now holds the kept ticket only (two pages).
        QVERIFY(applier.applyPage(
            {{10, EntityType::Ticket, kept.id, 2, false, WireCodec::encode(kept)}}, QStringLiteral("10")));
        QVERIFY(applier.applyPage(QList<Change>(), QStringLiteral("10")));
        QHash<QString, QStringList> removed;
        QVERIFY2(applier.finishResync(&removed, &error), qPrintable(error));
        QVERIFY(!applier.isResyncing());

        QVERIFY(tickets.contains(kept.id));
        QVERIFY(!tickets.contains(gone.id));
        QVERIFY(tickets.contains(local.id));
        QVERIFY(tickets.contains(outOfScope.id));
        QVERIFY(!CustomerRepository(*m_db).contains(c.id));
        QCOMPARE(removed.value(QStringLiteral("ticket")), QStringList {gone.id});
        QCOMPARE(removed.value(QStringLiteral("customer")), QStringList {c.id});
        QCOMPARE(Outbox(*m_db).count(), 2);
    }

    void aResyncCutShortIsNoticed()
    {
        RemoteApplier applier(*m_db);
        QVERIFY(applier.startResync());
        // Another connection (the next run of the program) cannot finish it.
        Database other(m_db->profileDir());
        QVERIFY(other.open());
        RemoteApplier second(other);
        QVERIFY(second.resyncInterrupted());
        QVERIFY(!second.isResyncing());
        QVERIFY(!applier.resyncInterrupted());
        QVERIFY(second.startResync());
        QVERIFY(!second.resyncInterrupted());
        QVERIFY(second.finishResync());
        QVERIFY(!applier.isResyncing());
    }

    void syncStateValues()
    {
        SyncState state(*m_db);
        QVERIFY(state.cursor().isEmpty());
        QVERIFY(!state.lastSyncAt().isValid());
        const QString id = state.clientId();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(state.clientId(), id); // stable
        QVERIFY(state.setLastSyncAt(at(3, 4, 5, 6)));
        QCOMPARE(state.lastSyncAt(), at(3, 4, 5, 6));
        QVERIFY(state.setServerUrl(QStringLiteral("https://desk.example")));
        QCOMPARE(state.serverUrl(), QStringLiteral("https://desk.example"));
        QVERIFY(state.setCursor(QStringLiteral("x")));
        QVERIFY(state.resetCursor());
        QVERIFY(state.cursor().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRemoteApplier)
#include "tst_remoteapplier.moc"
