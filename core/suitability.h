#pragma once

#include "core/enums.h"

#include <QDate>
#include <QString>

// Investor suitability (适当性) of DESIGN.md §3: which product risk levels R1–R5 match a
// customer's risk class C1–C5, and how fresh the risk assessment is.
//
// C1 → R1, C2 → R1–R2, C3 → R1–R3, C4 → R1–R4, C5 → R1–R5; professional investors →
// all. The lowest category (最低类别) → R1 only, never above, even on the customer's
// own request; this is checked before the professional rule, so contradictory data
// (professional + lowest) errs on the safe side.
class Suitability
{
public:
    enum class Outcome {
        Matched,
        NeedsSpecialWarning, // ordinary investor above the match: 特别风险警示书 first
        Refused, // lowest category above R1: must not be sold
    };

    struct Result
    {
        Outcome outcome = Outcome::Refused;
        ProductRisk highestMatched = ProductRisk::R1;
        // For NeedsSpecialWarning: the text the customer must read and sign
        // (translated). For Refused: the reason for the agent (translated). Empty when
        // Matched.
        QString text;

        bool allowed() const { return outcome != Outcome::Refused; }
    };

    enum class AssessmentStatus {
        Valid,
        ExpiringSoon, // expires within the warning window (30 days by default)
        Expired, // expired, or never assessed (null date)
    };
    static constexpr int DefaultExpiryWarningDays = 30;

    // The highest product risk level that matches an ordinary investor of this class.
    static ProductRisk highestMatched(RiskClass riskClass);
    static Result match(InvestorType investorType, RiskClass riskClass, ProductRisk productRisk);

    // The 特别风险警示书 text for a product above the customer's class (translated).
    static QString specialWarningText(RiskClass riskClass, ProductRisk productRisk);

    // The assessment is valid up to and including its expiry date; ExpiringSoon when
    // 0 ≤ days left ≤ warningDays.
    static AssessmentStatus assessmentStatus(
        QDate expires, QDate today, int warningDays = DefaultExpiryWarningDays);

    static QString outcomeLabel(Outcome outcome);
    static QString assessmentStatusLabel(AssessmentStatus status);
};
