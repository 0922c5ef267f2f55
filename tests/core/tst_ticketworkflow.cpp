#include "core/ticketworkflow.h"

#include <QTest>

namespace {

const QString TeamA = QStringLiteral("team-a");
const QString TeamB = QStringLiteral("team-b");
const QString Agent1 = QStringLiteral("agent-1");
const QString Agent2 = QStringLiteral("agent-2");

// The now used by every test; local time so the reopen deadline's date is stable.
const QDateTime Now(QDate(2026, 11, 2), QTime(12, 0));

struct Spec
{
    TicketKind kind;
    TicketState from;
    TicketState to;
    bool leadOnly;
    QStringList fields;
};

// The workflow as the product documents it, written out independently of the table
// in ticketworkflow.cpp so that a slip in either shows up here.
QList<Spec> expectedTransitions()
{
    using S = TicketState;
    using K = TicketKind;
    const QStringList none;
    const QStringList reply {u"reply_text"_qs};
    const QStringList body {u"mediation_body"_qs};
    const QStringList reason {u"reason"_qs};
    const QStringList resolution {u"resolution"_qs};
    const QStringList closeComplaint {u"resolution"_qs, u"follow_up"_qs};
    const QStringList closeWithOutcome {u"resolution"_qs, u"follow_up"_qs, u"reason"_qs};

    QList<Spec> out = {
        {K::Complaint, S::New, S::Accepted, false, none},
        {K::Complaint, S::Accepted, S::Investigating, false, none},
        {K::Complaint, S::Investigating, S::Processing, false, none},
        {K::Complaint, S::Processing, S::Replied, false, reply},
        {K::Complaint, S::Processing, S::Mediation, false, body},
        {K::Complaint, S::Processing, S::Arbitration, true, body},
        {K::Complaint, S::Replied, S::FollowUp, false, none},
        {K::Complaint, S::Replied, S::Processing, false, reason},
        {K::Complaint, S::Replied, S::Mediation, false, body},
        {K::Complaint, S::Replied, S::Arbitration, true, body},
        {K::Complaint, S::FollowUp, S::Processing, false, reason},
        {K::Complaint, S::FollowUp, S::Closed, false, closeComplaint},
        {K::Complaint, S::Mediation, S::Processing, false, reason},
        {K::Complaint, S::Mediation, S::Closed, false, closeWithOutcome},
        {K::Complaint, S::Arbitration, S::Processing, true, reason},
        {K::Complaint, S::Arbitration, S::Closed, true, closeWithOutcome},
        {K::Complaint, S::Closed, S::Processing, true, reason},

        {K::Request, S::New, S::Accepted, false, none},
        {K::Request, S::Accepted, S::Processing, false, none},
        {K::Request, S::Processing, S::Replied, false, reply},
        {K::Request, S::Replied, S::Processing, false, reason},
        {K::Request, S::Replied, S::Closed, false, resolution},
        {K::Request, S::Closed, S::Processing, true, reason},

        {K::Report, S::New, S::Accepted, false, none},
        {K::Report, S::Accepted, S::Investigating, false, none},
        {K::Report, S::Investigating, S::Processing, false, none},
        {K::Report, S::Processing, S::Replied, false, reply},
        {K::Report, S::Replied, S::Processing, false, reason},
        {K::Report, S::Replied, S::Closed, true, resolution},
        {K::Report, S::Closed, S::Processing, true, reason},
    };
    for (K kind : {K::Inquiry, K::Suggestion}) {
        out += {
            {kind, S::New, S::Replied, false, reply},
            {kind, S::New, S::Processing, false, none},
            {kind, S::Processing, S::Replied, false, reply},
            {kind, S::Replied, S::Processing, false, reason},
            {kind, S::Replied, S::Closed, false, resolution},
            {kind, S::Closed, S::Processing, true, reason},
        };
    }
    return out;
}

const Spec *findSpec(const QList<Spec> &specs, TicketKind kind, TicketState from, TicketState to)
{
    for (const Spec &s : specs)
        if (s.kind == kind && s.from == from && s.to == to)
            return &s;
    return nullptr;
}

Ticket makeTicket(TicketKind kind, TicketState state, const QString &assignee = Agent1)
{
    Ticket t;
    t.id = Entity::newId();
    t.number = u"T20261102000001"_qs;
    t.kind = kind;
    t.state = state;
    t.teamId = TeamA;
    t.assigneeId = assignee;
    t.createdAt = Now.addDays(-20);
    t.replyDue = Now.addDays(5);
    if (state == TicketState::Closed) {
        t.closedAt = Now.addDays(-1);
        t.resolution = ResolutionCode::Resolved;
        t.followUp = FollowUpResult::Satisfied;
    }
    return t;
}

// Every field any transition may need, filled in.
TransitionRequest fullRequest(TicketState to)
{
    TransitionRequest r;
    r.to = to;
    r.replyText = u"We have checked your transfer; the funds arrived on Monday."_qs;
    r.resolution = ResolutionCode::Resolved;
    r.followUp = FollowUpResult::Satisfied;
    r.mediationBody = MediationBody::SacCentre;
    r.reason = u"The customer called back with new information."_qs;
    return r;
}

TransitionRequest without(TransitionRequest r, const QString &field)
{
    if (field == u"reply_text")
        r.replyText.clear();
    else if (field == u"resolution")
        r.resolution.reset();
    else if (field == u"follow_up")
        r.followUp.reset();
    else if (field == u"mediation_body")
        r.mediationBody.reset();
    else if (field == u"reason")
        r.reason = u"   "_qs; // blank counts as missing
    return r;
}

QString rowName(const Spec &s)
{
    return enumKey(s.kind) + u':' + enumKey(s.from) + u"->" + enumKey(s.to);
}

} // namespace

class TestTicketWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every kind × from × to: exists exactly when the spec says so.
    void structure_data()
    {
        QTest::addColumn<TicketKind>("kind");
        QTest::addColumn<TicketState>("from");
        QTest::addColumn<TicketState>("to");
        QTest::addColumn<bool>("exists");
        const auto specs = expectedTransitions();
        for (TicketKind kind : enumValues<TicketKind>())
            for (TicketState from : enumValues<TicketState>())
                for (TicketState to : enumValues<TicketState>()) {
                    const QString name = enumKey(kind) + u':' + enumKey(from) + u"->" + enumKey(to);
                    QTest::newRow(qPrintable(name))
                        << kind << from << to << (findSpec(specs, kind, from, to) != nullptr);
                }
    }

    void structure()
    {
        QFETCH(TicketKind, kind);
        QFETCH(TicketState, from);
        QFETCH(TicketState, to);
        QFETCH(bool, exists);

        const Ticket ticket = makeTicket(kind, from);
        const Actor lead {u"lead-1"_qs, Role::Lead, TeamA};
        bool offered = false;
        for (const auto &option : TicketWorkflow::options(ticket, lead, Now))
            offered = offered || option.to == to;
        QCOMPARE(offered, exists);

        const auto result = TicketWorkflow::check(ticket, fullRequest(to), lead, Now);
        QCOMPARE(result.allowed, exists);
        if (!exists) {
            QVERIFY(!result.reason.isEmpty());
            QCOMPARE(TicketWorkflow::requiredFields(ticket, to), QStringList());
        }
    }

    void optionsMatchSpecCount()
    {
        // options() lists each target once: no duplicate rows in the table for one kind.
        const auto specs = expectedTransitions();
        const Actor lead {u"lead-1"_qs, Role::Lead, TeamA};
        for (TicketKind kind : enumValues<TicketKind>())
            for (TicketState from : enumValues<TicketState>()) {
                qsizetype expected = 0;
                for (const Spec &s : specs)
                    expected += (s.kind == kind && s.from == from);
                QCOMPARE(TicketWorkflow::options(makeTicket(kind, from), lead, Now).size(), expected);
            }
    }

    // Each transition against each kind of actor.
    void roles_data()
    {
        QTest::addColumn<TicketKind>("kind");
        QTest::addColumn<TicketState>("from");
        QTest::addColumn<TicketState>("to");
        QTest::addColumn<QString>("assignee");
        QTest::addColumn<Actor>("actor");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("reasonContains");

        const Actor agent1 {Agent1, Role::Agent, TeamA};
        const Actor agentOtherTeam {u"agent-9"_qs, Role::Agent, TeamB};
        const Actor lead {u"lead-1"_qs, Role::Lead, TeamA};
        const Actor leadOtherTeam {u"lead-2"_qs, Role::Lead, TeamB};
        const Actor trainer {u"trainer-1"_qs, Role::Trainer, TeamA};
        const Actor admin {u"admin-1"_qs, Role::Admin, TeamA};

        for (const Spec &s : expectedTransitions()) {
            const QString base = rowName(s);
            const QString leadReason = u"lead"_qs;
            auto row = [&](const char *who, const QString &assignee, const Actor &actor, bool allowed,
                           const QString &reason) {
                QTest::newRow(qPrintable(base + u' ' + QLatin1String(who)))
                    << s.kind << s.from << s.to << assignee << actor << allowed << reason;
            };
            row("own agent", Agent1, agent1, !s.leadOnly, s.leadOnly ? leadReason : QString());
            row("agent, unassigned", QString(), agent1, !s.leadOnly && s.from == TicketState::New,
                s.leadOnly ? leadReason
                           : (s.from == TicketState::New ? QString() : u"not assigned to you"_qs));
            row("agent, other agent's", Agent2, agent1, false, s.leadOnly ? leadReason : Agent2);
            row("agent, other team", Agent1, agentOtherTeam, false, u"another team"_qs);
            row("lead", Agent2, lead, true, QString());
            row("lead, unassigned", QString(), lead, true, QString());
            row("lead, other team", Agent2, leadOtherTeam, false, u"another team"_qs);
            row("trainer", Agent1, trainer, false, u"Trainers"_qs);
            row("admin", Agent1, admin, false, u"Administrators"_qs);
        }
    }

    void roles()
    {
        QFETCH(TicketKind, kind);
        QFETCH(TicketState, from);
        QFETCH(TicketState, to);
        QFETCH(QString, assignee);
        QFETCH(Actor, actor);
        QFETCH(bool, allowed);
        QFETCH(QString, reasonContains);

        const Ticket ticket = makeTicket(kind, from, assignee);
        const auto result = TicketWorkflow::check(ticket, fullRequest(to), actor, Now);
        QCOMPARE(result.allowed, allowed);
        QCOMPARE(result.reason.isEmpty(), allowed);
        QVERIFY(result.missingFields.isEmpty());
        if (!reasonContains.isEmpty())
            QVERIFY2(result.reason.contains(reasonContains, Qt::CaseInsensitive), qPrintable(result.reason));

        // options() gives the same verdict and reason, before any field is filled in.
        bool found = false;
        for (const auto &option : TicketWorkflow::options(ticket, actor, Now)) {
            if (option.to != to)
                continue;
            found = true;
            QCOMPARE(option.check.allowed, allowed);
            QCOMPARE(option.check.reason, result.reason);
        }
        QVERIFY(found);
    }

    // Each required field of each transition, left out.
    void requiredFields_data()
    {
        QTest::addColumn<TicketKind>("kind");
        QTest::addColumn<TicketState>("from");
        QTest::addColumn<TicketState>("to");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("missing");
        for (const Spec &s : expectedTransitions()) {
            QTest::newRow(qPrintable(rowName(s) + u" complete"))
                << s.kind << s.from << s.to << s.fields << QString();
            for (const QString &field : s.fields)
                QTest::newRow(qPrintable(rowName(s) + u" without " + field))
                    << s.kind << s.from << s.to << s.fields << field;
        }
    }

    void requiredFields()
    {
        QFETCH(TicketKind, kind);
        QFETCH(TicketState, from);
        QFETCH(TicketState, to);
        QFETCH(QStringList, fields);
        QFETCH(QString, missing);

        const Ticket ticket = makeTicket(kind, from);
        QCOMPARE(TicketWorkflow::requiredFields(ticket, to), fields);
        const Actor lead {u"lead-1"_qs, Role::Lead, TeamA};
        const auto request = missing.isEmpty() ? fullRequest(to) : without(fullRequest(to), missing);
        const auto result = TicketWorkflow::check(ticket, request, lead, Now);
        QCOMPARE(result.allowed, missing.isEmpty());
        QCOMPARE(result.missingFields, missing.isEmpty() ? QStringList() : QStringList {missing});
        QCOMPARE(result.reason.isEmpty(), missing.isEmpty());
    }

    void missingFieldsReportedWithRefusal()
    {
        // A trainer is refused, and the form still learns which fields were empty.
        const Ticket ticket = makeTicket(TicketKind::Complaint, TicketState::FollowUp);
        TransitionRequest request;
        request.to = TicketState::Closed;
        const auto result = TicketWorkflow::check(ticket, request, {u"t"_qs, Role::Trainer, TeamA}, Now);
        QVERIFY(!result.allowed);
        QVERIFY(result.reason.contains(u"Trainers"));
        QCOMPARE(result.missingFields, (QStringList {u"resolution"_qs, u"follow_up"_qs}));

        const auto byAgent = TicketWorkflow::check(ticket, request, {Agent1, Role::Agent, TeamA}, Now);
        QVERIFY(!byAgent.allowed);
        QVERIFY2(byAgent.reason.contains(u"resolution code"), qPrintable(byAgent.reason));
        QVERIFY2(byAgent.reason.contains(u"follow-up result"), qPrintable(byAgent.reason));
    }

    void firstHandlerReasonNamesOwner()
    {
        const Ticket ticket = makeTicket(TicketKind::Complaint, TicketState::Processing, Agent2);
        const auto result = TicketWorkflow::check(
            ticket, fullRequest(TicketState::Replied), {Agent1, Role::Agent, TeamA}, Now);
        QVERIFY(!result.allowed);
        QVERIFY2(result.reason.contains(Agent2), qPrintable(result.reason));
        QVERIFY(result.reason.contains(u"first handler", Qt::CaseInsensitive));

        const auto names = [](const QString &id) {
            return id == Agent2 ? u"王芳"_qs : QString();
        };
        const auto named = TicketWorkflow::check(
            ticket, fullRequest(TicketState::Replied), {Agent1, Role::Agent, TeamA}, Now, names);
        QVERIFY2(named.reason.contains(u"王芳"), qPrintable(named.reason));
        QVERIFY(!named.reason.contains(Agent2));
    }

    void reopenWindow_data()
    {
        QTest::addColumn<int>("daysSinceClosing");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("same day") << 0 << true;
        QTest::newRow("29 days") << 29 << true;
        QTest::newRow("30 days, the last day") << 30 << true;
        QTest::newRow("31 days") << 31 << false;
        QTest::newRow("a year") << 365 << false;
    }

    void reopenWindow()
    {
        QFETCH(int, daysSinceClosing);
        QFETCH(bool, allowed);

        for (TicketKind kind : enumValues<TicketKind>()) {
            Ticket ticket = makeTicket(kind, TicketState::Closed);
            ticket.closedAt = QDateTime(QDate(2026, 10, 1), QTime(12, 0));
            const QDateTime now = ticket.closedAt.addDays(daysSinceClosing);
            const Actor lead {u"lead-1"_qs, Role::Lead, TeamA};
            const auto result
                = TicketWorkflow::check(ticket, fullRequest(TicketState::Processing), lead, now);
            QCOMPARE(result.allowed, allowed);
            if (!allowed)
                QVERIFY2(result.reason.contains(u"2026-10-31"), qPrintable(result.reason));
        }
    }

    void reopenNeedsClosingTime()
    {
        Ticket ticket = makeTicket(TicketKind::Complaint, TicketState::Closed);
        ticket.closedAt = {};
        const auto result = TicketWorkflow::check(
            ticket, fullRequest(TicketState::Processing), {u"lead-1"_qs, Role::Lead, TeamA}, Now);
        QVERIFY(!result.allowed);
        QVERIFY(!result.reason.isEmpty());
    }

    void mediationDecline()
    {
        const auto ordinary = TicketWorkflow::canDeclineMediation(InvestorType::Ordinary);
        QVERIFY(!ordinary.allowed);
        QVERIFY2(ordinary.reason.contains(u"94"), qPrintable(ordinary.reason));
        QVERIFY(ordinary.reason.contains(u"ordinary investor", Qt::CaseInsensitive));

        const auto professional = TicketWorkflow::canDeclineMediation(InvestorType::Professional);
        QVERIFY(professional.allowed);
        QVERIFY(professional.reason.isEmpty());
    }

    void extension_data()
    {
        QTest::addColumn<Ticket>("ticket");
        QTest::addColumn<Actor>("actor");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("reasonContains");

        const Actor lead {u"lead-1"_qs, Role::Lead, TeamA};
        const Ticket fresh = makeTicket(TicketKind::Complaint, TicketState::Investigating);
        QTest::newRow("lead, first time") << fresh << lead << true << QString();
        QTest::newRow("agent") << fresh << Actor {Agent1, Role::Agent, TeamA} << false << u"lead"_qs;
        QTest::newRow("trainer") << fresh << Actor {u"t"_qs, Role::Trainer, TeamA} << false << u"lead"_qs;
        QTest::newRow("admin") << fresh << Actor {u"a"_qs, Role::Admin, TeamA} << false << u"lead"_qs;
        QTest::newRow("lead of another team")
            << fresh << Actor {u"lead-2"_qs, Role::Lead, TeamB} << false << u"another team"_qs;
        Ticket extended = fresh;
        extended.replyDueExtended = true;
        QTest::newRow("second time") << extended << lead << false << u"already been extended"_qs;
        Ticket transfer = fresh;
        transfer.source = Channel::Transfer12386;
        transfer.externalDue = Now.addDays(10);
        QTest::newRow("12386 transfer") << transfer << lead << false << u"12386"_qs;
        Ticket noDue = fresh;
        noDue.replyDue = {};
        QTest::newRow("no reply due") << noDue << lead << false << u"no reply due"_qs;
        for (TicketState state : {TicketState::Replied, TicketState::FollowUp, TicketState::Closed})
            QTest::newRow(qPrintable(u"already " + enumKey(state)))
                << makeTicket(TicketKind::Complaint, state) << lead << false << u"reply"_qs;
        for (TicketState state : {TicketState::New, TicketState::Accepted, TicketState::Processing,
                 TicketState::Mediation, TicketState::Arbitration})
            QTest::newRow(qPrintable(u"open, " + enumKey(state)))
                << makeTicket(TicketKind::Complaint, state) << lead << true << QString();
    }

    void extension()
    {
        QFETCH(Ticket, ticket);
        QFETCH(Actor, actor);
        QFETCH(bool, allowed);
        QFETCH(QString, reasonContains);
        const auto result = TicketWorkflow::canExtendReplyDue(ticket, actor);
        QCOMPARE(result.allowed, allowed);
        QCOMPARE(result.reason.isEmpty(), allowed);
        if (!reasonContains.isEmpty())
            QVERIFY2(result.reason.contains(reasonContains, Qt::CaseInsensitive), qPrintable(result.reason));
    }

    void extensionOnceOnly()
    {
        Ticket ticket = makeTicket(TicketKind::Complaint, TicketState::Processing);
        const Actor lead {u"lead-1"_qs, Role::Lead, TeamA};
        QVERIFY(TicketWorkflow::canExtendReplyDue(ticket, lead).allowed);
        ticket.replyDueExtended = true; // what SlaPolicy records when it extends
        QVERIFY(!TicketWorkflow::canExtendReplyDue(ticket, lead).allowed);
    }

    void inquiryShortPath()
    {
        // An agent answers an inquiry from the team queue and closes it: the shortest path.
        Ticket ticket = makeTicket(TicketKind::Inquiry, TicketState::New, QString());
        const Actor agent {Agent1, Role::Agent, TeamA};

        TransitionRequest reply;
        reply.to = TicketState::Replied;
        reply.replyText = u"Transfers are available 9:00–16:00 on trading days."_qs;
        QVERIFY(TicketWorkflow::apply(ticket, reply, agent, Now).allowed);
        QCOMPARE(ticket.state, TicketState::Replied);
        QCOMPARE(ticket.assigneeId, Agent1); // taking it from the queue claims it
        QCOMPARE(ticket.firstResponseAt, Now);

        TransitionRequest close;
        close.to = TicketState::Closed;
        close.resolution = ResolutionCode::Explained; // no follow-up needed for an inquiry
        const QDateTime later = Now.addSecs(60);
        QVERIFY(TicketWorkflow::apply(ticket, close, agent, later).allowed);
        QCOMPARE(ticket.state, TicketState::Closed);
        QCOMPARE(ticket.resolution, std::optional(ResolutionCode::Explained));
        QCOMPARE(ticket.followUp, std::nullopt);
        QCOMPARE(ticket.closedAt, later);
        QCOMPARE(ticket.firstResponseAt, Now);
    }

    void complaintFullPath()
    {
        Ticket ticket = makeTicket(TicketKind::Complaint, TicketState::New, QString());
        const Actor agent {Agent1, Role::Agent, TeamA};
        const Actor lead {u"lead-1"_qs, Role::Lead, TeamA};
        QDateTime t = Now;
        auto step = [&](TicketState to, const Actor &actor) {
            t = t.addSecs(3600);
            const auto result = TicketWorkflow::apply(ticket, fullRequest(to), actor, t);
            QVERIFY2(result.allowed, qPrintable(result.reason));
            QCOMPARE(ticket.state, to);
        };
        step(TicketState::Accepted, agent);
        QCOMPARE(ticket.assigneeId, Agent1);
        step(TicketState::Investigating, agent);
        step(TicketState::Processing, agent);
        step(TicketState::Mediation, agent);
        QCOMPARE(ticket.mediationBody, std::optional(MediationBody::SacCentre));
        step(TicketState::Processing, agent);
        step(TicketState::Replied, agent);
        step(TicketState::FollowUp, agent);
        step(TicketState::Closed, agent);
        QCOMPARE(ticket.followUp, std::optional(FollowUpResult::Satisfied));
        QCOMPARE(ticket.closedAt, t);
        step(TicketState::Processing, lead); // reopened: the old outcome goes
        QVERIFY(!ticket.closedAt.isValid());
        QCOMPARE(ticket.resolution, std::nullopt);
        QCOMPARE(ticket.assigneeId, Agent1); // a lead acting does not take it over
    }

    void applyRefusedLeavesTicketAlone()
    {
        Ticket ticket = makeTicket(TicketKind::Complaint, TicketState::Processing, Agent2);
        const Ticket before = ticket;
        const auto result = TicketWorkflow::apply(
            ticket, fullRequest(TicketState::Replied), {Agent1, Role::Agent, TeamA}, Now);
        QVERIFY(!result.allowed);
        QCOMPARE(ticket.state, before.state);
        QCOMPARE(ticket.assigneeId, before.assigneeId);
        QVERIFY(!ticket.firstResponseAt.isValid());
    }

    void sameStateAndDeleted()
    {
        Ticket ticket = makeTicket(TicketKind::Complaint, TicketState::Processing);
        const Actor lead {u"lead-1"_qs, Role::Lead, TeamA};
        const auto same = TicketWorkflow::check(ticket, fullRequest(TicketState::Processing), lead, Now);
        QVERIFY(!same.allowed);
        QVERIFY(same.reason.contains(u"already"));

        ticket.deleted = true;
        const auto deleted = TicketWorkflow::check(ticket, fullRequest(TicketState::Replied), lead, Now);
        QVERIFY(!deleted.allowed);
        QVERIFY(deleted.reason.contains(u"deleted"));

        Ticket unrouted = makeTicket(TicketKind::Complaint, TicketState::New, QString());
        unrouted.teamId.clear();
        QVERIFY(!TicketWorkflow::check(unrouted, fullRequest(TicketState::Accepted), lead, Now).allowed);
    }

    void optionsExplainWhyNot()
    {
        const Ticket ticket = makeTicket(TicketKind::Complaint, TicketState::Processing);
        const auto options = TicketWorkflow::options(ticket, {Agent1, Role::Agent, TeamA}, Now);
        QCOMPARE(options.size(), 3);
        for (const auto &option : options) {
            switch (option.to) {
            case TicketState::Replied:
                QVERIFY(option.check.allowed);
                QCOMPARE(option.requiredFields, QStringList {u"reply_text"_qs});
                break;
            case TicketState::Mediation:
                QVERIFY(option.check.allowed);
                QCOMPARE(option.requiredFields, QStringList {u"mediation_body"_qs});
                break;
            case TicketState::Arbitration:
                QVERIFY(!option.check.allowed);
                QVERIFY(option.check.reason.contains(u"Only a team lead"));
                QCOMPARE(option.requiredFields, QStringList {u"mediation_body"_qs});
                break;
            default:
                QFAIL("unexpected target");
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTicketWorkflow)
#include "tst_ticketworkflow.moc"
