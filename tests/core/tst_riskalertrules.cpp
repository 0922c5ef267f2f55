// RiskAlertRules: alerts raised exactly at the configured margin lines, suitability for
// every class and product risk, expired assessments, ST holdings and concentration.

#include "core/riskalertrules.h"
#include "core/suitability.h"

#include <QTimeZone>
#include <QtTest>

namespace {

const QDate s_today(2026, 11, 27); // a Friday

Customer customer(RiskClass riskClass, InvestorType type = InvestorType::Ordinary)
{
    Customer c;
    c.id = QStringLiteral("c1");
    c.riskClass = riskClass;
    c.investorType = type;
    c.assessedOn = QDate(2026, 1, 5);
    c.assessmentExpires = QDate(2028, 1, 5);
    return c;
}

Account margin(double ratio, QDate deadline = {})
{
    Account a;
    a.id = QStringLiteral("m1");
    a.kind = AccountKind::Margin;
    a.maintenanceRatio = ratio;
    a.topUpDeadline = deadline;
    return a;
}

Holding holding(
    const QString &code, ProductRisk risk, qint64 valueFen, const QString &name = QStringLiteral("X"))
{
    Holding h;
    h.id = code;
    h.accountId = QStringLiteral("a1");
    h.productCode = code;
    h.productName = name;
    h.productRisk = risk;
    h.marketValueFen = valueFen;
    return h;
}

QList<RiskAlertKind> kinds(const QList<RiskAlertRules::Finding> &findings)
{
    QList<RiskAlertKind> out;
    for (const auto &f : findings)
        out.append(f.kind);
    return out;
}

} // namespace

class TestRiskAlertRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marginAtTheLines_data()
    {
        QTest::addColumn<double>("warning");
        QTest::addColumn<double>("closeOut");
        QTest::addColumn<double>("ratio");
        QTest::addColumn<int>("expected"); // -1 none, else RiskAlertKind
        const int none = -1;
        const int warn = int(RiskAlertKind::MarginWarning);
        const int call = int(RiskAlertKind::MarginCall);
        // The firm's defaults: 140 % and 130 %.
        QTest::newRow("default 140.00 exactly") << 1.40 << 1.30 << 1.40 << none;
        QTest::newRow("default 139.99") << 1.40 << 1.30 << 1.3999 << warn;
        QTest::newRow("default 130.00 exactly") << 1.40 << 1.30 << 1.30 << warn;
        QTest::newRow("default 129.99") << 1.40 << 1.30 << 1.2999 << call;
        QTest::newRow("money rounding 1.3999999999 is 140 %") << 1.40 << 1.30 << 1.3999999999 << none;
        QTest::newRow("no debt") << 1.40 << 1.30 << 0.0 << none;
        // Another firm's lines: 150 % and 120 %.
        QTest::newRow("firm 150.00 exactly") << 1.50 << 1.20 << 1.50 << none;
        QTest::newRow("firm 149.99") << 1.50 << 1.20 << 1.4999 << warn;
        QTest::newRow("firm 130 is a warning there") << 1.50 << 1.20 << 1.30 << warn;
        QTest::newRow("firm 120.00 exactly") << 1.50 << 1.20 << 1.20 << warn;
        QTest::newRow("firm 119.99") << 1.50 << 1.20 << 1.1999 << call;
    }

    void marginAtTheLines()
    {
        QFETCH(double, warning);
        QFETCH(double, closeOut);
        QFETCH(double, ratio);
        QFETCH(int, expected);
        const RiskAlertRules rules(MarginLines(warning, closeOut, 3.0));
        const auto findings = rules.evaluate(customer(RiskClass::C5), {margin(ratio)}, {}, s_today);
        if (expected < 0) {
            QVERIFY(findings.isEmpty());
            return;
        }
        QCOMPARE(findings.size(), 1);
        QCOMPARE(int(findings.first().kind), expected);
        QCOMPARE(findings.first().accountId, QStringLiteral("m1"));
        QCOMPARE(findings.first().severity,
            expected == int(RiskAlertKind::MarginCall) ? Severity::Critical : Severity::Warning);
    }

    void marginCallDeadlineInTradingDays()
    {
        const RiskAlertRules rules;
        // No deadline from the back office: T+2 trading days from Friday 27 November is
        // Tuesday 1 December.
        auto f = rules.marginFinding(margin(1.2), s_today);
        QVERIFY(f);
        QCOMPARE(f->deadline, QDate(2026, 12, 1));
        QVERIFY(f->text.contains(QLocale().toString(QDate(2026, 12, 1), QLocale::ShortFormat)));
        // The back office's own deadline wins.
        f = rules.marginFinding(margin(1.2, QDate(2026, 11, 30)), s_today);
        QCOMPARE(f->deadline, QDate(2026, 11, 30));
        // A closed margin account raises nothing.
        Account closed = margin(1.1);
        closed.status = AccountStatus::Closed;
        QVERIFY(!rules.marginFinding(closed, s_today));
        // A cash account has no ratio to watch.
        Account cash = margin(1.1);
        cash.kind = AccountKind::Cash;
        QVERIFY(!rules.marginFinding(cash, s_today));
    }

    void suitabilityForEveryPair_data()
    {
        QTest::addColumn<RiskClass>("riskClass");
        QTest::addColumn<InvestorType>("type");
        QTest::addColumn<ProductRisk>("risk");
        QTest::addColumn<int>("severity"); // -1 matched
        for (RiskClass c : enumValues<RiskClass>())
            for (ProductRisk r : enumValues<ProductRisk>()) {
                int expected = -1;
                if (c == RiskClass::Lowest)
                    expected = r == ProductRisk::R1 ? -1 : int(Severity::Critical);
                else if (int(r) > int(c))
                    expected = int(Severity::Warning);
                QTest::addRow("ordinary %s %s", qPrintable(enumKey(c)), qPrintable(enumKey(r)))
                    << c << InvestorType::Ordinary << r << expected;
                // Professional investors match everything, unless in the lowest category.
                QTest::addRow("professional %s %s", qPrintable(enumKey(c)), qPrintable(enumKey(r)))
                    << c << InvestorType::Professional << r << (c == RiskClass::Lowest ? expected : -1);
            }
    }

    void suitabilityForEveryPair()
    {
        QFETCH(RiskClass, riskClass);
        QFETCH(InvestorType, type);
        QFETCH(ProductRisk, risk);
        QFETCH(int, severity);
        const auto findings = RiskAlertRules().evaluate(
            customer(riskClass, type), {}, {holding(QStringLiteral("600000"), risk, 100)}, s_today);
        if (severity < 0) {
            QVERIFY(findings.isEmpty());
            return;
        }
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().kind, RiskAlertKind::SuitabilityMismatch);
        QCOMPARE(int(findings.first().severity), severity);
        QCOMPARE(findings.first().productCode, QStringLiteral("600000"));
    }

    void assessmentStTradingAndConcentration()
    {
        Customer c = customer(RiskClass::C5);
        c.assessmentExpires = s_today.addDays(-1);
        QList<Holding> holdings {
            holding(QStringLiteral("600898"), ProductRisk::R3, 700, QStringLiteral("ST 华信达")),
            holding(QStringLiteral("000001"), ProductRisk::R3, 200),
            holding(QStringLiteral("000002"), ProductRisk::R3, 100)};
        auto found = kinds(RiskAlertRules().evaluate(c, {}, holdings, s_today));
        QVERIFY(found.contains(RiskAlertKind::AssessmentExpired));
        QVERIFY(found.contains(RiskAlertKind::StDelistingRisk));
        // 700 of 1000 is over the 60 % share.
        QVERIFY(found.contains(RiskAlertKind::Concentration));
        QVERIFY(!found.contains(RiskAlertKind::AbnormalTrading));

        // Expiring today is still valid; a 60 % share exactly is not over it; two
        // positions are too few to be "concentrated".
        c.assessmentExpires = s_today;
        holdings = {holding(QStringLiteral("1"), ProductRisk::R1, 600),
            holding(QStringLiteral("2"), ProductRisk::R1, 200),
            holding(QStringLiteral("3"), ProductRisk::R1, 200)};
        QVERIFY(RiskAlertRules().evaluate(c, {}, holdings, s_today).isEmpty());
        QVERIFY(RiskAlertRules().evaluate(c, {}, holdings.mid(0, 2), s_today).isEmpty());
        // A firm's own share.
        QCOMPARE(kinds(RiskAlertRules(MarginLines(), WorkingCalendar::builtIn(), 0.5)
                           .evaluate(c, {}, holdings, s_today)),
            QList<RiskAlertKind> {RiskAlertKind::Concentration});

        QVERIFY(RiskAlertRules::isUnderRiskWarning(QStringLiteral("*ST 恒润科")));
        QVERIFY(RiskAlertRules::isUnderRiskWarning(QStringLiteral("退市海润")));
        QVERIFY(!RiskAlertRules::isUnderRiskWarning(QStringLiteral("贵州茅台")));
    }

    // The deadline counts from the day of the call, not from today: it must be able to
    // arrive and to pass.
    void deadlineCountsFromTheCall()
    {
        const RiskAlertRules rules;
        RiskAlert call;
        call.kind = RiskAlertKind::MarginCall;
        call.accountId = QStringLiteral("m1");
        // Wednesday 25 November, 23:30 in Beijing (15:30 UTC): T+2 is Friday 27, today.
        call.raisedAt = QDateTime(QDate(2026, 11, 25), QTime(15, 30), QTimeZone::utc());
        QCOMPARE(RiskAlertRules::marginCallDate({call}, QStringLiteral("m1"), s_today), QDate(2026, 11, 25));
        auto findings = rules.evaluate(customer(RiskClass::C5), {margin(1.2)}, {}, s_today, {call});
        QCOMPARE(findings.first().deadline, s_today);
        // Raised at 00:30 Beijing on Thursday 26 (16:30 UTC on the 25th): the call is Thursday's.
        call.raisedAt = QDateTime(QDate(2026, 11, 25), QTime(16, 30), QTimeZone::utc());
        QCOMPARE(RiskAlertRules::chinaDate(call.raisedAt), QDate(2026, 11, 26));
        QCOMPARE(rules.evaluate(customer(RiskClass::C5), {margin(1.2)}, {}, s_today, {call}).first().deadline,
            QDate(2026, 11, 30));
        // A resolved call, or one on another account, does not date this breach.
        call.state = AlertState::Resolved;
        QVERIFY(!RiskAlertRules::marginCallDate({call}, QStringLiteral("m1"), s_today).isValid());
        call.state = AlertState::Open;
        QVERIFY(!RiskAlertRules::marginCallDate({call}, QStringLiteral("m2"), s_today).isValid());
        // Across the 2026 National Day holiday (1–7 October): a call on Monday 28 September
        // must be met by Wednesday 30, one on Wednesday 30 by Friday 9 October; the
        // make-up Saturday 10 October is a working day but no trading day.
        QCOMPARE(
            rules.topUpDeadline(margin(1.2), QDate(2026, 9, 28), QDate(2026, 9, 28)), QDate(2026, 9, 30));
        QCOMPARE(
            rules.topUpDeadline(margin(1.2), QDate(2026, 9, 30), QDate(2026, 9, 30)), QDate(2026, 10, 9));
        QCOMPARE(
            rules.topUpDeadline(margin(1.2), QDate(2026, 10, 9), QDate(2026, 10, 9)), QDate(2026, 10, 13));
    }

    void criticalFirst()
    {
        Customer c = customer(RiskClass::C1);
        const auto findings = RiskAlertRules().evaluate(
            c, {margin(1.35), margin(1.10)}, {holding(QStringLiteral("1"), ProductRisk::R4, 1)}, s_today);
        QCOMPARE(findings.size(), 3);
        QCOMPARE(findings.first().kind, RiskAlertKind::MarginCall);
        QCOMPARE(findings.first().severity, Severity::Critical);
    }

    void storedAlertsCoverFindings()
    {
        RiskAlertRules::Finding f;
        f.kind = RiskAlertKind::SuitabilityMismatch;
        f.accountId = QStringLiteral("a1");
        f.productCode = QStringLiteral("600898");
        RiskAlert stored;
        stored.kind = RiskAlertKind::SuitabilityMismatch;
        stored.accountId = QStringLiteral("a1");
        stored.text = QStringLiteral("持仓 ST 华信达（600898）风险等级 R5 高于…");
        stored.state = AlertState::Acknowledged;
        QVERIFY(RiskAlertRules::covers(stored, f, s_today));
        // A resolved alert is history: the finding shows again.
        stored.state = AlertState::Resolved;
        QVERIFY(!RiskAlertRules::covers(stored, f, s_today));
        stored.state = AlertState::Acknowledged;
        f.productCode = QStringLiteral("000971");
        QVERIFY(!RiskAlertRules::covers(stored, f, s_today));
        f.productCode.clear();
        f.accountId = QStringLiteral("a2");
        QVERIFY(!RiskAlertRules::covers(stored, f, s_today));

        // A margin alert stands for the current breach only while it is recent.
        RiskAlert call;
        call.kind = RiskAlertKind::MarginCall;
        call.accountId = QStringLiteral("m1");
        call.state = AlertState::Acknowledged;
        call.raisedAt
            = QDateTime(s_today.addDays(-RiskAlertRules::MarginAlertDays), QTime(10, 0), QTimeZone(8 * 3600));
        RiskAlertRules::Finding breach;
        breach.kind = RiskAlertKind::MarginCall;
        breach.accountId = QStringLiteral("m1");
        QVERIFY(RiskAlertRules::covers(call, breach, s_today));
        call.raisedAt = call.raisedAt.addDays(-1);
        QVERIFY(!RiskAlertRules::covers(call, breach, s_today));
        QVERIFY(!RiskAlertRules::educationTags(RiskAlertKind::MarginCall).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRiskAlertRules)
#include "tst_riskalertrules.moc"
