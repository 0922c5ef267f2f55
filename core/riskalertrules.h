#pragma once

#include "core/account.h"
#include "core/customer.h"
#include "core/holding.h"
#include "core/marginlines.h"
#include "core/riskalert.h"
#include "core/workingcalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

// The risk alerts a customer's data calls for (DESIGN.md §3), so that the desk sees a
// risk the moment the cached figures show it, before the back office has raised the
// alert itself:
//   margin call       maintenance ratio below the close-out line (critical; top up by
//                     the deadline in trading days)
//   margin warning    below the warning line, not below close-out (exactly on a line
//                     counts as the safer side, as MarginLines::classify says)
//   suitability       a holding above the customer's match: a warning for an ordinary
//                     investor (special risk warning needed), critical for the lowest
//                     category (must never hold it)
//   assessment        the risk assessment has expired
//   ST / delisting    a holding under risk warning (ST, *ST) or in delisting
//   concentration     one position over the configured share of an account with at
//                     least three positions
// Abnormal trading needs order data the desk does not have: only the back office raises it.
class RiskAlertRules
{
    Q_DECLARE_TR_FUNCTIONS(RiskAlertRules)

public:
    struct Finding
    {
        RiskAlertKind kind = RiskAlertKind::MarginWarning;
        Severity severity = Severity::Warning;
        QString accountId; // empty for the customer as a whole
        QString productCode; // the holding concerned, for holding alerts
        QString text; // translated
        QDate deadline; // margin call: the last day to top up
    };

    static constexpr double DefaultConcentrationShare = 0.6;
    // A stored margin alert stands for the current breach only if it is this recent:
    // an old one is history, and a new breach raises a new alert.
    static constexpr int MarginAlertDays = 30;
    static constexpr int MinPositionsForConcentration = 3;

    explicit RiskAlertRules(const MarginLines &lines = MarginLines(),
        const WorkingCalendar &calendar = WorkingCalendar::current(),
        double concentrationShare = DefaultConcentrationShare);

    // stored: the customer's alerts as stored, for the day a margin call was made.
    QList<Finding> evaluate(const Customer &customer, const QList<Account> &accounts,
        const QList<Holding> &holdings, QDate today, const QList<RiskAlert> &stored = {}) const;

    // The margin finding of one account, if its ratio calls for one; callDate as for
    // topUpDeadline().
    std::optional<Finding> marginFinding(const Account &account, QDate today, QDate callDate = {}) const;
    // The last day to top up after a margin call: the account's own deadline when the
    // back office set one, else T+2 trading days from the day of the call — the stored
    // margin call's day (callDate), or today for a call only just detected. Counting from
    // today every day would move the deadline on and never let it pass.
    QDate topUpDeadline(const Account &account, QDate today, QDate callDate = {}) const;
    // The China date of the open or acknowledged margin call of the account among stored
    // (within MarginAlertDays), or a null date.
    static QDate marginCallDate(const QList<RiskAlert> &stored, const QString &accountId, QDate today);

    // Whether a stored alert already stands for this finding: same kind, account and,
    // for holding alerts, product; open or acknowledged (a resolved alert is history),
    // and for margin alerts raised within MarginAlertDays.
    static bool covers(const RiskAlert &alert, const Finding &finding, QDate today);
    // Mainland date of a moment: deadlines and alert days are counted in China time.
    static QDate chinaDate(const QDateTime &at);

    // A name under risk warning or in delisting: ST, *ST, S*ST, 退市…
    static bool isUnderRiskWarning(const QString &productName);

    // Tags of the investor-education (投资者教育) articles that fit an alert, best first:
    // data matched against the knowledge base's tags, not text for the user.
    static QStringList educationTags(RiskAlertKind kind);

    const MarginLines &lines() const { return m_lines; }
    const WorkingCalendar &calendar() const { return m_calendar; }

private:
    MarginLines m_lines;
    WorkingCalendar m_calendar; // a snapshot: current() may gain years while this is used
    double m_concentrationShare;
};
