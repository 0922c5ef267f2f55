#pragma once

#include "core/enums.h"

#include <QString>

// What the ticket generator needs to know about a customer, kept for every customer
// while tickets are generated (a few dozen bytes each, unlike the full record).
struct DemoCustomerRef
{
    QString id;
    QString surname;
    bool male = true;
    quint8 vipLevel = 0;
    bool margin = false;
    bool options = false;
    bool hkConnect = false;
    bool fund = false;
    qint64 index = 0; // customer number sequence, also makes account numbers
    InvestorType investorType = InvestorType::Ordinary;
};
