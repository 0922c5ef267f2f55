#pragma once

#include "core/customer.h"

#include <QDateTime>

class DemoRandom;
struct DemoCustomerRef;
struct DemoOrg;

// One customer record: name with pinyin, identity document, contact, branch and
// account manager, suitability profile, VIP level and tags.
class CustomerGenerator
{
public:
    CustomerGenerator(const DemoOrg &org, const QDateTime &now);

    // index makes the customer number unique. Also decides which accounts the customer
    // holds (in *ref), because the tags say so and the customer is written first.
    Customer generate(qint64 index, DemoRandom &random, DemoCustomerRef *ref) const;

    static QString mobile(DemoRandom &random);

private:
    const DemoOrg &m_org;
    QDateTime m_now;
    QDate m_today;
};
