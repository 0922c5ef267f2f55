#include "core/suitability.h"

#include <QCoreApplication>

ProductRisk Suitability::highestMatched(RiskClass riskClass)
{
    switch (riskClass) {
    case RiskClass::C1:
    case RiskClass::Lowest:
        return ProductRisk::R1;
    case RiskClass::C2:
        return ProductRisk::R2;
    case RiskClass::C3:
        return ProductRisk::R3;
    case RiskClass::C4:
        return ProductRisk::R4;
    case RiskClass::C5:
        return ProductRisk::R5;
    }
    return ProductRisk::R1; // unknown value: the safest reading
}

Suitability::Result Suitability::match(
    InvestorType investorType, RiskClass riskClass, ProductRisk productRisk)
{
    Result r;
    if (riskClass == RiskClass::Lowest) {
        r.highestMatched = ProductRisk::R1;
        if (productRisk == ProductRisk::R1) {
            r.outcome = Outcome::Matched;
        } else {
            r.outcome = Outcome::Refused;
            r.text = QCoreApplication::translate("Suitability",
                "Customers in the lowest risk category may only buy products "
                "of risk level %1, even at their own request. %2 is refused.")
                         .arg(enumLabel(ProductRisk::R1), enumLabel(productRisk));
        }
        return r;
    }
    if (investorType == InvestorType::Professional) {
        r.highestMatched = ProductRisk::R5;
        r.outcome = Outcome::Matched;
        return r;
    }
    r.highestMatched = highestMatched(riskClass);
    if (int(productRisk) <= int(r.highestMatched)) {
        r.outcome = Outcome::Matched;
    } else {
        r.outcome = Outcome::NeedsSpecialWarning;
        r.text = specialWarningText(riskClass, productRisk);
    }
    return r;
}

QString Suitability::specialWarningText(RiskClass riskClass, ProductRisk productRisk)
{
    return QCoreApplication::translate("Suitability",
        "Special risk warning: the risk level of this product (%1) is higher than your risk tolerance "
        "(%2). Investing in it may cause losses beyond what you can bear, up to the loss of all "
        "principal. By signing, you confirm that you have read and understood this warning and that "
        "you buy this product of your own accord and bear its risks yourself.")
        .arg(enumLabel(productRisk), enumLabel(riskClass));
}

Suitability::AssessmentStatus Suitability::assessmentStatus(QDate expires, QDate today, int warningDays)
{
    if (!expires.isValid() || !today.isValid())
        return AssessmentStatus::Expired;
    const qint64 daysLeft = today.daysTo(expires);
    if (daysLeft < 0)
        return AssessmentStatus::Expired;
    if (daysLeft <= warningDays)
        return AssessmentStatus::ExpiringSoon;
    return AssessmentStatus::Valid;
}

QString Suitability::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Matched:
        return QCoreApplication::translate("Suitability", "Matched");
    case Outcome::NeedsSpecialWarning:
        return QCoreApplication::translate("Suitability", "Special risk warning required");
    case Outcome::Refused:
        break;
    }
    return QCoreApplication::translate("Suitability", "Refused");
}

QString Suitability::assessmentStatusLabel(AssessmentStatus status)
{
    switch (status) {
    case AssessmentStatus::Valid:
        return QCoreApplication::translate("Suitability", "Assessment valid");
    case AssessmentStatus::ExpiringSoon:
        return QCoreApplication::translate("Suitability", "Assessment expiring soon");
    case AssessmentStatus::Expired:
        break;
    }
    return QCoreApplication::translate("Suitability", "Assessment expired");
}
