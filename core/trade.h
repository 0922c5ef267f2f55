#pragma once

#include "core/entity.h"
#include "core/enums.h"

struct Trade : Entity
{
    QString accountId;
    QString customerId;
    QString productCode;
    QString productName;
    TradeSide side = TradeSide::Buy;
    qint64 quantity = 0;
    qint64 priceMilli = 0; // price in 0.001 CNY, the exchanges' tick for funds
    QDateTime tradedAt;
};
