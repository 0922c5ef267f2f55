#pragma once

#include "core/entity.h"
#include "core/enums.h"

struct RiskAlert : Entity
{
    QString customerId;
    QString accountId; // empty when the alert concerns the customer as a whole
    RiskAlertKind kind = RiskAlertKind::MarginWarning;
    Severity severity = Severity::Warning;
    QString text;
    AlertState state = AlertState::Open;
    QDateTime raisedAt;
    QString acknowledgedBy;
    QDateTime acknowledgedAt;
};
