#include "core/riskalertrules.h"

#include "core/slapolicy.h"
#include "core/suitability.h"

#include <QHash>
#include <QLocale>

namespace {

QString percent(double ratio)
{
    return QLocale().toString(ratio * 100.0, 'f', 2) + QLatin1Char('%');
}

} // namespace

RiskAlertRules::RiskAlertRules(
    const MarginLines &lines, const WorkingCalendar &calendar, double concentrationShare)
    : m_lines(lines.isValid() ? lines : MarginLines())
    , m_calendar(calendar)
    , m_concentrationShare(
          concentrationShare > 0 && concentrationShare < 1 ? concentrationShare : DefaultConcentrationShare)
{
}

QDate RiskAlertRules::chinaDate(const QDateTime &at)
{
    return at.toTimeZone(SlaPolicy::chinaTime()).date();
}

QDate RiskAlertRules::topUpDeadline(const Account &account, QDate today, QDate callDate) const
{
    if (account.topUpDeadline.isValid())
        return account.topUpDeadline;
    return MarginLines::topUpDeadline(
        callDate.isValid() ? callDate : today, MarginLines::DefaultTopUpTradingDays, m_calendar);
}

QDate RiskAlertRules::marginCallDate(const QList<RiskAlert> &stored, const QString &accountId, QDate today)
{
    QDate earliest;
    for (const RiskAlert &a : stored) {
        if (a.deleted || a.kind != RiskAlertKind::MarginCall || a.accountId != accountId
            || a.state == AlertState::Resolved || !a.raisedAt.isValid())
            continue;
        const QDate day = chinaDate(a.raisedAt);
        if (day.daysTo(today) > MarginAlertDays)
            continue;
        if (!earliest.isValid() || day < earliest)
            earliest = day;
    }
    return earliest;
}

std::optional<RiskAlertRules::Finding> RiskAlertRules::marginFinding(
    const Account &account, QDate today, QDate callDate) const
{
    if (account.kind != AccountKind::Margin || account.status == AccountStatus::Closed)
        return std::nullopt;
    Finding f;
    f.accountId = account.id;
    switch (m_lines.classify(account.maintenanceRatio)) {
    case MarginLines::Zone::CloseOut:
        f.kind = RiskAlertKind::MarginCall;
        f.severity = Severity::Critical;
        f.deadline = topUpDeadline(account, today, callDate);
        f.text = tr("Maintenance ratio %1 is below the close-out line %2: the customer must add collateral "
                    "or repay by the close of %3, or the position will be closed out.")
                     .arg(percent(account.maintenanceRatio), percent(m_lines.closeOutLine()),
                         QLocale().toString(f.deadline, QLocale::ShortFormat));
        return f;
    case MarginLines::Zone::Warning:
        f.kind = RiskAlertKind::MarginWarning;
        f.severity = Severity::Warning;
        f.text = tr("Maintenance ratio %1 is below the warning line %2: remind the customer and suggest "
                    "adding collateral.")
                     .arg(percent(account.maintenanceRatio), percent(m_lines.warningLine()));
        return f;
    case MarginLines::Zone::NoDebt:
    case MarginLines::Zone::Safe:
    case MarginLines::Zone::AboveWithdrawal:
        break;
    }
    return std::nullopt;
}

QList<RiskAlertRules::Finding> RiskAlertRules::evaluate(const Customer &customer,
    const QList<Account> &accounts, const QList<Holding> &holdings, QDate today,
    const QList<RiskAlert> &stored) const
{
    QList<Finding> findings;
    for (const Account &account : accounts)
        if (const std::optional<Finding> margin
            = marginFinding(account, today, marginCallDate(stored, account.id, today)))
            findings.append(*margin);

    QHash<QString, QList<const Holding *>> byAccount;
    for (const Holding &h : holdings) {
        byAccount[h.accountId].append(&h);
        const Suitability::Result match
            = Suitability::match(customer.investorType, customer.riskClass, h.productRisk);
        if (match.outcome != Suitability::Outcome::Matched) {
            Finding f;
            f.kind = RiskAlertKind::SuitabilityMismatch;
            f.accountId = h.accountId;
            f.productCode = h.productCode;
            if (match.outcome == Suitability::Outcome::Refused) {
                f.severity = Severity::Critical;
                f.text = tr("Holds %1 (%2, %3) although the customer is in the lowest category: "
                            "no product above R1 may be sold to them.")
                             .arg(h.productName, h.productCode, enumLabel(h.productRisk));
            } else {
                f.severity = Severity::Warning;
                f.text = tr("Holds %1 (%2, %3) above the customer's risk tolerance %4: check that the "
                            "special risk warning was signed.")
                             .arg(h.productName, h.productCode, enumLabel(h.productRisk),
                                 enumLabel(customer.riskClass));
            }
            findings.append(f);
        }
        if (isUnderRiskWarning(h.productName)) {
            Finding f;
            f.kind = RiskAlertKind::StDelistingRisk;
            f.severity = Severity::Warning;
            f.accountId = h.accountId;
            f.productCode = h.productCode;
            f.text = tr("Holds %1 (%2), a stock under risk warning that may be delisted: point the "
                        "customer to the company's announcements.")
                         .arg(h.productName, h.productCode);
            findings.append(f);
        }
    }

    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
        const QList<const Holding *> &positions = it.value();
        if (positions.size() < MinPositionsForConcentration)
            continue;
        qint64 total = 0;
        const Holding *largest = nullptr;
        for (const Holding *h : positions) {
            total += h->marketValueFen;
            if (!largest || h->marketValueFen > largest->marketValueFen)
                largest = h;
        }
        if (total <= 0 || double(largest->marketValueFen) <= m_concentrationShare * double(total))
            continue;
        Finding f;
        f.kind = RiskAlertKind::Concentration;
        f.severity = Severity::Info;
        f.accountId = it.key();
        f.productCode = largest->productCode;
        f.text = tr("%1 makes up %2 of the account's market value: the position is concentrated.")
                     .arg(largest->productName, percent(double(largest->marketValueFen) / double(total)));
        findings.append(f);
    }

    if (Suitability::assessmentStatus(customer.assessmentExpires, today)
        == Suitability::AssessmentStatus::Expired) {
        Finding f;
        f.kind = RiskAlertKind::AssessmentExpired;
        f.severity = Severity::Warning;
        f.text = customer.assessmentExpires.isValid()
            ? tr("The risk assessment expired on %1: no new medium- or high-risk product until the "
                 "customer is assessed again.")
                  .arg(QLocale().toString(customer.assessmentExpires, QLocale::ShortFormat))
            : tr("The customer has never been assessed: no product above R1 until they are.");
        findings.append(f);
    }
    // Critical first, then by kind, so the list reads the same on every workstation.
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.kind < b.kind;
    });
    return findings;
}

bool RiskAlertRules::covers(const RiskAlert &alert, const Finding &finding, QDate today)
{
    if (alert.deleted || alert.state == AlertState::Resolved || alert.kind != finding.kind
        || alert.accountId != finding.accountId)
        return false;
    const bool margin
        = finding.kind == RiskAlertKind::MarginCall || finding.kind == RiskAlertKind::MarginWarning;
    if (margin && (!alert.raisedAt.isValid() || chinaDate(alert.raisedAt).daysTo(today) > MarginAlertDays))
        return false;
    // The back office names the product in its text; without a code any alert of the
    // kind on that account stands for it.
    return finding.productCode.isEmpty() || alert.text.contains(finding.productCode);
}

bool RiskAlertRules::isUnderRiskWarning(const QString &productName)
{
    const QString name = productName.trimmed();
    return name.startsWith(QLatin1String("ST")) || name.startsWith(QLatin1String("*ST"))
        || name.startsWith(QLatin1String("S*ST")) || name.contains(QChar(0x9000)) /* 退 */;
}

QStringList RiskAlertRules::educationTags(RiskAlertKind kind)
{
    switch (kind) {
    case RiskAlertKind::MarginWarning:
    case RiskAlertKind::MarginCall:
        return {QStringLiteral(u"强制平仓"), QStringLiteral(u"两融"), QStringLiteral(u"融资融券")};
    case RiskAlertKind::SuitabilityMismatch:
        return {QStringLiteral(u"高风险产品"), QStringLiteral(u"适当性")};
    case RiskAlertKind::AssessmentExpired:
        return {QStringLiteral(u"风险测评"), QStringLiteral(u"适当性")};
    case RiskAlertKind::StDelistingRisk:
        return {QStringLiteral(u"ST"), QStringLiteral(u"退市"), QStringLiteral(u"风险警示")};
    case RiskAlertKind::AbnormalTrading:
        return {QStringLiteral(u"异常交易"), QStringLiteral(u"投资者保护")};
    case RiskAlertKind::Concentration:
        return {QStringLiteral(u"集中度"), QStringLiteral(u"风险揭示")};
    }
    return {};
}
