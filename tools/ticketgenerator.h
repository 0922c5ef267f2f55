#pragma once

#include "core/workingcalendar.h"
#include "tools/demoarticleref.h"
#include "tools/democustomerref.h"

#include <QDateTime>
#include <QList>

#include <functional>

class DemoRandom;
class DemoSink;
struct DemoOrg;

// A year of tickets up to "now", day by day in creation order (so numbers follow time),
// busier on working days and in trading hours, with a few trading-system outages whose
// parent incident gathers many linked tickets. Streams: only one ticket is in memory
// at a time.
class TicketGenerator
{
public:
    // ticketsDone, rowsWritten
    using Progress = std::function<void(qint64, qint64)>;

    TicketGenerator(const DemoOrg &org, const QList<DemoCustomerRef> &customers,
        const QList<DemoArticleRef> &articles, const QDateTime &now);

    static constexpr int HistoryDays = 365;

    // Returns the rows written (tickets, events, interactions).
    qint64 generate(qint64 count, DemoRandom &random, DemoSink &sink, const Progress &progress = {});
    qint64 workflowViolations() const { return m_violations; }
    qint64 incidentCount() const { return m_incidents; }

private:
    const DemoOrg &m_org;
    const QList<DemoCustomerRef> &m_customers;
    const QList<DemoArticleRef> &m_articles;
    QDateTime m_now;
    WorkingCalendar m_calendar;
    qint64 m_violations = 0;
    qint64 m_incidents = 0;
};
