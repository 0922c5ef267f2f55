// Customer360 and what hangs off it, over a real store: the search model's kinds and
// masking, the 360's accounts, holdings (every class against every product risk), risk
// alerts stored and detected, history and open tickets; PiiReveal with its audit entry in
// the outbox and its time limit; CustomerDesk's call log, contact note, acknowledgement,
// outreach ticket with the suggested article, and registration of a new caller.

#include "core/chineseid.h"
#include "core/wirecodec.h"
#include "customerfixture.h"
#include "models/accountlistmodel.h"
#include "models/customer360.h"
#include "models/customerdesk.h"
#include "models/customersearchmodel.h"
#include "models/customerticketsmodel.h"
#include "models/customertimelinemodel.h"
#include "models/holdinglistmodel.h"
#include "models/piireveal.h"
#include "models/riskalertlistmodel.h"
#include "store/auditrepository.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/interactionrepository.h"
#include "store/outbox.h"
#include "store/remoteapplier.h"
#include "store/riskalertrepository.h"
#include "store/ticketeventrepository.h"
#include "store/ticketrepository.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

class TestCustomer360 : public QObject, public CustomerFixture
{
    Q_OBJECT

private:
    QList<OutboxEntry> outbox() { return Outbox(*m_db).pending(1000); }

    std::unique_ptr<Customer360> open(const Actor &actor)
    {
        auto view = std::make_unique<Customer360>(*m_db, actor);
        view->setClock([this] { return m_clock; });
        if (!view->open(m_customer.id))
            return nullptr;
        return view;
    }

private Q_SLOTS:
    void init() { seed(); }

    void searchRecognisesKindsAndMasks()
    {
        CustomerSearchModel model(*m_db, Role::Agent);
        QAbstractItemModelTester tester(&model);
        QSignalSpy searched(&model, &CustomerSearchModel::searched);
        model.search(QStringLiteral("5678"));
        QCOMPARE(searched.size(), 1);
        QCOMPARE(model.lookup().kind(), CustomerLookup::Kind::MobileTail);
        QCOMPARE(model.rowCount(), 2); // namesakes sharing the last four digits
        model.search(QStringLiteral("138 1234 5678"));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex hit = model.index(0);
        QCOMPARE(hit.data(CustomerSearchModel::CustomerIdRole).toString(), m_customer.id);
        QCOMPARE(hit.data(Qt::DisplayRole).toString(), QStringLiteral("张三"));
        const QString detail = hit.data(CustomerSearchModel::DetailRole).toString();
        QVERIFY2(detail.contains(QStringLiteral("138****5678")), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("110***********002X")));
        QVERIFY(!detail.contains(QStringLiteral("13812345678")));
        QCOMPARE(hit.data(CustomerSearchModel::OpenTicketsRole).toInt(), 1);
        QCOMPARE(hit.data(CustomerSearchModel::VipRole).toInt(), 3);
        model.search(QStringLiteral("zs"));
        QCOMPARE(model.rowCount(), 2);
        model.search(QStringLiteral("张三"));
        QCOMPARE(model.rowCount(), 2);
        model.search(QStringLiteral("200000000017"));
        QCOMPARE(model.customerId(0), m_customer.id);
        model.search(QStringLiteral("'; DROP TABLE customers; --"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.lookup().kind(), CustomerLookup::Kind::Unrecognised);
        // Trainers see names masked too.
        model.setViewerRole(Role::Trainer);
        model.search(QStringLiteral("13812345678"));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("张*"));
    }

    void the360ShowsProfileAccountsAndMargin()
    {
        const auto view = open(agent());
        QVERIFY(view);
        QAbstractItemModelTester accounts(view->accounts());
        QAbstractItemModelTester holdings(view->holdings());
        QAbstractItemModelTester alerts(view->alerts());
        QAbstractItemModelTester timeline(view->timeline());
        QAbstractItemModelTester tickets(view->openTickets());
        QCOMPARE(view->display(PiiField::Mobile), QStringLiteral("138****5678"));
        QCOMPARE(view->display(PiiField::Name), QStringLiteral("张三"));
        QCOMPARE(view->assessmentStatus(), Suitability::AssessmentStatus::ExpiringSoon);
        QCOMPARE(view->assessmentDaysLeft(), 13);

        AccountListModel *a = view->accounts();
        QCOMPARE(a->rowCount(), 2);
        QCOMPARE(a->index(0, AccountListModel::KindColumn).data().toString(), enumLabel(AccountKind::Cash));
        QCOMPARE(
            a->index(0, AccountListModel::NumberColumn).data().toString(), QStringLiteral("1000****0017"));
        const QModelIndex ratio = a->index(1, AccountListModel::RatioColumn);
        QCOMPARE(ratio.data(AccountListModel::ZoneRole).toInt(), int(MarginLines::Zone::CloseOut));
        QCOMPARE(ratio.data().toString(), QLocale().toString(125.0, 'f', 2) + QLatin1Char('%'));
        QCOMPARE(a->index(1, AccountListModel::ZoneColumn).data().toString(),
            MarginLines::zoneLabel(MarginLines::Zone::CloseOut));
        QVERIFY(a->marginAccount());
        QCOMPARE(a->marginAccount()->id, m_margin.id);
    }

    void holdingsFlaggedForEveryClass_data()
    {
        QTest::addColumn<RiskClass>("riskClass");
        QTest::addColumn<InvestorType>("type");
        for (RiskClass c : enumValues<RiskClass>()) {
            QTest::addRow("ordinary %s", qPrintable(enumKey(c))) << c << InvestorType::Ordinary;
            QTest::addRow("professional %s", qPrintable(enumKey(c))) << c << InvestorType::Professional;
        }
    }

    void holdingsFlaggedForEveryClass()
    {
        QFETCH(RiskClass, riskClass);
        QFETCH(InvestorType, type);
        m_customer.riskClass = riskClass;
        m_customer.investorType = type;
        m_customer.rev = 2;
        apply(QList<Customer> {m_customer});
        const auto view = open(agent());
        HoldingListModel *h = view->holdings();
        QCOMPARE(h->rowCount(), 5);
        int flagged = 0;
        for (int row = 0; row < h->rowCount(); ++row) {
            const QModelIndex risk = h->index(row, HoldingListModel::RiskColumn);
            ProductRisk productRisk = ProductRisk::R1;
            for (ProductRisk r : enumValues<ProductRisk>())
                if (risk.data().toString() == enumLabel(r))
                    productRisk = r;
            const Suitability::Result expected = Suitability::match(type, riskClass, productRisk);
            QCOMPARE(risk.data(HoldingListModel::OutcomeRole).toInt(), int(expected.outcome));
            const bool above = expected.outcome != Suitability::Outcome::Matched;
            QCOMPARE(risk.data(HoldingListModel::AboveMatchRole).toBool(), above);
            // The required text: the 特别风险警示书 for an ordinary investor, the refusal
            // for the lowest category.
            QCOMPARE(risk.data(HoldingListModel::WarningTextRole).toString(), expected.text);
            if (above) {
                QVERIFY(!expected.text.isEmpty());
                QVERIFY(flagged == row); // flagged holdings lead the list
                ++flagged;
            }
        }
        QCOMPARE(h->aboveMatchCount(), flagged);
        // Each flagged holding is a suitability alert, unless one is stored for it.
        int suitabilityAlerts = 0;
        for (int row = 0; row < view->alerts()->rowCount(); ++row)
            if (view->alerts()->row(row)->alert.kind == RiskAlertKind::SuitabilityMismatch) {
                QVERIFY(view->alerts()->row(row)->detected);
                ++suitabilityAlerts;
            }
        QCOMPARE(suitabilityAlerts, flagged);
    }

    void alertsHistoryAndOpenTickets()
    {
        const auto view = open(agent());
        RiskAlertListModel *alerts = view->alerts();
        // The stored margin call covers the detected one: it is listed once, first.
        QCOMPARE(alerts->row(0)->alert.kind, RiskAlertKind::MarginCall);
        QVERIFY(!alerts->row(0)->detected);
        int calls = 0;
        bool st = false;
        for (int row = 0; row < alerts->rowCount(); ++row) {
            calls += alerts->row(row)->alert.kind == RiskAlertKind::MarginCall;
            st = st || alerts->row(row)->alert.kind == RiskAlertKind::StDelistingRisk;
        }
        QCOMPARE(calls, 1);
        QVERIFY(st);

        CustomerTimelineModel *timeline = view->timeline();
        // Call yesterday, ticket opened a week ago, reply 45 days ago, survey 40 days ago,
        // closed ticket opened 50 days ago: newest first.
        QCOMPARE(timeline->rowCount(), 5);
        QCOMPARE(timeline->entry(0)->kind, CustomerTimelineModel::EntryKind::Contact);
        QCOMPARE(timeline->entry(1)->kind, CustomerTimelineModel::EntryKind::TicketOpened);
        QCOMPARE(timeline->entry(2)->kind, CustomerTimelineModel::EntryKind::Survey);
        QCOMPARE(timeline->entry(3)->kind, CustomerTimelineModel::EntryKind::Reply);
        QCOMPARE(timeline->entry(4)->kind, CustomerTimelineModel::EntryKind::TicketOpened);
        QVERIFY(timeline->entry(0)->title.contains(QStringLiteral("王芳")));

        CustomerTicketsModel *tickets = view->openTickets();
        QCOMPARE(tickets->rowCount(), 1);
        QCOMPARE(tickets->index(0, CustomerTicketsModel::NumberColumn).data().toString(),
            QStringLiteral("T20261120000001"));
        QCOMPARE(tickets->index(0, CustomerTicketsModel::SlaColumn)
                     .data(CustomerTicketsModel::SlaStatusRole)
                     .toInt(),
            int(SlaStatus::Green));
        QVERIFY(!tickets->index(0, CustomerTicketsModel::SlaColumn).data().toString().isEmpty());

        // A sync that brings a new interaction shows without asking.
        QSignalSpy loaded(view.get(), &Customer360::loaded);
        Interaction later;
        later.id = Entity::newId();
        later.rev = 1;
        later.customerId = m_customer.id;
        later.startedAt = s_now;
        later.summary = QStringLiteral("回访");
        apply(QList<Interaction> {later});
        QVERIFY(loaded.wait(2000));
        QCOMPARE(view->timeline()->rowCount(), 6);
    }

    void revealIsAuditedAndTimed()
    {
        const auto view = open(agent());
        PiiReveal *reveal = view->reveal();
        reveal->setDuration(30);
        QSignalSpy changed(reveal, &PiiReveal::changed);
        QString error;
        QVERIFY(!reveal->reveal(m_customer.id, PiiField::Mobile, QStringLiteral(" "), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!reveal->reveal(m_customer.id, PiiField::Password, QStringLiteral("verify"), &error));
        QVERIFY(outbox().isEmpty());

        QVERIFY2(reveal->reveal(m_customer.id, PiiField::Mobile, QStringLiteral("核实来电身份"), &error),
            qPrintable(error));
        QCOMPARE(view->display(PiiField::Mobile), QStringLiteral("13812345678"));
        QCOMPARE(view->display(PiiField::IdNumber), QStringLiteral("110***********002X"));
        QCOMPARE(reveal->secondsLeft(m_customer.id, PiiField::Mobile), 30);
        const QList<OutboxEntry> queued = outbox();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().mutation.entity, EntityType::AuditEntry);
        const QJsonObject fields = queued.first().mutation.fields;
        QCOMPARE(fields.value(u"action").toString(), QStringLiteral("reveal_pii"));
        QCOMPARE(fields.value(u"entity_id").toString(), m_customer.id);
        QCOMPARE(fields.value(u"reason").toString(), QStringLiteral("核实来电身份"));
        QCOMPARE(fields.value(u"user_id").toString(), m_agent.id);
        // The entry names the field, never its value.
        QVERIFY(!QJsonDocument(fields).toJson().contains("13812345678"));
        QCOMPARE(fields.value(u"detail").toObject().value(u"field").toString(), QStringLiteral("mobile"));

        // Time passes: masked again.
        m_clock = s_now.addSecs(31);
        QTRY_VERIFY_WITH_TIMEOUT(!reveal->isRevealed(m_customer.id, PiiField::Mobile), 100);
        QCOMPARE(view->display(PiiField::Mobile), QStringLiteral("138****5678"));
        // Opening another customer masks everything at once.
        m_clock = s_now;
        QVERIFY(reveal->reveal(m_customer.id, PiiField::IdNumber, QStringLiteral("办理业务"), &error));
        view->close();
        QVERIFY(!reveal->isRevealed(m_customer.id, PiiField::IdNumber));
        QVERIFY(changed.size() >= 3);
    }

    // Without a test clock: the reveal really runs out, and says so.
    void revealRunsOutOnItsOwn()
    {
        PiiReveal reveal(*m_db, agent());
        reveal.setDuration(1);
        QSignalSpy changed(&reveal, &PiiReveal::changed);
        QVERIFY(reveal.reveal(m_customer.id, PiiField::Mobile, QStringLiteral("核实来电身份")));
        QVERIFY(reveal.isRevealed(m_customer.id, PiiField::Mobile));
        changed.clear();
        QVERIFY(changed.wait(3000));
        QVERIFY(!reveal.isRevealed(m_customer.id, PiiField::Mobile));
        QCOMPARE(reveal.display(m_customer.id, PiiField::Mobile, m_customer.mobile),
            QStringLiteral("138****5678"));
    }

    // The top-up deadline counts from the day of the stored margin call: it arrives and passes.
    void topUpDeadlineFromTheCall_data()
    {
        QTest::addColumn<QDate>("called");
        QTest::addColumn<QDate>("deadline");
        QTest::addColumn<int>("left");
        QTest::newRow("called today") << QDate(2026, 11, 27) << QDate(2026, 12, 1) << 2;
        QTest::newRow("called Wednesday: today is the last day")
            << QDate(2026, 11, 25) << QDate(2026, 11, 27) << 0;
        QTest::newRow("called Tuesday: passed") << QDate(2026, 11, 24) << QDate(2026, 11, 26) << -1;
    }

    void topUpDeadlineFromTheCall()
    {
        QFETCH(QDate, called);
        QFETCH(QDate, deadline);
        QFETCH(int, left);
        RiskAlert call = *RiskAlertRepository(*m_db).forCustomer(m_customer.id).cbegin();
        call.rev += 1;
        call.raisedAt = QDateTime(called, QTime(10, 0), QTimeZone(8 * 3600));
        apply(QList<RiskAlert> {call});
        const auto view = open(agent());
        const AccountListModel *accounts = view->accounts();
        QCOMPARE(accounts->deadline(*accounts->marginAccount()), deadline);
        const QModelIndex margin = accounts->index(1, AccountListModel::RatioColumn);
        QCOMPARE(margin.data(AccountListModel::TradingDaysLeftRole).toInt(), left);
        QVERIFY(!accounts->index(0, 0).data(AccountListModel::TradingDaysLeftRole).isValid());
    }

    void trainersNeverReveal()
    {
        const auto view = open(trainer());
        QCOMPARE(view->display(PiiField::Name), QStringLiteral("张*"));
        QString error;
        QVERIFY(!view->reveal()->reveal(m_customer.id, PiiField::Mobile, QStringLiteral("培训案例"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(view->display(PiiField::Mobile), QStringLiteral("138****5678"));
        QVERIFY(outbox().isEmpty());
    }

    void acknowledgeAndOutreach()
    {
        const auto view = open(agent());
        CustomerDesk desk(*m_db, agent());
        desk.setClock([] { return s_now; });
        // The stored margin call.
        const RiskAlertListModel::Row call = *view->alerts()->row(0);
        QVERIFY(desk.acknowledge(m_customer.id, call));
        const RiskAlert stored = *RiskAlertRepository(*m_db).get(call.alert.id);
        QCOMPARE(stored.state, AlertState::Acknowledged);
        QCOMPARE(stored.acknowledgedBy, m_agent.id);
        QCOMPARE(stored.acknowledgedAt, s_now);
        QVERIFY(!desk.acknowledge(m_customer.id, RiskAlertListModel::Row {stored, false, {}}));

        // A detected finding: outreach creates the ticket, the alert (acknowledged) and a
        // note naming the suggested article, in one go.
        view->reload();
        int detected = -1;
        for (int row = 0; row < view->alerts()->rowCount(); ++row)
            if (view->alerts()->row(row)->detected
                && view->alerts()->row(row)->alert.kind == RiskAlertKind::SuitabilityMismatch)
                detected = row;
        QVERIFY(detected >= 0);
        const RiskAlertListModel::Row finding = *view->alerts()->row(detected);
        const CustomerDesk::Result outreach = desk.createOutreachTicket(m_customer.id, finding);
        QVERIFY2(outreach, qPrintable(outreach.error));
        const Ticket ticket = *TicketRepository(*m_db).get(outreach.id);
        QCOMPARE(ticket.customerId, m_customer.id);
        QCOMPARE(ticket.assigneeId, m_agent.id);
        QCOMPARE(ticket.category, TicketCategory::Suitability);
        QCOMPARE(ticket.priority, Priority::High);
        bool noted = false;
        for (const TicketEvent &e : TicketEventRepository(*m_db).forTicket(ticket.id))
            noted = noted || (e.kind == EventKind::Note && e.body.contains(finding.alert.text));
        QVERIFY(noted);
        QList<RiskAlert> alerts = RiskAlertRepository(*m_db).forCustomer(m_customer.id);
        QCOMPARE(alerts.size(), 2);
        view->reload();
        // The recorded alert now covers the finding.
        for (int row = 0; row < view->alerts()->rowCount(); ++row) {
            const auto *r = view->alerts()->row(row);
            if (r->alert.kind == RiskAlertKind::SuitabilityMismatch && r->alert.text == finding.alert.text)
                QVERIFY(!r->detected);
        }

        // The margin education article is suggested for margin alerts, the tag order
        // choosing it over the plain margin article.
        const std::optional<Article> article = desk.suggestedArticle(RiskAlertKind::MarginCall);
        QVERIFY(article);
        QCOMPARE(article->title, QStringLiteral("投资者教育：融资融券主要风险"));
        QVERIFY(!desk.suggestedArticle(RiskAlertKind::AbnormalTrading));

        // Trainers do not act on alerts.
        CustomerDesk trainerDesk(*m_db, trainer());
        QVERIFY(!trainerDesk.acknowledge(m_customer.id, finding));
        QVERIFY(!trainerDesk.createOutreachTicket(m_customer.id, finding));
    }

    void callsNotesAndNewCustomers()
    {
        CustomerDesk desk(*m_db, agent());
        desk.setClock([] { return s_now; });
        QCOMPARE(desk.callers(QStringLiteral("13812345678")).size(), 1);
        const QDateTime rang = s_now.addSecs(-20);
        const CustomerDesk::Result call = desk.logCall(m_customer.id, rang);
        QVERIFY2(call, qPrintable(call.error));
        const Interaction logged = *InteractionRepository(*m_db).get(call.id);
        QCOMPARE(logged.startedAt, rang);
        QCOMPARE(logged.channel, Channel::Phone);
        QCOMPARE(logged.direction, Direction::Inbound);
        QCOMPARE(logged.agentId, m_agent.id);
        QVERIFY(!desk.logCall(Entity::newId(), rang));
        // The agent completes the call's record; nobody else does.
        QVERIFY(!desk.completeCall(call.id, QStringLiteral("  "), 60));
        const CustomerDesk::Result done = desk.completeCall(call.id, QStringLiteral("咨询追保"), 95);
        QVERIFY2(done, qPrintable(done.error));
        QCOMPARE(InteractionRepository(*m_db).get(call.id)->summary, QStringLiteral("咨询追保"));
        QCOMPARE(InteractionRepository(*m_db).get(call.id)->durationSeconds, 95);
        User colleague = user(QStringLiteral("李明"), Role::Agent);
        apply(QList<User> {colleague});
        QVERIFY(!CustomerDesk(*m_db, {colleague.id, Role::Agent, m_team})
                     .completeCall(call.id, QStringLiteral("x"), 1));

        QVERIFY(!desk.addNote(m_customer.id, Channel::Phone, Direction::Outbound, QStringLiteral("  ")));
        QVERIFY(!desk.addNote(
            m_customer.id, Channel::Phone, Direction::Outbound, QString(5000, QLatin1Char('x'))));
        QVERIFY(!desk.addNote(
            m_customer.id, Channel::Phone, Direction::Outbound, QStringLiteral("x"), 0, Entity::newId()));
        const CustomerDesk::Result note = desk.addNote(
            m_customer.id, Channel::Branch, Direction::Inbound, QStringLiteral("到营业部咨询销户"), 600);
        QVERIFY2(note, qPrintable(note.error));
        QCOMPARE(InteractionRepository(*m_db).get(note.id)->durationSeconds, 600);

        // A new caller: the ID number is checked, pinyin spelled.
        QVERIFY(!desk.createCustomer(QStringLiteral("李雷"), QStringLiteral("13700001111"),
            IdType::ResidentId, QStringLiteral("110105194912310021"), QString()));
        QVERIFY(!desk.createCustomer(QStringLiteral("李雷"), QStringLiteral("13700001111"),
            IdType::ResidentId, m_customer.idNumber, QString()));
        const QString first17 = QStringLiteral("11010119800101001");
        const CustomerDesk::Result created
            = desk.createCustomer(QStringLiteral("李雷"), QStringLiteral("13700001111"), IdType::ResidentId,
                first17 + ChineseId::checkDigit(first17), QStringLiteral("北京营业部"));
        QVERIFY2(created, qPrintable(created.error));
        // The mobile as a softphone hands it over is stored as the 11 digits.
        const QString first17b = QStringLiteral("11010119800101002");
        const CustomerDesk::Result plus
            = desk.createCustomer(QStringLiteral("韩梅梅"), QStringLiteral("+86 137-0000-2222"),
                IdType::ResidentId, first17b + ChineseId::checkDigit(first17b), QString());
        QVERIFY2(plus, qPrintable(plus.error));
        QCOMPARE(CustomerRepository(*m_db).get(plus.id)->mobile, QStringLiteral("13700002222"));
        CustomerSearchModel search(*m_db, Role::Agent);
        search.search(QStringLiteral("lilei"));
        QCOMPARE(search.rowCount(), 1);
        search.search(QStringLiteral("ll"));
        QCOMPARE(search.rowCount(), 1);
        search.search(QStringLiteral("1111"));
        QCOMPARE(search.rowCount(), 1);
        QCOMPARE(search.index(0).data().toString(), QStringLiteral("李雷"));
    }
};

QTEST_GUILESS_MAIN(TestCustomer360)
#include "tst_customer360.moc"
