// TicketEditor, TicketLinker and TicketTimelineModel over a real store: every edit checks
// core's rules on the stored ticket, writes its events before the ticket and queues all of
// it in the outbox; a merge keeps every event; the timeline tells replies from notes.

#include "core/wirecodec.h"
#include "models/ticketeditor.h"
#include "models/ticketlinker.h"
#include "models/tickettimelinemodel.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/remoteapplier.h"
#include "store/ticketeventrepository.h"
#include "store/ticketrepository.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QDateTime s_now = QDateTime(QDate(2026, 11, 25), QTime(2, 0), QTimeZone::utc());

TransitionRequest step(TicketState to)
{
    TransitionRequest request;
    request.to = to;
    return request;
}

} // namespace

class TestTicketEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_profiles = 0;
    const QString m_team = Entity::newId();
    const QString m_otherTeam = Entity::newId();
    User m_agent;
    User m_agent2;
    User m_lead;
    QString m_customer = Entity::newId();

    Actor agent() const { return {m_agent.id, Role::Agent, m_team}; }
    Actor agent2() const { return {m_agent2.id, Role::Agent, m_team}; }
    Actor lead() const { return {m_lead.id, Role::Lead, m_team}; }

    User makeUser(const QString &name, Role role)
    {
        User u;
        u.id = Entity::newId();
        u.rev = 1;
        u.username = name;
        u.displayName = name;
        u.role = role;
        u.teamId = m_team;
        return u;
    }

    template<typename T>
    void apply(const QList<T> &records)
    {
        QList<Change> changes;
        qint64 seq = 0;
        for (const T &r : records)
            changes.append({++seq, entityTypeOf<T>(), r.id, r.rev, false, WireCodec::encode(r)});
        QString error;
        QVERIFY2(RemoteApplier(*m_db).applyPage(changes, QString(), &error), qPrintable(error));
    }

    Ticket stored(TicketKind kind, TicketState state, const QString &assignee = {}, int n = 1)
    {
        Ticket t;
        t.id = Entity::newId();
        t.rev = 1;
        t.number = QStringLiteral("T20261125%1").arg(n, 6, 10, QLatin1Char('0'));
        t.customerId = m_customer;
        t.teamId = m_team;
        t.kind = kind;
        t.state = state;
        t.assigneeId = assignee;
        t.subject = QStringLiteral("两融强平争议");
        t.createdAt = s_now.addDays(-3);
        t.updatedAt = t.createdAt;
        t.replyDue = s_now.addDays(10);
        apply(QList<Ticket> {t});
        return t;
    }

    TicketEditor editor(const Actor &actor)
    {
        TicketEditor e(*m_db, actor);
        e.setClock([] { return s_now; });
        return e;
    }

    QList<OutboxEntry> outbox() { return Outbox(*m_db).pending(1000); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(m_dir.filePath(QString::number(++m_profiles)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_agent = makeUser(QStringLiteral("王芳"), Role::Agent);
        m_agent2 = makeUser(QStringLiteral("李明"), Role::Agent);
        m_lead = makeUser(QStringLiteral("丁佳"), Role::Lead);
        apply(QList<User> {m_agent, m_agent2, m_lead});
    }

    void transitionWritesEventsBeforeTheTicket()
    {
        const Ticket t = stored(TicketKind::Complaint, TicketState::Processing, m_agent.id);
        TicketEditor e = editor(agent());
        TransitionRequest request;
        request.to = TicketState::Replied;
        const auto missing = e.transition(t.id, request);
        QVERIFY(!missing);
        QCOMPARE(missing.missingFields, QStringList {QStringLiteral("reply_text")});
        QVERIFY(outbox().isEmpty());
        QCOMPARE(TicketRepository(*m_db).get(t.id)->state, TicketState::Processing);

        request.replyText = QStringLiteral("您好，经核实强平价格符合合同约定。");
        const auto done = e.transition(t.id, request, {{Entity::newId(), 4}});
        QVERIFY2(done, qPrintable(done.error));
        const Ticket after = *TicketRepository(*m_db).get(t.id);
        QCOMPARE(after.state, TicketState::Replied);
        QCOMPARE(after.firstResponseAt, s_now);

        const QList<OutboxEntry> queued = outbox();
        QCOMPARE(queued.size(), 4); // reply, citation, transition, ticket
        QCOMPARE(queued.at(0).mutation.entity, EntityType::TicketEvent);
        QCOMPARE(queued.at(0).mutation.fields.value(u"kind").toString(), QStringLiteral("reply"));
        QCOMPARE(queued.at(1).mutation.fields.value(u"kind").toString(), QStringLiteral("citation"));
        QCOMPARE(queued.at(1).mutation.fields.value(u"article_revision").toInt(), 4);
        QCOMPARE(queued.at(2).mutation.fields.value(u"kind").toString(), QStringLiteral("transition"));
        QCOMPARE(queued.at(2).mutation.fields.value(u"to_state").toString(), QStringLiteral("replied"));
        QCOMPARE(queued.at(3).mutation.entity, EntityType::Ticket);
        QCOMPARE(queued.at(3).mutation.op, MutationOp::Update);
    }

    void takingANewTicketClaimsIt()
    {
        const Ticket t = stored(TicketKind::Complaint, TicketState::New);
        const auto done = editor(agent()).transition(t.id, step(TicketState::Accepted));
        QVERIFY2(done, qPrintable(done.error));
        QCOMPARE(TicketRepository(*m_db).get(t.id)->assigneeId, m_agent.id);
        const QList<TicketEvent> events = TicketEventRepository(*m_db).forTicket(t.id);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).kind, EventKind::Assignment);
        QCOMPARE(events.at(1).kind, EventKind::Transition);
    }

    void othersTicketsAreRefusedWithTheHoldersName()
    {
        const Ticket t = stored(TicketKind::Complaint, TicketState::Accepted, m_agent.id);
        const auto refused = editor(agent2()).transition(t.id, step(TicketState::Investigating));
        QVERIFY(!refused);
        QVERIFY2(refused.error.contains(m_agent.displayName), qPrintable(refused.error));
        QVERIFY(!editor(agent2()).sendReply(t.id, QStringLiteral("您好")));
        // A colleague may still leave an internal note.
        QVERIFY(editor(agent2()).addNote(t.id, QStringLiteral("客户上周也来电问过")));
        QVERIFY(!editor(agent2()).addNote(t.id, QStringLiteral("   ")));
        QVERIFY(!editor({Entity::newId(), Role::Trainer, m_team}).addNote(t.id, QStringLiteral("x")));
    }

    void mediationRecordsBodyDateAndOutcome()
    {
        const Ticket t = stored(TicketKind::Complaint, TicketState::Processing, m_agent.id);
        TicketEditor e = editor(agent());
        TransitionRequest toMediation;
        toMediation.to = TicketState::Mediation;
        QVERIFY(!e.transition(t.id, toMediation));
        toMediation.mediationBody = MediationBody::SacCentre;
        QVERIFY(e.transition(t.id, toMediation));
        TransitionRequest back;
        back.to = TicketState::Processing;
        const auto needsOutcome = e.transition(t.id, back);
        QCOMPARE(needsOutcome.missingFields, QStringList {QStringLiteral("reason")});
        back.reason = QStringLiteral("调解未达成一致");
        QVERIFY(e.transition(t.id, back));

        const QList<TicketEvent> events = TicketEventRepository(*m_db).forTicket(t.id);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).extra.value(u"mediation_body").toString(), QStringLiteral("sac_centre"));
        QCOMPARE(events.at(0).createdAt, s_now);
        QCOMPARE(events.at(1).body, back.reason);
        QCOMPARE(TicketRepository(*m_db).get(t.id)->mediationBody, std::optional(MediationBody::SacCentre));
    }

    void interimReplyClaimsAndSetsFirstResponse()
    {
        const Ticket t = stored(TicketKind::Inquiry, TicketState::Processing);
        QVERIFY(!editor(agent()).sendReply(t.id, QStringLiteral("  ")));
        QVERIFY(editor(agent()).sendReply(t.id, QStringLiteral("已收到，正在核实")));
        const Ticket after = *TicketRepository(*m_db).get(t.id);
        QCOMPARE(after.assigneeId, m_agent.id);
        QCOMPARE(after.firstResponseAt, s_now);
        QCOMPARE(after.state, TicketState::Processing);
    }

    void bulkAssignAndPriorityFollowRoles()
    {
        const Ticket mine = stored(TicketKind::Inquiry, TicketState::Processing, m_agent.id, 1);
        const Ticket theirs = stored(TicketKind::Inquiry, TicketState::Processing, m_agent2.id, 2);
        const Ticket free = stored(TicketKind::Inquiry, TicketState::New, {}, 3);

        const auto agentAssign = editor(agent()).assign({mine.id, theirs.id, free.id}, m_agent2.id);
        QCOMPARE(agentAssign.changed, 0);
        QCOMPARE(agentAssign.refused.size(), 2); // theirs is already m_agent2's: nothing to do

        const auto agentPriority = editor(agent()).setPriority({mine.id, theirs.id, free.id}, Priority::Urgent);
        QCOMPARE(agentPriority.changed, 2);
        QCOMPARE(agentPriority.refused.size(), 1);
        QVERIFY(agentPriority.refused.first().startsWith(theirs.number));

        TicketEditor leadEditor = editor(lead());
        leadEditor.setClock([] { return s_now.addSecs(60); });
        const auto leadAssign = leadEditor.assign({mine.id, free.id}, m_agent2.id);
        QCOMPARE(leadAssign.changed, 2);
        QCOMPARE(TicketRepository(*m_db).get(free.id)->assigneeId, m_agent2.id);
        const QList<TicketEvent> events = TicketEventRepository(*m_db).forTicket(mine.id);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).kind, EventKind::Priority);
        QCOMPARE(events.at(0).extra.value(u"to").toString(), QStringLiteral("urgent"));
        QCOMPARE(events.at(1).kind, EventKind::Assignment);
        QCOMPARE(events.at(1).assigneeId, m_agent2.id);

        User outsider = makeUser(QStringLiteral("外组"), Role::Agent);
        outsider.teamId = m_otherTeam;
        apply(QList<User> {outsider});
        const auto wrongTeam = editor(lead()).assign({mine.id}, outsider.id);
        QCOMPARE(wrongTeam.changed, 0);
        QVERIFY(wrongTeam.refused.first().contains(outsider.displayName));
    }

    void newTicketIsNumberedAndTimed()
    {
        Ticket draft;
        draft.customerId = m_customer;
        draft.kind = TicketKind::Complaint;
        draft.source = Channel::Phone;
        draft.category = TicketCategory::Margin;
        draft.subject = QStringLiteral("  对强平有异议 ");
        draft.assigneeId = m_agent.id;
        const auto created = editor(agent()).createTicket(draft, QStringLiteral("来电时情绪激动"));
        QVERIFY2(created, qPrintable(created.error));
        const Ticket t = *TicketRepository(*m_db).get(created.id);
        QVERIFY(QRegularExpression(QStringLiteral("^T20261125-[0-9A-F]{8}$")).match(t.number).hasMatch());
        QCOMPARE(t.subject, QStringLiteral("对强平有异议"));
        QCOMPARE(t.teamId, m_team);
        QCOMPARE(t.state, TicketState::New);
        QVERIFY(t.acceptDue.isValid() && t.acceptDue > s_now);
        QVERIFY(t.replyDue > t.acceptDue);
        QCOMPARE(TicketEventRepository(*m_db).countForTicket(t.id), 2);
        QCOMPARE(outbox().first().mutation.op, MutationOp::Create);
        QCOMPARE(outbox().first().mutation.entity, EntityType::Ticket);

        Ticket forSomeoneElse = draft;
        forSomeoneElse.assigneeId = m_agent2.id;
        QVERIFY(!editor(agent()).createTicket(forSomeoneElse));
        Ticket transfer = draft;
        transfer.source = Channel::Transfer12386;
        const auto noDue = editor(agent()).createTicket(transfer);
        QCOMPARE(noDue.missingFields, QStringList {QStringLiteral("external_due")});
        transfer.externalDue = s_now.addDays(7);
        QVERIFY(editor(agent()).createTicket(transfer));
        Ticket untitled = draft;
        untitled.subject = QStringLiteral("   ");
        QVERIFY(editor(agent()).createTicket(untitled).missingFields.contains(QStringLiteral("subject")));
    }

    void mergeKeepsEveryEvent()
    {
        const Ticket survivor = stored(TicketKind::Complaint, TicketState::Investigating, m_agent.id, 1);
        const Ticket duplicate = stored(TicketKind::Complaint, TicketState::Accepted, m_agent.id, 2);
        TicketEditor e = editor(agent());
        QVERIFY(e.addNote(survivor.id, QStringLiteral("survivor note")));
        QVERIFY(e.addNote(duplicate.id, QStringLiteral("duplicate note 1")));
        QVERIFY(e.sendReply(duplicate.id, QStringLiteral("duplicate reply")));

        TicketTimelineModel timeline(*m_db);
        QAbstractItemModelTester tester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        timeline.setTicketId(survivor.id);
        QCOMPARE(timeline.rowCount(), 1);

        TicketLinker linker(e);
        QVERIFY(!linker.merge(survivor.id, survivor.id));
        const auto merged = linker.merge(duplicate.id, survivor.id);
        QVERIFY2(merged, qPrintable(merged.error));
        const Ticket closed = *TicketRepository(*m_db).get(duplicate.id);
        QCOMPARE(closed.mergedIntoId, survivor.id);
        QCOMPARE(closed.state, TicketState::Closed);
        QCOMPARE(closed.resolution, std::optional(ResolutionCode::Merged));
        // The duplicate's history is its own still…
        QCOMPARE(TicketEventRepository(*m_db).countForTicket(duplicate.id), 3);
        // …and the survivor shows all of it, marked with the duplicate's number.
        QTRY_COMPARE(timeline.rowCount(), 5);
        int fromDuplicate = 0;
        for (int row = 0; row < timeline.rowCount(); ++row)
            if (timeline.index(row).data(TicketTimelineModel::SourceTicketRole).toString() == duplicate.number)
                ++fromDuplicate;
        QCOMPARE(fromDuplicate, 3);
        QCOMPARE(timeline.count(EventKind::Reply), 1);
        QCOMPARE(timeline.count(EventKind::Link), 2);

        // A merged ticket takes no further steps and cannot be merged again.
        QVERIFY(!linker.merge(duplicate.id, survivor.id));
        const auto options = e.options(closed);
        for (const auto &o : options)
            QVERIFY(!o.check.allowed);
        // Another customer's ticket is no duplicate.
        Ticket other = stored(TicketKind::Complaint, TicketState::Accepted, m_agent.id, 3);
        other.customerId = Entity::newId();
        other.rev = 2;
        apply(QList<Ticket> {other});
        QVERIFY(linker.merge(other.id, survivor.id).error.contains(QStringLiteral("same customer")));
        // Closing by hand as "merged" is refused.
        TransitionRequest fake;
        fake.to = TicketState::Closed;
        fake.resolution = ResolutionCode::Merged;
        QVERIFY(!TicketWorkflow::check(survivor, fake, agent(), s_now));
    }

    void incidentGathersTicketsInOneAction()
    {
        const Ticket a = stored(TicketKind::Complaint, TicketState::Accepted, m_agent.id, 1);
        const Ticket b = stored(TicketKind::Inquiry, TicketState::New, {}, 2);
        const Ticket c = stored(TicketKind::Inquiry, TicketState::New, {}, 3);
        TicketEditor agentEditor = editor(agent());
        QVERIFY(!TicketLinker(agentEditor).createIncident(
            QStringLiteral("集中交易系统故障"), TicketCategory::SystemOutage, {a.id}));

        TicketEditor leadEditor = editor(lead());
        TicketLinker linker(leadEditor);
        const auto incident = linker.createIncident(
            QStringLiteral("集中交易系统故障"), TicketCategory::SystemOutage, {a.id, b.id, c.id});
        QVERIFY2(incident && incident.error.isEmpty(), qPrintable(incident.error));
        TicketRepository repo(*m_db);
        QCOMPARE(repo.children(incident.id).size(), 3);
        const Ticket parent = *repo.get(incident.id);
        QCOMPARE(parent.kind, TicketKind::Request);
        QVERIFY(parent.customerId.isEmpty());
        QCOMPARE(parent.assigneeId, m_lead.id);
        // One level only: an incident cannot go under another ticket's incident.
        const auto nested = linker.setParent({incident.id}, a.id);
        QCOMPARE(nested.changed, 0);
        QCOMPARE(linker.clearParent({b.id}).changed, 1);
        QCOMPARE(repo.children(incident.id).size(), 2);

        TicketTimelineModel timeline(*m_db);
        timeline.setTicketId(incident.id);
        QCOMPARE(timeline.count(EventKind::Link), 3);
        QVERIFY(timeline.index(1).data(TicketTimelineModel::HeadingRole).toString().contains(a.number));
    }

    void linkIsRecordedOnBothTickets()
    {
        const Ticket a = stored(TicketKind::Complaint, TicketState::Accepted, m_agent.id, 1);
        const Ticket b = stored(TicketKind::Inquiry, TicketState::New, {}, 2);
        TicketEditor e = editor(agent());
        QVERIFY(TicketLinker(e).link(a.id, b.id, QStringLiteral("同一笔转账")));
        QCOMPARE(TicketEventRepository(*m_db).forTicket(a.id).first().linkedTicketId, b.id);
        QCOMPARE(TicketEventRepository(*m_db).forTicket(b.id).first().linkedTicketId, a.id);
        QVERIFY(!TicketLinker(e).link(a.id, a.id));
    }

    void timelineTellsRepliesFromNotes()
    {
        const Ticket t = stored(TicketKind::Inquiry, TicketState::New, {}, 1);
        TicketEditor e = editor(agent());
        QVERIFY(e.addNote(t.id, QStringLiteral("内部：核实银证转账流水")));
        TransitionRequest reply;
        reply.to = TicketState::Replied;
        reply.replyText = QStringLiteral("您的转账已到账");
        QVERIFY(e.transition(t.id, reply));
        QVERIFY(e.extendReplyDue(t.id).error.contains(QStringLiteral("team lead")));

        TicketTimelineModel timeline(*m_db);
        QAbstractItemModelTester tester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        timeline.setTicketId(t.id);
        QCOMPARE(timeline.rowCount(), 4); // note, claim, reply, transition
        auto style = [&](int row) {
            return TicketTimelineModel::Style(timeline.index(row).data(TicketTimelineModel::StyleRole).toInt());
        };
        QCOMPARE(style(0), TicketTimelineModel::Style::Note);
        QCOMPARE(style(1), TicketTimelineModel::Style::System);
        QCOMPARE(style(2), TicketTimelineModel::Style::Reply);
        QCOMPARE(style(3), TicketTimelineModel::Style::System);
        QCOMPARE(timeline.index(2).data(TicketTimelineModel::BodyRole).toString(), reply.replyText);
        QCOMPARE(timeline.index(0).data(TicketTimelineModel::AuthorRole).toString(), m_agent.displayName);
        QVERIFY(timeline.index(1).data().toString().contains(m_agent.displayName));

        // Edits made elsewhere (here: another editor, as sync would) show up by themselves.
        QVERIFY(editor(lead()).addNote(t.id, QStringLiteral("组长批注")));
        QTRY_COMPARE(timeline.rowCount(), 5);
    }
};

QTEST_GUILESS_MAIN(TestTicketEditor)
#include "tst_ticketeditor.moc"
