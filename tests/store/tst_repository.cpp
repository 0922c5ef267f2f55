// Repository<T> for every entity type: every field survives the database, local writes
// queue the right mutation, server data is applied without one.
#include "sampledata.h"

#include "store/accountrepository.h"
#include "store/articlecategoryrepository.h"
#include "store/articlerepository.h"
#include "store/articlerevisionrepository.h"
#include "store/attachmentrepository.h"
#include "store/auditrepository.h"
#include "store/cannedreplyrepository.h"
#include "store/casecommentrepository.h"
#include "store/casestudyrepository.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/holdingrepository.h"
#include "store/interactionrepository.h"
#include "store/outbox.h"
#include "store/riskalertrepository.h"
#include "store/teamrepository.h"
#include "store/ticketeventrepository.h"
#include "store/ticketrepository.h"
#include "store/traderepository.h"
#include "store/userrepository.h"

using namespace SampleData;

class TestRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    // Server copy in, read back: identical wire form.
    template<typename Repo, typename T> void roundTrip(const T &value)
    {
        Repo repo(*m_db);
        Change c;
        c.entity = repo.entityType();
        c.id = value.id;
        c.rev = value.rev;
        c.data = WireCodec::encode(value);
        QString error;
        QVERIFY2(repo.applyRemote(c, &error), qPrintable(error));
        const std::optional<T> back = repo.get(value.id, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(wire(*back), wire(value));
        // Applying the same change again is an upsert, not a duplicate.
        QVERIFY2(repo.applyRemote(c, &error), qPrintable(error));
        QVERIFY(repo.contains(value.id));
    }

    // A local create queues a Create with every data field, the row reads back.
    template<typename Repo, typename T> void localCreate(T value)
    {
        Repo repo(*m_db);
        Outbox outbox(*m_db);
        const int before = outbox.count();
        QString error;
        QVERIFY2(repo.create(value, &error), qPrintable(error));
        QCOMPARE(value.rev, 0);
        const std::optional<T> back = repo.get(value.id, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(wire(*back), wire(value));
        QCOMPARE(outbox.count(), before + 1);
        const OutboxEntry e = outbox.pending(1000).constLast();
        QCOMPARE(e.mutation.op, MutationOp::Create);
        QCOMPARE(e.mutation.entity, repo.entityType());
        QCOMPARE(e.mutation.id, value.id);
        QCOMPARE(e.mutation.baseRev, 0);
        QCOMPARE(e.mutation.fields, WireCodec::dataFields(WireCodec::encode(value)));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = freshDatabase(m_dir, &error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void everyEntityRoundTrips()
    {
        const Customer c = customer();
        const Account a = account(c.id);
        const Ticket t = ticket();
        const Article art = article(Entity::newId());
        const CaseStudy cs = caseStudy();
        const Team tm = team();
        roundTrip<CustomerRepository>(c);
        roundTrip<AccountRepository>(a);
        roundTrip<HoldingRepository>(holding(a.id, c.id));
        roundTrip<TradeRepository>(trade(a.id, c.id));
        roundTrip<RiskAlertRepository>(riskAlert(c.id, a.id));
        roundTrip<InteractionRepository>(interaction(c.id, t.id));
        roundTrip<TicketRepository>(t);
        roundTrip<TicketEventRepository>(ticketEvent(t.id));
        roundTrip<AttachmentRepository>(attachment(t.id));
        roundTrip<ArticleRepository>(art);
        roundTrip<ArticleCategoryRepository>(articleCategory(Entity::newId()));
        roundTrip<ArticleRevisionRepository>(articleRevision(art.id));
        roundTrip<CaseStudyRepository>(cs);
        roundTrip<CaseCommentRepository>(caseComment(cs.id));
        roundTrip<CannedReplyRepository>(cannedReply(tm.id));
        roundTrip<UserRepository>(user(tm.id));
        roundTrip<TeamRepository>(tm);
        roundTrip<AuditRepository>(auditEntry());
    }

    void emptyValuesRoundTrip()
    {
        // Defaults: null references, invalid dates, no optional enums, empty lists.
        Ticket t;
        t.id = Entity::newId();
        roundTrip<TicketRepository>(t);
        Customer c;
        c.id = Entity::newId();
        roundTrip<CustomerRepository>(c);
        TicketEvent e;
        e.id = Entity::newId();
        e.ticketId = t.id;
        roundTrip<TicketEventRepository>(e);
    }

    void everyEntityCreatesLocally()
    {
        const Customer c = customer();
        const Account a = account(c.id);
        localCreate<CustomerRepository>(c);
        localCreate<AccountRepository>(a);
        localCreate<HoldingRepository>(holding(a.id, c.id));
        localCreate<TradeRepository>(trade(a.id, c.id));
        localCreate<RiskAlertRepository>(riskAlert(c.id, a.id));
        localCreate<InteractionRepository>(interaction(c.id, Entity::newId()));
        localCreate<TicketRepository>(ticket());
        localCreate<TicketEventRepository>(ticketEvent(Entity::newId()));
        localCreate<AttachmentRepository>(attachment(Entity::newId()));
        localCreate<ArticleRepository>(article(Entity::newId()));
        localCreate<ArticleCategoryRepository>(articleCategory({}));
        localCreate<ArticleRevisionRepository>(articleRevision(Entity::newId()));
        localCreate<CaseStudyRepository>(caseStudy());
        localCreate<CaseCommentRepository>(caseComment(Entity::newId()));
        localCreate<CannedReplyRepository>(cannedReply({}));
        localCreate<UserRepository>(user(Entity::newId()));
        localCreate<TeamRepository>(team());
        localCreate<AuditRepository>(auditEntry());
        QCOMPARE(Outbox(*m_db).count(), 18);
    }

    void createFillsTheId()
    {
        CustomerRepository repo(*m_db);
        Customer c = customer();
        c.id.clear();
        QVERIFY(repo.create(c));
        QVERIFY(!QUuid::fromString(c.id).isNull());
        QVERIFY(repo.get(c.id));
    }

    void updateQueuesOnlyChangedFields()
    {
        TicketRepository repo(*m_db);
        Ticket t = ticket();
        Change c {1, EntityType::Ticket, t.id, t.rev, false, WireCodec::encode(t)};
        QVERIFY(repo.applyRemote(c));
        t.subject = QStringLiteral("新主题");
        t.priority = Priority::Low;
        QString error;
        QVERIFY2(repo.update(t, &error), qPrintable(error));
        Outbox outbox(*m_db);
        const QList<OutboxEntry> pending = outbox.pending(10);
        QCOMPARE(pending.size(), 1);
        const Mutation &m = pending.first().mutation;
        QCOMPARE(m.op, MutationOp::Update);
        QCOMPARE(m.baseRev, 9);
        QCOMPARE(m.fields,
            (QJsonObject {{QStringLiteral("priority"), QStringLiteral("low")},
                {QStringLiteral("subject"), QStringLiteral("新主题")}}));
        const Ticket back = *repo.get(t.id);
        QCOMPARE(back.subject, QStringLiteral("新主题"));
        QCOMPARE(back.rev, 9); // the server's revision stays until the server answers
        QVERIFY(back.updatedAt > t.updatedAt);
        // No change: no mutation.
        QVERIFY(repo.update(back));
        QCOMPARE(outbox.count(), 1);
    }

    void updateOfAMissingRecordFails()
    {
        TicketRepository repo(*m_db);
        QString error;
        QVERIFY(!repo.update(ticket(), &error));
        QVERIFY(error.contains(QStringLiteral("No ticket")));
        QCOMPARE(Outbox(*m_db).count(), 0);
    }

    void removeMarksDeletedAndQueuesDelete()
    {
        CustomerRepository repo(*m_db);
        Customer c = customer();
        QVERIFY(repo.create(c));
        QCOMPARE(repo.count(), 1);
        QVERIFY(repo.remove(c.id));
        QCOMPARE(repo.count(), 0);
        QVERIFY(repo.get(c.id)->deleted);
        QVERIFY(repo.findByMobile(c.mobile).isEmpty());
        const QList<OutboxEntry> pending = Outbox(*m_db).pending(10);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(1).mutation.op, MutationOp::Delete);
        QVERIFY(pending.at(1).mutation.fields.isEmpty());
    }

    void appendOnlyRecordsAreNeverEdited()
    {
        TicketEventRepository repo(*m_db);
        TicketEvent e = ticketEvent(Entity::newId());
        QVERIFY(repo.create(e));
        e.body = QStringLiteral("改写");
        QString error;
        QVERIFY(!repo.update(e, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!repo.remove(e.id, &error));
        QCOMPARE(Outbox(*m_db).count(), 1);
    }

    void invalidRecordIsRefused()
    {
        AccountRepository repo(*m_db);
        Account a = account(QString()); // an account needs its customer
        QString error;
        QVERIFY(!repo.create(a, &error));
        QVERIFY2(error.contains(QStringLiteral("customer_id")), qPrintable(error));
        QCOMPARE(repo.count(), 0);
        QCOMPARE(Outbox(*m_db).count(), 0);
    }

    void remoteTombstoneRemovesOwnedChildren()
    {
        TicketRepository tickets(*m_db);
        TicketEventRepository events(*m_db);
        AttachmentRepository attachments(*m_db);
        const Ticket t = ticket();
        QVERIFY(tickets.applyRemote({1, EntityType::Ticket, t.id, 1, false, WireCodec::encode(t)}));
        for (int i = 0; i < 3; ++i) {
            const TicketEvent e = ticketEvent(t.id);
            QVERIFY(events.applyRemote({2, EntityType::TicketEvent, e.id, 1, false, WireCodec::encode(e)}));
        }
        const Attachment a = attachment(t.id);
        QVERIFY(attachments.applyRemote({3, EntityType::Attachment, a.id, 1, false, WireCodec::encode(a)}));
        const TicketEvent other = ticketEvent(Entity::newId());
        QVERIFY(
            events.applyRemote({4, EntityType::TicketEvent, other.id, 1, false, WireCodec::encode(other)}));
        QCOMPARE(events.countForTicket(t.id), 3);

        QString error;
        QVERIFY2(tickets.applyRemote({5, EntityType::Ticket, t.id, 2, true, {}}, &error), qPrintable(error));
        QVERIFY(!tickets.contains(t.id));
        QCOMPARE(events.countForTicket(t.id), 0);
        QVERIFY(attachments.forTicket(t.id).isEmpty());
        QVERIFY(events.contains(other.id));
        QCOMPARE(Outbox(*m_db).count(), 0);
    }

    void remoteChangeOfTheWrongTypeIsRefused()
    {
        TicketRepository tickets(*m_db);
        const Customer c = customer();
        QString error;
        QVERIFY(
            !tickets.applyRemote({1, EntityType::Customer, c.id, 1, false, WireCodec::encode(c)}, &error));
        Change bad {
            1, EntityType::Ticket, Entity::newId(), 1, false, QJsonObject {{QStringLiteral("id"), 1}}};
        QVERIFY(!tickets.applyRemote(bad, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(tickets.count(), 0);
    }

    void listQueries()
    {
        const Customer c = customer();
        const Account a = account(c.id);
        Customer c2 = c;
        QVERIFY(CustomerRepository(*m_db).create(c2));
        AccountRepository accounts(*m_db);
        Account a2 = a;
        QVERIFY(accounts.create(a2));
        QCOMPARE(accounts.forCustomer(c.id).size(), 1);
        QCOMPARE(accounts.findByNumber(a.number)->id, a.id);
        QVERIFY(!accounts.findByNumber(QStringLiteral("' OR 1=1 --")));

        RiskAlertRepository alerts(*m_db);
        RiskAlert open = riskAlert(c.id, a.id);
        open.state = AlertState::Open;
        QVERIFY(alerts.create(open));
        RiskAlert done = riskAlert(c.id, a.id);
        done.state = AlertState::Resolved;
        QVERIFY(alerts.create(done));
        QCOMPARE(alerts.countInState(AlertState::Open), 1);
        QCOMPARE(alerts.inState(AlertState::Open, 10).first().id, open.id);
        QCOMPARE(alerts.forCustomer(c.id).size(), 2);

        ArticleCategoryRepository cats(*m_db);
        ArticleCategory root = articleCategory({});
        QVERIFY(cats.create(root));
        ArticleCategory child = articleCategory(root.id);
        QVERIFY(cats.create(child));
        QCOMPARE(cats.children({}).size(), 1);
        QCOMPARE(cats.children(root.id).first().id, child.id);

        ArticleRepository articles(*m_db);
        Article published = article(child.id);
        QVERIFY(articles.create(published));
        QCOMPARE(articles.inCategory(child.id).size(), 1);
        QCOMPARE(articles.withStatus(ArticleStatus::Published, 10).size(), 1);
        QCOMPARE(articles.inForce(QDate(2026, 6, 1)).size(), 1);
        QCOMPARE(articles.inForce(QDate(2027, 6, 1)).size(), 0);

        CannedReplyRepository replies(*m_db);
        const QString teamId = Entity::newId();
        CannedReply mine = cannedReply(teamId);
        CannedReply everyone = cannedReply({});
        CannedReply other = cannedReply(Entity::newId());
        QVERIFY(replies.create(mine) && replies.create(everyone) && replies.create(other));
        QCOMPARE(replies.forTeam(teamId).size(), 2);
        QCOMPARE(replies.forTeamAndCategory(teamId, TicketCategory::Password).size(), 2);
        QCOMPARE(replies.forTeamAndCategory(teamId, TicketCategory::Fees).size(), 0);

        UserRepository users(*m_db);
        User u = user(teamId);
        QVERIFY(users.create(u));
        QCOMPARE(users.findByUsername(QStringLiteral("agent007"))->id, u.id);
        QCOMPARE(users.forTeam(teamId).size(), 1);

        CaseStudyRepository cases(*m_db);
        CaseStudy cs = caseStudy();
        QVERIFY(cases.create(cs));
        QCOMPARE(cases.withTag(QStringLiteral("调解")).size(), 1);
        QCOMPARE(cases.withTag(QStringLiteral("%")).size(), 0);

        AuditRepository audit(*m_db);
        AuditEntry entry = auditEntry();
        QVERIFY(audit.record(entry));
        QCOMPARE(audit.forRecord(QStringLiteral("customer"), entry.entityId).size(), 1);
        QCOMPARE(audit.recent(5).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
