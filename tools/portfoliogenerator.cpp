#include "tools/portfoliogenerator.h"

#include "core/account.h"
#include "core/customer.h"
#include "core/holding.h"
#include "core/interaction.h"
#include "core/riskalert.h"
#include "core/suitability.h"
#include "core/trade.h"
#include "tools/democustomerref.h"
#include "tools/demoorg.h"
#include "tools/demorandom.h"
#include "tools/demosink.h"
#include "tools/demotime.h"
#include "tools/productcatalog.h"

#include <QList>

#include <cmath>

namespace {

bool matches(const Customer &c, ProductRisk risk)
{
    return Suitability::match(c.investorType, c.riskClass, risk).outcome == Suitability::Outcome::Matched;
}

QString percent(double ratio)
{
    return QString::number(ratio * 100.0, 'f', 1) + u'%';
}

QString yuan(qint64 fen)
{
    return QString::number(double(fen) / 100.0, 'f', 2);
}

} // namespace

PortfolioGenerator::PortfolioGenerator(const DemoOrg &org, const QDateTime &now)
    : m_org(org)
    , m_now(now)
    , m_nowMs(now.toMSecsSinceEpoch())
    , m_today(DemoTime::chinaDate(m_nowMs))
    , m_calendar(WorkingCalendar::builtIn())
{
}

int PortfolioGenerator::generate(
    const Customer &customer, const DemoCustomerRef &ref, DemoRandom &random, DemoSink &sink) const
{
    int written = 0;
    // Holdings, trades and alerts refer to an account whose totals are known only after
    // its holdings are made, so they wait here until every account row is written.
    QList<Holding> holdings;
    QList<Trade> trades;
    QList<RiskAlert> alerts;
    bool matched[5];
    for (ProductRisk r : enumValues<ProductRisk>())
        matched[int(r)] = matches(customer, r);
    const QDate opened = m_today.addDays(-random.between(30, 7000));

    auto alert = [&](const QString &accountId, RiskAlertKind kind, Severity severity, const QString &text) {
        RiskAlert a;
        a.id = random.uuid();
        a.rev = 1;
        a.customerId = customer.id;
        a.accountId = accountId;
        a.kind = kind;
        a.severity = severity;
        a.text = text;
        const qint64 raised = m_nowMs - random.between(10 * DemoTime::Minute, 20 * DemoTime::Day);
        a.raisedAt = DemoTime::at(raised);
        a.updatedAt = a.raisedAt;
        // Older alerts have mostly been looked at.
        if (raised < m_nowMs - 3 * DemoTime::Day && random.chance(0.6)) {
            a.state = random.chance(0.5) ? AlertState::Acknowledged : AlertState::Resolved;
            const DemoTeam &team = m_org.teams.at(ref.vipLevel >= 4 ? DemoOrg::Vip : DemoOrg::ServiceOne);
            a.acknowledgedBy = team.agentIds.at(random.below(int(team.agentIds.size())));
            a.acknowledgedAt = DemoTime::at(raised + random.between(DemoTime::Minute, DemoTime::Day));
            a.updatedAt = a.acknowledgedAt;
        }
        alerts.append(a);
    };

    auto addAccount = [&](AccountKind kind, int prefix) {
        Account a;
        a.id = random.uuid();
        a.rev = 1;
        a.updatedAt = m_now;
        a.customerId = customer.id;
        a.kind = kind;
        a.number
            = QString::number(prefix) + QStringLiteral("%1").arg(ref.index + 1, 11, 10, QLatin1Char('0'));
        a.openedOn
            = kind == AccountKind::Cash ? opened : opened.addDays(random.between(0, opened.daysTo(m_today)));
        a.status = customer.status == CustomerStatus::Closed ? AccountStatus::Closed
            : customer.status == CustomerStatus::Frozen      ? AccountStatus::Frozen
            : customer.status == CustomerStatus::Dormant     ? AccountStatus::Dormant
                                                             : AccountStatus::Normal;
        return a;
    };

    auto addHoldings = [&](Account &account, int count) {
        const auto products = ProductCatalog::forAccount(account.kind);
        QList<const DemoProduct *> suitable;
        for (const DemoProduct &p : products)
            if (matched[int(p.risk)])
                suitable.append(&p);
        qint64 total = 0;
        qint64 largest = 0;
        QString largestName;
        for (int i = 0; i < count; ++i) {
            // Within the customer's match, now and then one above it (sold without the
            // special warning, or bought before the assessment went down).
            const DemoProduct *p = suitable.isEmpty() || random.chance(0.03)
                ? &random.pick(products)
                : suitable.at(random.below(int(suitable.size())));
            // ST shares are a small corner of real portfolios.
            if (ProductCatalog::isSt(*p) && !suitable.isEmpty() && random.chance(0.7))
                p = suitable.at(random.below(int(suitable.size())));
            Holding h;
            h.id = random.uuid();
            h.rev = 1;
            h.updatedAt = m_now;
            h.accountId = account.id;
            h.customerId = customer.id;
            h.productCode = QLatin1String(p->code);
            h.productName = QString::fromUtf16(p->name);
            h.productRisk = p->risk;
            const qint64 lot = p->kind == DemoProduct::Option ? 1 : p->kind == DemoProduct::Bond ? 10 : 100;
            // Position sizes spread over one decade (30k–300k yuan), at least one lot.
            const double value = std::pow(10.0, 4.5 + random.unit());
            const qint64 lotValueFen = lot * p->priceMilli / 10;
            h.quantity = lot * std::max<qint64>(1, qint64(value * 100.0 / double(lotValueFen)));
            h.marketValueFen = h.quantity * p->priceMilli / 10;
            holdings.append(h);
            total += h.marketValueFen;
            if (h.marketValueFen > largest) {
                largest = h.marketValueFen;
                largestName = h.productName;
            }
            if (!matched[int(p->risk)])
                alert(account.id, RiskAlertKind::SuitabilityMismatch, Severity::Warning,
                    QStringLiteral(
                        "持仓 %1（%2）风险等级 %3 高于客户风险承受能力 %4，需核实是否已签署特别风险警示书")
                        .arg(h.productName, h.productCode, enumKey(p->risk).toUpper(),
                            enumKey(customer.riskClass).toUpper()));
            if (ProductCatalog::isSt(*p))
                alert(account.id, RiskAlertKind::StDelistingRisk, Severity::Warning,
                    QStringLiteral("持有风险警示股票 %1（%2），存在退市风险，请提示客户关注公告")
                        .arg(h.productName, h.productCode));
            if (random.chance(0.25)) {
                Trade t;
                t.id = random.uuid();
                t.rev = 1;
                t.accountId = account.id;
                t.customerId = customer.id;
                t.productCode = h.productCode;
                t.productName = h.productName;
                t.side = random.chance(0.6) ? TradeSide::Buy : TradeSide::Sell;
                t.quantity = lot * random.between(1, 10);
                t.priceMilli = p->priceMilli + p->priceMilli * random.between(-30, 30) / 1000;
                const QDate day = m_calendar.addTradingDays(m_today, -int(random.between(1, 10)));
                t.tradedAt = DemoTime::at(DemoTime::chinaMidnight(day) + 9 * DemoTime::Hour
                    + 30 * DemoTime::Minute + random.between(0, 5 * DemoTime::Hour + 30 * DemoTime::Minute));
                t.updatedAt = t.tradedAt;
                trades.append(t);
            }
        }
        if (count >= 3 && largest * 10 > total * 6)
            alert(account.id, RiskAlertKind::Concentration, Severity::Info,
                QStringLiteral("单一持仓 %1 占账户市值 %2，持仓集中度较高")
                    .arg(largestName, percent(double(largest) / double(total))));
        return total;
    };

    // Cash account for everyone; total assets spread log-uniformly from 5 thousand to
    // 20 million yuan, higher for VIPs.
    const double magnitude = 5.7 + random.unit() * 2.6 + ref.vipLevel * 0.35;
    {
        Account cash = addAccount(AccountKind::Cash, 1);
        const qint64 held = addHoldings(cash, int(random.between(0, 6)));
        cash.assetsFen = held + qint64(std::pow(10.0, magnitude)) / 10;
        sink.add(cash);
        ++written;
    }
    if (ref.margin) {
        Account m = addAccount(AccountKind::Margin, 2);
        const int band
            = random.weighted({10, 60, 10, 10, 6, 4}); // no debt, healthy, >300 %, near, warning, close-out
        static constexpr double lo[] = {0, 1.6, 3.0, 1.4, CloseOutLine, 1.05};
        static constexpr double hi[] = {0, 3.0, 8.0, 1.6, WarningLine, CloseOutLine};
        m.assetsFen = qint64(std::pow(10.0, magnitude + 0.3));
        if (band > 0) {
            m.maintenanceRatio
                = std::round((lo[band] + random.unit() * (hi[band] - lo[band])) * 10000.0) / 10000.0;
            m.liabilitiesFen = qint64(double(m.assetsFen) / m.maintenanceRatio);
        }
        if (m.maintenanceRatio > 0 && m.maintenanceRatio < CloseOutLine)
            m.topUpDeadline = m_calendar.addTradingDays(m_today, random.chance(0.5) ? 1 : 2);
        m.assetsFen = std::max(m.assetsFen, addHoldings(m, int(random.between(1, 4))));
        if (m.maintenanceRatio > 0)
            m.liabilitiesFen = qint64(double(m.assetsFen) / m.maintenanceRatio);
        sink.add(m);
        ++written;
        if (m.maintenanceRatio > 0 && m.maintenanceRatio < CloseOutLine) {
            alert(m.id, RiskAlertKind::MarginCall, Severity::Critical,
                QStringLiteral("维持担保比例 %1，低于平仓线 130%，负债 %2 元；请于 %3 "
                               "收市前追加担保物或了结负债，否则将强制平仓")
                    .arg(percent(m.maintenanceRatio), yuan(m.liabilitiesFen),
                        m.topUpDeadline.toString(Qt::ISODate)));
            // The desk calls every customer under the close-out line.
            Interaction call;
            call.id = random.uuid();
            call.rev = 1;
            call.customerId = customer.id;
            call.channel = Channel::Phone;
            call.direction = Direction::Outbound;
            const DemoTeam &team = m_org.teams.at(DemoOrg::ServiceOne);
            call.agentId = team.agentIds.at(random.below(int(team.agentIds.size())));
            call.startedAt = DemoTime::at(m_nowMs - random.between(DemoTime::Hour, 18 * DemoTime::Hour));
            call.updatedAt = call.startedAt;
            call.durationSeconds = int(random.between(60, 420));
            call.summary = QStringLiteral(
                "外呼通知维持担保比例低于平仓线，告知追加担保物期限及强制平仓风险，客户表示知悉");
            call.recordingRef = QStringLiteral("rec:%1").arg(random.uuid());
            sink.add(call);
            ++written;
        } else if (m.maintenanceRatio > 0 && m.maintenanceRatio < WarningLine) {
            alert(m.id, RiskAlertKind::MarginWarning, Severity::Warning,
                QStringLiteral("维持担保比例 %1，低于警戒线 140%，请提醒客户关注并考虑追加担保物")
                    .arg(percent(m.maintenanceRatio)));
        }
    }
    if (ref.options) {
        Account o = addAccount(AccountKind::Options, 3);
        o.assetsFen = qint64(std::pow(10.0, magnitude - 0.5));
        o.assetsFen = std::max(o.assetsFen, addHoldings(o, int(random.between(0, 2))));
        sink.add(o);
        ++written;
    }
    if (ref.hkConnect) {
        Account h = addAccount(AccountKind::HkConnect, 4);
        h.assetsFen = qint64(std::pow(10.0, magnitude - 0.2));
        h.assetsFen = std::max(h.assetsFen, addHoldings(h, int(random.between(1, 3))));
        sink.add(h);
        ++written;
    }
    if (ref.fund) {
        Account f = addAccount(AccountKind::Fund, 5);
        f.assetsFen = qint64(std::pow(10.0, magnitude - 0.4));
        f.assetsFen = std::max(f.assetsFen, addHoldings(f, int(random.between(1, 3))));
        sink.add(f);
        ++written;
    }

    if (customer.assessmentExpires < m_today)
        alert(QString(), RiskAlertKind::AssessmentExpired, Severity::Warning,
            QStringLiteral("风险承受能力评估已于 %1 过期，重新评估前不得购买新的中高风险产品")
                .arg(customer.assessmentExpires.toString(Qt::ISODate)));
    if (random.chance(0.003))
        alert(QString(), RiskAlertKind::AbnormalTrading, Severity::Warning,
            QStringLiteral("近 5 个交易日存在频繁申报撤单，疑似异常交易行为，请核实并提示合规风险"));

    for (const Holding &h : std::as_const(holdings))
        sink.add(h);
    for (const Trade &t : std::as_const(trades))
        sink.add(t);
    for (const RiskAlert &a : std::as_const(alerts))
        sink.add(a);
    written += int(holdings.size() + trades.size() + alerts.size());

    // A few past contacts unrelated to any ticket.
    const int contacts = random.weighted({50, 30, 15, 5});
    for (int i = 0; i < contacts; ++i) {
        static const char16_t *const summaries[] = {
            u"咨询当日委托未成交原因，已解释价格优先、时间优先的撮合规则",
            u"回访新开户客户，介绍交易软件使用与风险揭示内容",
            u"咨询银证转账时间，告知交易日 9:00–16:00 可办理",
            u"适当性回访：确认客户知悉所购产品风险等级",
            u"客户询问分红到账时间，已告知除权除息日安排",
            u"提醒客户风险测评即将到期，建议尽快重新测评",
        };
        Interaction in;
        in.id = random.uuid();
        in.rev = 1;
        in.customerId = customer.id;
        in.channel = random.chance(0.8) ? Channel::Phone : Channel::Online;
        in.direction = random.chance(0.7) ? Direction::Inbound : Direction::Outbound;
        const DemoTeam &team = m_org.teams.at(random.below(2));
        in.agentId = team.agentIds.at(random.below(int(team.agentIds.size())));
        const QDate day = m_today.addDays(-random.between(1, 365));
        in.startedAt = DemoTime::at(
            DemoTime::chinaMidnight(day) + random.between(9 * DemoTime::Hour, 17 * DemoTime::Hour));
        in.updatedAt = in.startedAt;
        in.durationSeconds = int(random.between(40, 900));
        in.summary = QString::fromUtf16(random.pick(std::span<const char16_t *const>(summaries)));
        if (in.channel == Channel::Phone)
            in.recordingRef = QStringLiteral("rec:%1").arg(random.uuid());
        sink.add(in);
        ++written;
    }
    return written;
}
