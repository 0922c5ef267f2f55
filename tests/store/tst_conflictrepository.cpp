#include "sampledata.h"

#include "store/changenotifier.h"
#include "store/conflictrepository.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/profilesettings.h"
#include "store/remoteapplier.h"
#include "store/ticketrepository.h"

using namespace SampleData;

class TestConflictRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private:
    struct Scenario
    {
        Ticket server; // rev 2, in the conflict
        Conflict conflict;
    };

    // A ticket cached at rev 1; our edit of subject and priority conflicted on subject
    // with the server's rev 2 (which also changed the description).
    static Scenario scenario(Database &db, const QStringList &fields = {QStringLiteral("subject")},
        const QJsonObject &local = {{QStringLiteral("subject"), QStringLiteral("Mine")},
            {QStringLiteral("priority"), QStringLiteral("high")}})
    {
        Ticket cached = ticket();
        cached.rev = 1;
        cached.priority = Priority::Normal;
        cached.state = TicketState::Processing;
        RemoteApplier(db).apply({1, EntityType::Ticket, cached.id, 1, false, WireCodec::encode(cached)});
        Scenario s;
        s.server = cached;
        s.server.rev = 2;
        s.server.subject = QStringLiteral("Theirs");
        s.server.description = QStringLiteral("Described on the server");
        s.server.state = TicketState::Replied;
        s.conflict.entity = EntityType::Ticket;
        s.conflict.entityId = cached.id;
        s.conflict.fields = fields;
        s.conflict.local = local;
        s.conflict.server = WireCodec::encode(s.server);
        ConflictRepository(db).add(s.conflict);
        return s;
    }

private Q_SLOTS:
    void keepsBothSidesUntilResolved()
    {
        Database db(m_dir.filePath(QStringLiteral("c")));
        QVERIFY(db.open());
        ConflictRepository repo(db);
        Conflict c;
        c.entity = EntityType::Customer;
        c.entityId = Entity::newId();
        c.fields = {QStringLiteral("mobile"), QStringLiteral("email")};
        c.local = QJsonObject {{QStringLiteral("mobile"), QStringLiteral("13800138000")}};
        c.server = QJsonObject {{QStringLiteral("mobile"), QStringLiteral("13900139000")}};
        QString error;
        QVERIFY2(repo.add(c, &error), qPrintable(error));
        QVERIFY(c.id > 0);
        QVERIFY(c.createdAt.isValid());
        Conflict other = c;
        other.entityId = Entity::newId();
        QVERIFY(repo.add(other));

        const Conflict back = *repo.get(c.id);
        QCOMPARE(back.entity, EntityType::Customer);
        QCOMPARE(back.entityId, c.entityId);
        QCOMPARE(back.fields, c.fields);
        QCOMPARE(back.local, c.local);
        QCOMPARE(back.server, c.server);
        QCOMPARE(back.createdAt, c.createdAt);
        QVERIFY(!back.resolvedAt.isValid());

        QCOMPARE(repo.openCount(), 2);
        QCOMPARE(repo.openFor(EntityType::Customer, c.entityId).size(), 1);
        QVERIFY(repo.resolve(c.id, QStringLiteral("server")));
        QVERIFY(!repo.resolve(c.id, QStringLiteral("local"), &error)); // only once
        QCOMPARE(repo.openCount(), 1);
        QCOMPARE(repo.open().first().id, other.id);
        QCOMPARE(repo.get(c.id)->resolution, QStringLiteral("server"));
        QVERIFY(repo.get(c.id)->resolvedAt.isValid());
    }

    void keepMineQueuesOneUpdateOnTheServerRevision()
    {
        Database db(m_dir.filePath(QStringLiteral("mine")));
        QVERIFY(db.open());
        Scenario s = scenario(db);
        ConflictRepository repo(db);
        QSignalSpy changed(db.notifier(), &ChangeNotifier::conflictsChanged);
        QString error;
        QVERIFY2(repo.keepMine(s.conflict.id, &error), qPrintable(error));
        QCOMPARE(changed.size(), 1);
        const Ticket row = *TicketRepository(db).get(s.server.id);
        QCOMPARE(row.subject, QStringLiteral("Mine"));
        QCOMPARE(row.priority, Priority::High);
        QCOMPARE(row.description, s.server.description); // the server's other edit
        QCOMPARE(row.rev, 2);
        const QList<OutboxEntry> out = Outbox(db).pending(10);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().mutation.op, MutationOp::Update);
        QCOMPARE(out.first().mutation.baseRev, 2);
        QCOMPARE(out.first().mutation.fields,
            (QJsonObject {{QStringLiteral("subject"), QStringLiteral("Mine")},
                {QStringLiteral("priority"), QStringLiteral("high")}}));
        QCOMPARE(repo.get(s.conflict.id)->resolution, QStringLiteral("local"));
        QCOMPARE(repo.openCount(), 0);
        QVERIFY(!repo.keepMine(s.conflict.id, &error)); // only once
    }

    void takeTheirsWritesTheServerCopyWithoutOutbox()
    {
        Database db(m_dir.filePath(QStringLiteral("theirs")));
        QVERIFY(db.open());
        Scenario s = scenario(db);
        ConflictRepository repo(db);
        QVERIFY(repo.takeTheirs(s.conflict.id));
        QCOMPARE(wire(*TicketRepository(db).get(s.server.id)), wire(s.server));
        QCOMPARE(Outbox(db).count(), 0);
        QCOMPARE(repo.get(s.conflict.id)->resolution, QStringLiteral("server"));
    }

    void perFieldChoice()
    {
        Database db(m_dir.filePath(QStringLiteral("merged")));
        QVERIFY(db.open());
        Scenario s = scenario(db);
        ConflictRepository repo(db);
        QVERIFY(repo.resolveWith(s.conflict.id,
            {{QStringLiteral("subject"), ConflictRepository::Side::Theirs},
                {QStringLiteral("priority"), ConflictRepository::Side::Mine}}));
        const Ticket row = *TicketRepository(db).get(s.server.id);
        QCOMPARE(row.subject, s.server.subject);
        QCOMPARE(row.priority, Priority::High);
        const QList<OutboxEntry> out = Outbox(db).pending(10);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().mutation.fields,
            (QJsonObject {{QStringLiteral("priority"), QStringLiteral("high")}}));
        QCOMPARE(repo.get(s.conflict.id)->resolution, QStringLiteral("merged"));
    }

    void serverWinsOnTicketStateAndAssignment()
    {
        Database db(m_dir.filePath(QStringLiteral("wins")));
        QVERIFY(db.open());
        Scenario s
            = scenario(db, {QStringLiteral("state")}, {{QStringLiteral("state"), QStringLiteral("closed")}});
        QVERIFY(s.conflict.informationOnly());
        ConflictRepository repo(db);
        QVERIFY(repo.keepMine(s.conflict.id)); // asks for mine, gets theirs
        QCOMPARE(TicketRepository(db).get(s.server.id)->state, s.server.state);
        QCOMPARE(Outbox(db).count(), 0);
        QCOMPARE(repo.get(s.conflict.id)->resolution, QStringLiteral("server"));
    }

    void deletedOnTheServer()
    {
        Database db(m_dir.filePath(QStringLiteral("deleted")));
        QVERIFY(db.open());
        Scenario s = scenario(db);
        ConflictRepository repo(db);
        Conflict gone = s.conflict;
        gone.server.insert(QStringLiteral("deleted"), true);
        QVERIFY(repo.add(gone));
        QVERIFY(gone.informationOnly());
        QVERIFY(repo.keepMine(gone.id));
        QVERIFY(!TicketRepository(db).contains(s.server.id));
        QCOMPARE(Outbox(db).count(), 0);
    }

    void keepMyDelete()
    {
        Database db(m_dir.filePath(QStringLiteral("mydelete")));
        QVERIFY(db.open());
        Scenario s = scenario(db, {QStringLiteral("deleted")}, {{QStringLiteral("deleted"), true}});
        QVERIFY(!s.conflict.informationOnly());
        ConflictRepository repo(db);
        QVERIFY(repo.keepMine(s.conflict.id));
        QVERIFY(TicketRepository(db).get(s.server.id)->deleted);
        const QList<OutboxEntry> out = Outbox(db).pending(10);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().mutation.op, MutationOp::Delete);
        QCOMPARE(out.first().mutation.baseRev, 2);
    }

    void profileSettings()
    {
        Database db(m_dir.filePath(QStringLiteral("p")));
        QVERIFY(db.open());
        ProfileSettings settings(db);
        QVERIFY(settings.currentUserId().isEmpty());
        QVERIFY(settings.setCurrentUserId(QStringLiteral("u1")));
        QCOMPARE(settings.currentUserId(), QStringLiteral("u1"));
        QVERIFY(settings.setValue(QStringLiteral("density"), QStringLiteral("compact")));
        QCOMPARE(settings.value(QStringLiteral("density")), QStringLiteral("compact"));
        QCOMPARE(settings.value(QStringLiteral("missing"), QStringLiteral("dflt")), QStringLiteral("dflt"));
    }
};

QTEST_GUILESS_MAIN(TestConflictRepository)
#include "tst_conflictrepository.moc"
