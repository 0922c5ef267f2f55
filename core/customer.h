#pragma once

#include "core/entity.h"
#include "core/enums.h"

#include <QDate>
#include <QStringList>

struct Customer : Entity
{
    QString customerNo;
    QString name;
    QString pinyin;   // full pinyin, lower case, no tones or spaces: "zhangsan"
    QString initials; // "zs"
    IdType idType = IdType::ResidentId;
    QString idNumber;
    QString mobile;
    QString email;
    QString branch;
    QString accountManager;
    InvestorType investorType = InvestorType::Ordinary;
    RiskClass riskClass = RiskClass::C3;
    QDate assessedOn;
    QDate assessmentExpires;
    int vipLevel = 0; // 0 none, 1–5
    CustomerStatus status = CustomerStatus::Active;
    QStringList tags;
};
