#pragma once

#include "core/workingcalendar.h"

#include <QDateTime>

class DemoRandom;
class DemoSink;
struct Customer;
struct DemoCustomerRef;
struct DemoOrg;

// A customer's accounts of every kind, their holdings and recent trades, the risk alerts
// the data calls for (margin lines, suitability mismatches, expired assessments, ST
// holdings, concentration) and a few past contacts.
class PortfolioGenerator
{
public:
    PortfolioGenerator(const DemoOrg &org, const QDateTime &now);

    // Returns the number of records written.
    int generate(
        const Customer &customer, const DemoCustomerRef &ref, DemoRandom &random, DemoSink &sink) const;

    // Margin lines of DESIGN.md §3 (per-firm settings with these defaults).
    static constexpr double WarningLine = 1.40;
    static constexpr double CloseOutLine = 1.30;

private:
    const DemoOrg &m_org;
    QDateTime m_now;
    qint64 m_nowMs;
    QDate m_today;
    WorkingCalendar m_calendar;
};
