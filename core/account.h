#pragma once

#include "core/entity.h"
#include "core/enums.h"

#include <QDate>

struct Account : Entity
{
    QString customerId;
    QString number;
    AccountKind kind = AccountKind::Cash;
    AccountStatus status = AccountStatus::Normal;
    qint64 assetsFen = 0;          // total assets in fen (0.01 CNY)
    qint64 liabilitiesFen = 0;     // margin accounts: financing + securities borrowed
    double maintenanceRatio = 0.0; // margin accounts: 维持担保比例, 1.40 = 140 %; 0 when no debt
    QDate topUpDeadline;           // margin accounts under the close-out line
    QDate openedOn;
};
