#pragma once

#include "core/entity.h"
#include "core/enums.h"

struct Holding : Entity
{
    QString accountId;
    QString customerId;
    QString productCode;
    QString productName;
    ProductRisk productRisk = ProductRisk::R3;
    qint64 quantity = 0;
    qint64 marketValueFen = 0;
};
