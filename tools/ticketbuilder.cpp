#include "tools/ticketbuilder.h"

#include "core/actor.h"
#include "core/interaction.h"
#include "core/ticketworkflow.h"
#include "core/transitionrequest.h"
#include "tools/democustomerref.h"
#include "tools/demoorg.h"
#include "tools/demorandom.h"
#include "tools/demosink.h"
#include "tools/demotime.h"
#include "tools/tickettexts.h"

#include <QJsonObject>

#include <algorithm>

namespace {

constexpr qint64 M = DemoTime::Minute;
constexpr qint64 H = DemoTime::Hour;
constexpr qint64 D = DemoTime::Day;

// Knowledge-base category an agent would cite for a ticket category.
const char16_t *kbCategory(TicketCategory c)
{
    static const char16_t *const names[] = {
        u"开户与销户",
        u"开户与销户",
        u"银证转账",
        u"账户与密码",
        u"交易规则",
        u"融资融券",
        u"适当性管理",
        u"费用",
        u"新股申购",
        u"期权",
        u"港股通",
        u"系统与应急",
        u"投诉与维权",
        u"交易规则",
        u"账户与密码",
    };
    return names[size_t(c)];
}

template<typename T, size_t N>
T pickWeighted(DemoRandom &random, const T (&values)[N], std::initializer_list<int> weights)
{
    return values[size_t(random.weighted(weights))];
}

constexpr TicketCategory kCategories[] = {
    TicketCategory::AccountOpening,
    TicketCategory::AccountClosing,
    TicketCategory::BankTransfer,
    TicketCategory::Password,
    TicketCategory::Trading,
    TicketCategory::Margin,
    TicketCategory::Suitability,
    TicketCategory::Fees,
    TicketCategory::Ipo,
    TicketCategory::Options,
    TicketCategory::HkConnect,
    TicketCategory::SystemOutage,
    TicketCategory::ServiceAttitude,
    TicketCategory::MarketData,
    TicketCategory::Other,
};
constexpr Channel kChannels[]
    = {Channel::Phone, Channel::Email, Channel::Online, Channel::Branch, Channel::Transfer12386};
constexpr TicketKind kKinds[] = {TicketKind::Inquiry, TicketKind::Request, TicketKind::Complaint,
    TicketKind::Report, TicketKind::Suggestion};
constexpr Priority kPriorities[] = {Priority::Low, Priority::Normal, Priority::High, Priority::Urgent};

// Work that waits (gaps of an hour or more) is done in office hours, 08:30–20:00 China
// time: a step that would fall at night moves to the next morning.
qint64 officeHours(qint64 ms, DemoRandom &random)
{
    constexpr qint64 opens = 8 * H + 30 * M;
    constexpr qint64 closes = 20 * H;
    const qint64 timeOfDay = DemoTime::chinaTimeOfDay(ms);
    if (timeOfDay >= opens && timeOfDay < closes)
        return ms;
    const qint64 midnight = ms - timeOfDay + (timeOfDay >= closes ? D : 0);
    return midnight + opens + random.between(0, 90 * M);
}

} // namespace

TicketBuilder::TicketBuilder(const DemoOrg &org, const QList<DemoArticleRef> &articles, const QDateTime &now)
    : m_org(org), m_now(now), m_nowMs(now.toMSecsSinceEpoch()), m_sla(WorkingCalendar::builtIn())
{
    for (const DemoArticleRef &a : articles)
        m_articlesByCategory[a.category].append(a);
}

QString TicketBuilder::salutation() const
{
    if (!m_customer)
        return QStringLiteral("客户");
    return m_customer->surname + (m_customer->male ? QStringLiteral("先生") : QStringLiteral("女士"));
}

void TicketBuilder::decide(const Spec &spec, DemoRandom &random)
{
    Ticket &t = m_ticket;
    switch (spec.role) {
    case Spec::IncidentParent:
        t.kind = TicketKind::Request;
        t.source = Channel::Online;
        t.category = TicketCategory::SystemOutage;
        t.priority = Priority::Urgent;
        break;
    case Spec::IncidentChild:
        t.kind = random.chance(0.75) ? TicketKind::Inquiry : TicketKind::Complaint;
        t.source = random.chance(0.8) ? Channel::Phone : Channel::Online;
        t.category = TicketCategory::SystemOutage;
        t.priority = Priority::High;
        break;
    case Spec::Regular:
        t.kind = pickWeighted(random, kKinds, {55, 22, 13, 2, 8});
        switch (t.kind) {
        case TicketKind::Inquiry:
            t.category = pickWeighted(random, kCategories, {10, 4, 10, 12, 14, 6, 6, 6, 6, 3, 4, 1, 0, 5, 8});
            t.source = pickWeighted(random, kChannels, {65, 5, 25, 5, 0});
            break;
        case TicketKind::Request:
            t.category
                = pickWeighted(random, kCategories, {12, 12, 8, 20, 4, 8, 10, 6, 2, 6, 6, 0, 0, 3, 14});
            t.source = pickWeighted(random, kChannels, {40, 10, 30, 20, 0});
            break;
        case TicketKind::Complaint:
            t.category
                = pickWeighted(random, kCategories, {3, 3, 6, 2, 14, 12, 10, 10, 3, 3, 3, 6, 18, 3, 4});
            t.source = pickWeighted(random, kChannels, {40, 10, 10, 10, 30});
            break;
        case TicketKind::Report:
            t.category = pickWeighted(random, kCategories, {0, 0, 0, 0, 20, 5, 20, 5, 0, 0, 0, 0, 40, 0, 10});
            t.source = pickWeighted(random, kChannels, {30, 40, 20, 0, 10});
            break;
        case TicketKind::Suggestion:
            t.category
                = pickWeighted(random, kCategories, {5, 0, 5, 0, 20, 0, 0, 10, 0, 0, 0, 10, 10, 20, 20});
            t.source = pickWeighted(random, kChannels, {20, 30, 50, 0, 0});
            break;
        }
        t.priority = t.kind == TicketKind::Complaint || t.source == Channel::Transfer12386
            ? pickWeighted(random, kPriorities, {0, 55, 35, 10})
            : pickWeighted(random, kPriorities, {10, 72, 14, 4});
        if (t.category == TicketCategory::Margin && random.chance(0.3))
            t.priority = Priority::Urgent;
        break;
    }

    if (t.kind == TicketKind::Complaint || t.kind == TicketKind::Report)
        m_teamIndex = DemoOrg::Complaints;
    else if (m_customer && m_customer->vipLevel >= 4)
        m_teamIndex = DemoOrg::Vip;
    else
        m_teamIndex = m_customer && (m_customer->index & 1) ? DemoOrg::ServiceTwo : DemoOrg::ServiceOne;
    const DemoTeam &team = m_org.teams.at(m_teamIndex);
    t.teamId = team.id;
    // The demo's signed-in agent (first of 客服一组) carries a fuller queue than the rest.
    if (m_teamIndex == DemoOrg::ServiceOne && random.chance(0.3))
        m_agentId = team.agentIds.first();
    else
        m_agentId = team.agentIds.at(random.below(int(team.agentIds.size())));

    const CategoryTexts &texts = TicketTexts::forCategory(t.category);
    if (spec.role == Spec::IncidentParent) {
        t.subject = spec.incidentSubject;
        t.description = QStringLiteral("技术部通报：%1。影响范围：部分客户委托、查询与登录。已启动应急预案，"
                                       "开通电话委托备用通道，相关客户来电统一并入本工单跟踪。")
                            .arg(spec.incidentSubject);
    } else {
        t.subject = QString::fromUtf16(random.pick(texts.subjects));
        t.description = QString::fromUtf16(random.pick(texts.descriptions));
    }
    m_sla.apply(t);
    if (t.source == Channel::Transfer12386)
        t.externalDue = m_sla.dueAfterWorkingDays(t.createdAt, 10);
}

void TicketBuilder::addEvent(EventKind kind, const QString &author, qint64 ms)
{
    ms = std::min(ms, m_nowMs - DemoTime::Second); // nothing happens after "now"
    TicketEvent e;
    e.id = m_random->uuid();
    e.rev = 1;
    e.ticketId = m_ticket.id;
    e.kind = kind;
    e.authorId = author;
    e.createdAt = DemoTime::at(ms);
    e.updatedAt = e.createdAt;
    m_events.append(e);
    m_lastMs = std::max(m_lastMs, ms);
}

void TicketBuilder::slaUpTo(qint64 ms)
{
    const DemoTeam &team = m_org.teams.at(m_teamIndex);
    const QString system; // SLA breaches are recorded by the system, not by a person
    if (m_ticket.kind == TicketKind::Complaint && m_ticket.state == TicketState::New && !m_acceptBreachDone
        && m_ticket.acceptDue.isValid() && DemoTime::ms(m_ticket.acceptDue) < ms) {
        m_acceptBreachDone = true;
        addEvent(EventKind::Sla, system, DemoTime::ms(m_ticket.acceptDue));
        m_events.last().body = QStringLiteral("超过受理时限（1 个工作日）仍未受理");
        m_events.last().extra = QJsonObject {{QStringLiteral("sla"), QStringLiteral("accept_breached")}};
    }
    if (m_extendAtMs >= 0 && m_extendAtMs < ms && !m_replied) {
        const Actor lead {team.leadId, Role::Lead, team.id};
        if (TicketWorkflow::canExtendReplyDue(m_ticket, lead) && m_sla.extend(m_ticket)) {
            addEvent(EventKind::Sla, team.leadId, m_extendAtMs);
            m_events.last().body = QStringLiteral(
                "案情复杂需进一步核查，组长批准将答复时限延长至 30 个工作日，新的到期时间 %1 24:00")
                                       .arg(SlaPolicy::dueDay(m_ticket.replyDue).toString(Qt::ISODate));
            m_events.last().extra = QJsonObject {{QStringLiteral("sla"), QStringLiteral("reply_extended")}};
        }
        m_extendAtMs = -1;
    }
    if (!m_replied && !m_replyBreachDone && m_ticket.replyDue.isValid()
        && DemoTime::ms(m_ticket.replyDue) < ms) {
        m_replyBreachDone = true;
        addEvent(EventKind::Sla, system, DemoTime::ms(m_ticket.replyDue));
        m_events.last().body = QStringLiteral("已超过答复时限，请尽快答复客户");
        m_events.last().extra = QJsonObject {{QStringLiteral("sla"), QStringLiteral("reply_breached")}};
    }
}

bool TicketBuilder::transition(const TicketStep &step, qint64 ms, DemoRandom &random)
{
    const DemoTeam &team = m_org.teams.at(m_teamIndex);
    const Actor actor
        = step.byLead ? Actor {team.leadId, Role::Lead, team.id} : Actor {m_agentId, Role::Agent, team.id};
    const TicketState from = m_ticket.state;
    TransitionRequest request;
    request.to = step.to;
    QJsonObject extra;
    const CategoryTexts &texts = TicketTexts::forCategory(m_ticket.category);

    switch (step.to) {
    case TicketState::Replied:
        request.replyText = TicketTexts::fill(random.pick(texts.replies), salutation());
        break;
    case TicketState::Closed: {
        static constexpr ResolutionCode codes[] = {ResolutionCode::Explained, ResolutionCode::Resolved,
            ResolutionCode::Compensated, ResolutionCode::NotSupported, ResolutionCode::Withdrawn};
        if (from == TicketState::Mediation)
            request.resolution = ResolutionCode::Mediated;
        else if (from == TicketState::Arbitration)
            request.resolution = ResolutionCode::Arbitrated;
        else if (m_ticket.kind == TicketKind::Complaint)
            request.resolution = pickWeighted(random, codes, {35, 35, 10, 12, 8});
        else if (m_ticket.kind == TicketKind::Inquiry || m_ticket.kind == TicketKind::Suggestion)
            request.resolution = random.chance(0.8) ? ResolutionCode::Explained : ResolutionCode::Resolved;
        else
            request.resolution = random.chance(0.9) ? ResolutionCode::Resolved : ResolutionCode::NotSupported;
        static constexpr FollowUpResult results[]
            = {FollowUpResult::Satisfied, FollowUpResult::Unsatisfied, FollowUpResult::Unreachable};
        if (m_ticket.kind == TicketKind::Complaint || random.chance(0.9))
            request.followUp = pickWeighted(random, results, {82, 9, 9});
        extra.insert(QStringLiteral("resolution"), enumKey(*request.resolution));
        if (request.followUp)
            extra.insert(QStringLiteral("follow_up"), enumKey(*request.followUp));
        break;
    }
    case TicketState::Mediation:
    case TicketState::Arbitration:
        request.mediationBody = step.to == TicketState::Arbitration
            ? MediationBody::ArbitrationCommission
            : (random.chance(0.6) ? MediationBody::SacCentre : MediationBody::InvestorServiceCentre);
        extra.insert(QStringLiteral("mediation_body"), enumKey(*request.mediationBody));
        break;
    case TicketState::Processing:
        if (from == TicketState::Replied || from == TicketState::FollowUp || from == TicketState::Closed)
            request.reason = QString::fromUtf16(random.pick(TicketTexts::reopenReasons()));
        break;

    default:
        break;
    }

    // Leaving a dispute records how it ended.
    if (from == TicketState::Mediation || from == TicketState::Arbitration)
        request.reason = QString::fromUtf16(random.pick(TicketTexts::disputeOutcomes(step.to == TicketState::Closed)));

    const bool claims = actor.role == Role::Agent && m_ticket.assigneeId.isEmpty();
    const auto check = TicketWorkflow::apply(m_ticket, request, actor, DemoTime::at(ms));
    if (!check) {
        ++m_violations;
        return false;
    }
    // What the user did just before the state change: claim the ticket, write the reply.
    const qint64 before = ms - DemoTime::Second;
    if (claims) {
        addEvent(EventKind::Assignment, actor.userId, before);
        m_events.last().assigneeId = actor.userId;
        m_events.last().body = QStringLiteral("从组队列领取");
    }
    if (step.to == TicketState::Replied) {
        addEvent(EventKind::Reply, actor.userId, before);
        m_events.last().body = request.replyText;
        const auto articles = m_articlesByCategory.value(QString::fromUtf16(kbCategory(m_ticket.category)));
        if (!articles.isEmpty() && random.chance(0.25)) {
            const DemoArticleRef &a = articles.at(random.below(int(articles.size())));
            addEvent(EventKind::Citation, actor.userId, before);
            m_events.last().articleId = a.id;
            m_events.last().articleRevision = a.revision;
        }
        m_replied = true;
    }
    if (!request.reason.isEmpty())
        extra.insert(QStringLiteral("reason"), request.reason);
    addEvent(EventKind::Transition, actor.userId, ms);
    TicketEvent &e = m_events.last();
    e.fromState = from;
    e.toState = step.to;
    e.body = request.reason;
    e.extra = extra;
    if (step.to == TicketState::Processing && request.reason.isEmpty() && random.chance(0.3)) {
        addEvent(EventKind::Note, actor.userId, ms + random.between(10 * M, 3 * H));
        m_events.last().body = QString::fromUtf16(random.pick(texts.notes));
    }
    if (step.to == TicketState::Closed) {
        if (m_ticket.followUp == FollowUpResult::Satisfied)
            m_ticket.satisfaction = int(random.between(4, 5));
        else if (m_ticket.followUp == FollowUpResult::Unsatisfied)
            m_ticket.satisfaction = int(random.between(1, 2));
        else
            m_ticket.satisfaction = 0;
    } else if (step.to == TicketState::Processing) {
        m_replied = false; // a new answer is owed
    }
    return true;
}

int TicketBuilder::build(const Spec &spec, DemoRandom &random, DemoSink &sink)
{
    m_random = &random;
    m_customer = spec.customer;
    m_ticket = Ticket();
    m_events.clear();
    m_extendAtMs = -1;
    m_acceptBreachDone = m_replyBreachDone = m_replied = false;

    Ticket &t = m_ticket;
    t.id = random.uuid();
    t.rev = 1;
    t.number = spec.number;
    t.customerId = m_customer ? m_customer->id : QString();
    t.createdAt = DemoTime::at(spec.createdMs);
    t.parentId = spec.parentId;
    m_lastMs = spec.createdMs;
    decide(spec, random);
    static constexpr TicketPlanner::Origin origins[] = {TicketPlanner::Origin::Regular,
        TicketPlanner::Origin::IncidentParent, TicketPlanner::Origin::IncidentChild};
    TicketPlanner::plan(t.kind, t.source, origins[spec.role], random, &m_steps);

    const DemoTeam &team = m_org.teams.at(m_teamIndex);
    const qint64 firstStepMs = spec.createdMs + (m_steps.isEmpty() ? 0 : m_steps.first().gapMs);
    if (spec.role == Spec::IncidentChild) {
        addEvent(EventKind::Link, team.leadId, spec.createdMs + 2 * M);
        m_events.last().linkedTicketId = spec.parentId;
        m_events.last().body = QStringLiteral("并入系统故障主工单");
    }
    // Whoever took the call owns the ticket from the start (首办负责制); the rest wait in
    // the team queue until the lead assigns them or an agent picks them up.
    const bool live = t.source == Channel::Phone || t.source == Channel::Online;
    if (spec.role == Spec::IncidentParent) {
        m_agentId = team.leadId;
        t.assigneeId = team.leadId;
        addEvent(EventKind::Assignment, team.leadId, spec.createdMs);
        m_events.last().assigneeId = team.leadId;
    } else if (live && t.kind != TicketKind::Complaint && t.kind != TicketKind::Report) {
        t.assigneeId = m_agentId;
        addEvent(EventKind::Assignment, m_agentId, spec.createdMs);
        m_events.last().assigneeId = m_agentId;
    } else if (random.chance(0.7)) {
        const qint64 at = spec.createdMs + random.between(2 * M, 90 * M);
        if (at < m_nowMs && at < firstStepMs) {
            t.assigneeId = m_agentId;
            addEvent(EventKind::Assignment, team.leadId, at);
            m_events.last().assigneeId = m_agentId;
        }
    }
    if (t.kind == TicketKind::Complaint && t.source != Channel::Transfer12386) {
        qint64 replyAt = spec.createdMs;
        for (const TicketStep &s : std::as_const(m_steps)) {
            replyAt += s.gapMs;
            if (s.to == TicketState::Replied)
                break;
        }
        const qint64 due = DemoTime::ms(t.replyDue);
        if (replyAt > due && random.chance(0.35))
            m_extendAtMs = std::max(firstStepMs + H, due - random.between(1 * D, 3 * D));
    }

    qint64 at = spec.createdMs;
    bool reassigned = false;
    for (const TicketStep &s : std::as_const(m_steps)) {
        const qint64 next = s.gapMs >= H ? officeHours(at + s.gapMs, random) : at + s.gapMs;
        if (next >= m_nowMs)
            break;
        if (!reassigned && !s.byLead && !t.assigneeId.isEmpty() && t.state != TicketState::New
            && spec.role == Spec::Regular && random.chance(0.02) && team.agentIds.size() > 1) {
            // The lead hands the ticket to a colleague (leave, workload).
            reassigned = true;
            QString other = m_agentId;
            while (other == m_agentId)
                other = team.agentIds.at(random.below(int(team.agentIds.size())));
            m_agentId = other;
            t.assigneeId = other;
            addEvent(EventKind::Assignment, team.leadId, at + (next - at) / 2);
            m_events.last().assigneeId = other;
            m_events.last().body = QString::fromUtf16(TicketTexts::commonNotes()[2]);
        }
        if (random.chance(0.08)) {
            addEvent(EventKind::Note, m_agentId, at + (next - at) / 3);
            m_events.last().body = QString::fromUtf16(random.pick(TicketTexts::commonNotes()));
        }
        slaUpTo(next);
        if (!transition(s, next, random))
            break;
        at = next;
    }
    if (t.state != TicketState::Closed)
        slaUpTo(m_nowMs);

    std::stable_sort(m_events.begin(), m_events.end(),
        [](const TicketEvent &a, const TicketEvent &b) { return a.createdAt < b.createdAt; });
    t.updatedAt = DemoTime::at(m_lastMs);
    sink.add(t);
    for (const TicketEvent &e : std::as_const(m_events))
        sink.add(e);
    int rows = 1 + int(m_events.size());

    if (live && m_customer) {
        Interaction in;
        in.id = random.uuid();
        in.rev = 1;
        in.customerId = m_customer->id;
        in.channel = t.source;
        in.direction = Direction::Inbound;
        in.agentId = t.assigneeId.isEmpty() ? m_agentId : t.assigneeId;
        in.durationSeconds = int(random.between(45, 1200));
        in.startedAt = DemoTime::at(spec.createdMs - in.durationSeconds * DemoTime::Second);
        in.updatedAt = in.startedAt;
        in.summary = t.subject;
        if (t.source == Channel::Phone)
            in.recordingRef = QStringLiteral("rec:%1").arg(in.id);
        in.ticketId = t.id;
        sink.add(in);
        ++rows;
    }
    return rows;
}
