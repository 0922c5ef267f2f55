#include "core/actor.h"
#include "core/chineseid.h"
#include "core/suitability.h"
#include "core/ticketworkflow.h"
#include "recordingsink.h"
#include "tools/demogenerator.h"
#include "tools/namegenerator.h"
#include "tools/portfoliogenerator.h"
#include "tools/seedcontent.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestDemoGenerator : public QObject
{
    Q_OBJECT

    static DemoOptions small(quint64 seed = 7)
    {
        DemoOptions o;
        o.customers = 400;
        o.tickets = 4000;
        o.articles = 60; // more than ships: variations too
        o.cases = 12;
        o.seed = seed;
        return o;
    }

    RecordingSink m_data;
    qint64 m_rows = 0;
    qint64 m_violations = 0;
    const QDate m_today {2026, 11, 27};
    QDateTime m_now;

private Q_SLOTS:
    void initTestCase()
    {
        DemoGenerator generator(small());
        m_rows = generator.run(m_data);
        m_violations = generator.workflowViolations();
        m_now = DemoOptions::defaultNow();
        QVERIFY(m_now.isValid());
    }

    void sameSeedSameData()
    {
        RecordingSink again;
        DemoGenerator generator(small());
        QCOMPARE(generator.run(again), m_rows);
        QCOMPARE(again.digest(), m_data.digest());
        QCOMPARE(again.tickets.size(), m_data.tickets.size());
    }

    void otherSeedOtherData()
    {
        RecordingSink other;
        DemoGenerator generator(small(8));
        generator.run(other);
        QVERIFY(other.digest() != m_data.digest());
        QVERIFY(other.customers.first().name != m_data.customers.first().name
            || other.customers.first().idNumber != m_data.customers.first().idNumber);
    }

    // Each part draws from its own stream: more tickets leave the customers alone.
    void partsAreIndependent()
    {
        DemoOptions o = small();
        o.tickets = 500;
        RecordingSink fewer;
        DemoGenerator(o).run(fewer);
        QCOMPARE(fewer.customers.size(), m_data.customers.size());
        for (qsizetype i = 0; i < fewer.customers.size(); ++i)
            QCOMPARE(fewer.customers[i].id, m_data.customers[i].id);
        QCOMPARE(fewer.articles.last().id, m_data.articles.last().id);
    }

    void everyRecordPassesTheWireCodec()
    {
        QVERIFY2(m_data.decodeErrors.isEmpty(), qPrintable(m_data.decodeErrors.join(u"; ")));
        QCOMPARE(m_violations, 0);
    }

    void organisation()
    {
        QCOMPARE(m_data.teams.size(), 4);
        QSet<Role> roles;
        QString teamOne;
        for (const Team &t : std::as_const(m_data.teams))
            if (t.name == QStringLiteral("客服一组"))
                teamOne = t.id;
        QVERIFY(!teamOne.isEmpty());
        bool currentIsAgentOfTeamOne = false;
        for (const User &u : std::as_const(m_data.users)) {
            roles.insert(u.role);
            if (u.id == m_data.currentUserId)
                currentIsAgentOfTeamOne = u.role == Role::Agent && u.teamId == teamOne;
        }
        QCOMPARE(roles.size(), 4);
        QVERIFY(currentIsAgentOfTeamOne);
    }

    void customers()
    {
        QCOMPARE(m_data.customers.size(), 400);
        static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
        QSet<QString> numbers;
        int residents = 0, professional = 0, expired = 0, expiringSoon = 0, withEmail = 0;
        for (const Customer &c : std::as_const(m_data.customers)) {
            QVERIFY2(mobile.match(c.mobile).hasMatch(), "mobile format");
            if (c.idType == IdType::ResidentId) {
                ++residents;
                QVERIFY2(ChineseId::isValid(c.idNumber, m_today), "resident ID");
            }
            QString pinyin, initials;
            QVERIFY(NameGenerator::spell(c.name, &pinyin, &initials));
            QCOMPARE(c.pinyin, pinyin);
            QCOMPARE(c.initials, initials);
            QVERIFY(!numbers.contains(c.customerNo));
            numbers.insert(c.customerNo);
            QVERIFY(!c.branch.isEmpty() && !c.accountManager.isEmpty());
            professional += c.investorType == InvestorType::Professional;
            const auto status = Suitability::assessmentStatus(c.assessmentExpires, m_today);
            expired += status == Suitability::AssessmentStatus::Expired;
            expiringSoon += status == Suitability::AssessmentStatus::ExpiringSoon;
            withEmail += !c.email.isEmpty();
        }
        QVERIFY(residents > 360);
        QVERIFY(professional >= 2 && professional <= 30);
        QVERIFY(expired > 5 && expiringSoon > 2);
        QVERIFY(withEmail > 80 && withEmail < 240);
    }

    void accountsAndMarginLines()
    {
        QHash<QString, QList<Account>> byCustomer;
        for (const Account &a : std::as_const(m_data.accounts))
            byCustomer[a.customerId].append(a);
        QSet<QString> numbers;
        int margin = 0;
        QSet<AccountKind> kinds;
        QSet<QString> marginCalls, marginWarnings;
        for (const RiskAlert &r : std::as_const(m_data.alerts)) {
            if (r.kind == RiskAlertKind::MarginCall)
                marginCalls.insert(r.accountId);
            if (r.kind == RiskAlertKind::MarginWarning)
                marginWarnings.insert(r.accountId);
        }
        int belowCloseOut = 0, belowWarning = 0;
        for (const Customer &c : std::as_const(m_data.customers)) {
            const auto accounts = byCustomer.value(c.id);
            QVERIFY(std::any_of(accounts.begin(), accounts.end(),
                [](const Account &a) { return a.kind == AccountKind::Cash; }));
            for (const Account &a : accounts) {
                kinds.insert(a.kind);
                QVERIFY(!numbers.contains(a.number));
                numbers.insert(a.number);
                if (a.kind != AccountKind::Margin)
                    continue;
                ++margin;
                if (a.maintenanceRatio > 0 && a.maintenanceRatio < PortfolioGenerator::CloseOutLine) {
                    ++belowCloseOut;
                    QVERIFY(a.topUpDeadline > m_today);
                    QVERIFY(marginCalls.contains(a.id));
                } else if (a.maintenanceRatio > 0 && a.maintenanceRatio < PortfolioGenerator::WarningLine) {
                    ++belowWarning;
                    QVERIFY(marginWarnings.contains(a.id));
                    QVERIFY(!a.topUpDeadline.isValid());
                } else {
                    QVERIFY(!marginCalls.contains(a.id) && !marginWarnings.contains(a.id));
                }
                if (a.maintenanceRatio > 0)
                    QVERIFY(qAbs(double(a.assetsFen) / double(a.liabilitiesFen) - a.maintenanceRatio) < 0.01);
            }
        }
        QCOMPARE(kinds.size(), 5);
        QVERIFY2(margin > 30 && margin < 100, "about 15 % have a margin account");
        QVERIFY(belowCloseOut + belowWarning > 0);
    }

    void holdingsAndSuitabilityAlerts()
    {
        QHash<QString, Customer> customers;
        for (const Customer &c : std::as_const(m_data.customers))
            customers.insert(c.id, c);
        QMultiHash<QString, QString> mismatchAlerts; // account → text
        for (const RiskAlert &r : std::as_const(m_data.alerts))
            if (r.kind == RiskAlertKind::SuitabilityMismatch)
                mismatchAlerts.insert(r.accountId, r.text);
        int unsuitable = 0;
        for (const Holding &h : std::as_const(m_data.holdings)) {
            const Customer c = customers.value(h.customerId);
            QVERIFY(!c.id.isEmpty());
            QVERIFY(h.quantity > 0 && h.marketValueFen > 0);
            if (Suitability::match(c.investorType, c.riskClass, h.productRisk).outcome
                != Suitability::Outcome::Matched) {
                ++unsuitable;
                const QStringList texts = mismatchAlerts.values(h.accountId);
                QVERIFY(std::any_of(
                    texts.begin(), texts.end(), [&](const QString &t) { return t.contains(h.productCode); }));
            }
        }
        QVERIFY(unsuitable > 0);
        QVERIFY2(unsuitable * 10 < m_data.holdings.size(), "most holdings suit their holder");
        QSet<RiskAlertKind> kinds;
        for (const RiskAlert &r : std::as_const(m_data.alerts))
            kinds.insert(r.kind);
        QVERIFY(kinds.contains(RiskAlertKind::AssessmentExpired));
        QVERIFY(kinds.contains(RiskAlertKind::StDelistingRisk)
            || kinds.contains(RiskAlertKind::SuitabilityMismatch));
    }

    void ticketsCoverEveryKindAndChannel()
    {
        QCOMPARE(m_data.tickets.size(), 4000);
        QSet<TicketKind> kinds;
        QSet<Channel> channels;
        QSet<TicketState> states;
        QSet<TicketCategory> categories;
        QSet<QString> numbers;
        static const QRegularExpression number(QStringLiteral("^T\\d{14}$"));
        for (const Ticket &t : std::as_const(m_data.tickets)) {
            kinds.insert(t.kind);
            channels.insert(t.source);
            states.insert(t.state);
            categories.insert(t.category);
            QVERIFY(number.match(t.number).hasMatch());
            QVERIFY(!numbers.contains(t.number));
            numbers.insert(t.number);
            QVERIFY(t.createdAt <= m_now);
            QVERIFY(t.replyDue > t.createdAt);
            QCOMPARE(t.acceptDue.isValid(), t.kind == TicketKind::Complaint);
            QCOMPARE(t.externalDue.isValid(), t.source == Channel::Transfer12386);
            QVERIFY(!t.teamId.isEmpty());
            if (t.state == TicketState::Closed) {
                QVERIFY(t.resolution.has_value());
                QVERIFY(t.closedAt.isValid() && t.closedAt <= m_now);
                if (t.kind == TicketKind::Complaint)
                    QVERIFY(t.followUp.has_value());
                QVERIFY(t.satisfaction >= 0 && t.satisfaction <= 5);
            } else {
                QVERIFY(!t.resolution.has_value());
                QVERIFY(!t.closedAt.isValid());
            }
        }
        QCOMPARE(kinds.size(), 5);
        QCOMPARE(channels.size(), 5);
        QVERIFY(categories.size() >= 14);
        QVERIFY(states.size() >= 5);
        QVERIFY(states.contains(TicketState::Closed) && states.contains(TicketState::Processing));
    }

    // Replays every history through TicketWorkflow: each transition must be allowed for
    // its author at its time, and the walk must end where the ticket stands.
    void historiesAreLegalPaths()
    {
        QHash<QString, Actor> actors;
        for (const User &u : std::as_const(m_data.users))
            actors.insert(u.id, Actor {u.id, u.role, u.teamId});
        QHash<QString, QList<TicketEvent>> events;
        for (const TicketEvent &e : std::as_const(m_data.events))
            events[e.ticketId].append(e);

        int breached = 0;
        for (const Ticket &t : std::as_const(m_data.tickets)) {
            Ticket replay = t;
            replay.state = TicketState::New;
            replay.assigneeId.clear();
            replay.closedAt = {};
            replay.firstResponseAt = {};
            replay.resolution.reset();
            replay.followUp.reset();
            QString lastReply;
            QDateTime previous = t.createdAt.addSecs(-3600);
            for (const TicketEvent &e : events.value(t.id)) {
                QVERIFY(e.createdAt >= previous);
                QVERIFY(e.createdAt <= m_now);
                previous = e.createdAt;
                switch (e.kind) {
                case EventKind::Assignment:
                    QVERIFY(!e.assigneeId.isEmpty());
                    replay.assigneeId = e.assigneeId;
                    break;
                case EventKind::Reply:
                    QVERIFY(!e.body.isEmpty());
                    lastReply = e.body;
                    break;
                case EventKind::Sla:
                    breached
                        += e.extra.value(QStringLiteral("sla")).toString() == QLatin1String("reply_breached");
                    break;
                case EventKind::Transition: {
                    QVERIFY(e.fromState.has_value() && e.toState.has_value());
                    QCOMPARE(*e.fromState, replay.state);
                    TransitionRequest request;
                    request.to = *e.toState;
                    request.replyText = lastReply;
                    request.reason = e.extra.value(QStringLiteral("reason")).toString();
                    request.resolution
                        = enumFromKey<ResolutionCode>(e.extra.value(QStringLiteral("resolution")).toString());
                    request.followUp
                        = enumFromKey<FollowUpResult>(e.extra.value(QStringLiteral("follow_up")).toString());
                    request.mediationBody = enumFromKey<MediationBody>(
                        e.extra.value(QStringLiteral("mediation_body")).toString());
                    QVERIFY(actors.contains(e.authorId));
                    const auto check
                        = TicketWorkflow::apply(replay, request, actors.value(e.authorId), e.createdAt);
                    QVERIFY2(check.allowed, qPrintable(t.number + u": " + check.reason));
                    if (request.to == TicketState::Replied)
                        lastReply.clear();
                    break;
                }
                default:
                    break;
                }
            }
            QCOMPARE(replay.state, t.state);
            QCOMPARE(replay.assigneeId, t.assigneeId);
            QCOMPARE(replay.resolution, t.resolution);
        }
        QVERIFY2(breached > 0, "some tickets breach their reply deadline");
    }

    void incidentsGatherLinkedTickets()
    {
        QHash<QString, int> children;
        QHash<QString, Ticket> byId;
        for (const Ticket &t : std::as_const(m_data.tickets)) {
            byId.insert(t.id, t);
            if (!t.parentId.isEmpty())
                ++children[t.parentId];
        }
        QCOMPARE(children.size(), 3);
        for (auto it = children.cbegin(); it != children.cend(); ++it) {
            const Ticket parent = byId.value(it.key());
            QCOMPARE(parent.category, TicketCategory::SystemOutage);
            QVERIFY(parent.parentId.isEmpty());
            QVERIFY(it.value() >= 10);
        }
        for (const Ticket &t : std::as_const(m_data.tickets))
            if (!t.parentId.isEmpty())
                QVERIFY(t.createdAt > byId.value(t.parentId).createdAt);
    }

    void knowledgeBase()
    {
        QCOMPARE(m_data.articles.size(), 60);
        QCOMPARE(m_data.categories.size(), SeedContent::categoryNames().size());
        QHash<QString, int> revisions;
        for (const ArticleRevision &r : std::as_const(m_data.revisions))
            ++revisions[r.articleId];
        QSet<QString> titles;
        int expired = 0;
        for (const Article &a : std::as_const(m_data.articles)) {
            QCOMPARE(revisions.value(a.id), a.revision);
            QVERIFY(a.revision >= 1 && a.revision <= 3);
            QVERIFY(!titles.contains(a.title));
            titles.insert(a.title);
            if (a.status == ArticleStatus::Published) {
                QVERIFY(!a.signedOffBy.isEmpty());
                QVERIFY(a.effectiveFrom.isValid());
            }
            expired += a.expiresOn.isValid() && a.expiresOn < m_today;
        }
        QVERIFY(expired >= 1 && expired <= 2);
        QCOMPARE(m_data.cases.size(), SeedContent::cases().isEmpty() ? 0 : 12);
        QCOMPARE(m_data.canned.size(), 12);
        for (const CannedReply &r : std::as_const(m_data.canned))
            QVERIFY(r.body.contains(u"{customer_name}"));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
