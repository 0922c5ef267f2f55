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
