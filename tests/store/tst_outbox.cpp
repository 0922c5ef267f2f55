#include "sampledata.h"

#include "store/customerrepository.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/ticketrepository.h"

#include <QSqlQuery>

using namespace SampleData;

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    int rows(const QString &table)
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        q.next();
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = freshDatabase(m_dir, &error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    // A failure after the row was written undoes the row too.
    void failedWriteLeavesNeitherRowNorEntry()
    {
        QVERIFY(m_db->exec(
            QStringLiteral("CREATE TRIGGER refuse AFTER INSERT ON outbox "
                           "WHEN NEW.entity = 'ticket' BEGIN SELECT RAISE(ABORT, 'forced'); END")));
        TicketRepository tickets(*m_db);
        Ticket t = ticket();
        QString error;
        QVERIFY(!tickets.create(t, &error));
        QVERIFY2(error.contains(QStringLiteral("forced")), qPrintable(error));
        QCOMPARE(rows(QStringLiteral("tickets")), 0);
        QCOMPARE(rows(QStringLiteral("outbox")), 0);
        QCOMPARE(m_db->transactionDepth(), 0);

        // Same for an update of an existing row: the old values stay.
        Ticket existing = ticket();
        QVERIFY(
            tickets.applyRemote({1, EntityType::Ticket, existing.id, 9, false, WireCodec::encode(existing)}));
        const QString original = existing.subject;
        existing.subject = QStringLiteral("changed");
        QVERIFY(!tickets.update(existing, &error));
        QCOMPARE(tickets.get(existing.id)->subject, original);
        QCOMPARE(rows(QStringLiteral("outbox")), 0);

        // Other entities still write.
        Customer c = customer();
        QVERIFY(CustomerRepository(*m_db).create(c));
        QCOMPARE(rows(QStringLiteral("outbox")), 1);
    }

    // A constraint violation on the row leaves no outbox entry.
    void constraintViolationLeavesNothing()
    {
        TicketRepository tickets(*m_db);
        Ticket a = ticket(1);
        QVERIFY(tickets.create(a));
        Ticket b = ticket(2);
        b.number = a.number; // UNIQUE
        QString error;
        QVERIFY(!tickets.create(b, &error));
        QVERIFY2(error.contains(QStringLiteral("UNIQUE")), qPrintable(error));
        QVERIFY(!tickets.contains(b.id));
        QCOMPARE(Outbox(*m_db).count(), 1);
        // Creating an id twice is refused, not turned into an update.
        Ticket again = a;
        again.number = QStringLiteral("other");
        QVERIFY(!tickets.create(again, &error));
        QCOMPARE(Outbox(*m_db).count(), 1);
    }

    void entryContent()
    {
        TicketRepository tickets(*m_db);
        Ticket t = ticket();
        QVERIFY(tickets.create(t));
        Outbox outbox(*m_db);
        const QList<OutboxEntry> pending = outbox.pending(10);
        QCOMPARE(pending.size(), 1);
        const OutboxEntry &e = pending.first();
        QVERIFY(e.seq > 0);
        QVERIFY(!QUuid::fromString(e.mutation.mutationId).isNull());
        QCOMPARE(e.mutation.entity, EntityType::Ticket);
        QCOMPARE(e.mutation.id, t.id);
        QCOMPARE(e.mutation.op, MutationOp::Create);
        QCOMPARE(e.mutation.fields.value(QLatin1String("subject")).toString(), t.subject);
        QVERIFY(!e.mutation.fields.contains(QLatin1String("rev")));
        QVERIFY(!e.mutation.fields.contains(QLatin1String("id")));
        QCOMPARE(e.attempts, 0);
        QVERIFY(!e.poison);
        QVERIFY(qAbs(e.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // The mutation is what the wire codec accepts.
        Mutation decoded;
        QString error;
        QVERIFY2(WireCodec::decode(WireCodec::encode(e.mutation), decoded, &error), qPrintable(error));
    }

    void deliveryBookkeeping()
    {
        CustomerRepository repo(*m_db);
        QList<Customer> cs;
        for (int i = 0; i < 5; ++i) {
            Customer c = customer(i);
            QVERIFY(repo.create(c));
            cs.append(c);
        }
        Outbox outbox(*m_db);
        QCOMPARE(outbox.count(), 5);
        QList<OutboxEntry> pending = outbox.pending(3);
        QCOMPARE(pending.size(), 3);
        QVERIFY(pending.at(0).seq < pending.at(1).seq && pending.at(1).seq < pending.at(2).seq);
        QCOMPARE(pending.at(0).mutation.id, cs.at(0).id);

        QVERIFY(outbox.markDone({pending.at(0).mutation.mutationId, pending.at(1).mutation.mutationId}));
        QCOMPARE(outbox.count(), 3);
        QVERIFY(outbox.markFailed(pending.at(2).mutation.mutationId, QStringLiteral("timeout")));
        QCOMPARE(outbox.pending(1).first().attempts, 1);
        QCOMPARE(outbox.pending(1).first().lastError, QStringLiteral("timeout"));
        QVERIFY(outbox.markPoison(pending.at(2).mutation.mutationId, QStringLiteral("422 invalid mobile")));
        QCOMPARE(outbox.count(), 2);
        QCOMPARE(outbox.poisonCount(), 1);
        QCOMPARE(outbox.poisoned().first().lastError, QStringLiteral("422 invalid mobile"));
        QVERIFY(outbox.poisoned().first().poison);
        QCOMPARE(outbox.pending(10).first().mutation.id, cs.at(3).id); // poison is skipped
        QCOMPARE(outbox.pendingFor(EntityType::Customer, cs.at(4).id).size(), 1);
        QVERIFY(outbox.discard(pending.at(2).mutation.mutationId));
        QCOMPARE(outbox.poisonCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
