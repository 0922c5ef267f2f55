#include "tools/ticketgenerator.h"

#include "tools/demoorg.h"
#include "tools/demorandom.h"
#include "tools/demotime.h"
#include "tools/ticketbuilder.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

// Tickets per hour of day (China time): the desk follows the trading session.
constexpr int kHourWeights[24] = {0, 0, 0, 0, 0, 0, 0, 1, 3, 12, 14, 12, 5, 9, 12, 9, 5, 3, 2, 2, 2, 1, 1, 0};

struct Item
{
    qint64 ms;
    int incident; // -1 regular; otherwise the incident index
    bool parent;
    bool operator<(const Item &o) const
    {
        // A parent opens before any of its children at the same instant.
        return ms != o.ms ? ms < o.ms : parent > o.parent;
    }
};

struct Incident
{
    QDate day;
    qint64 startMs;
    int children;
    const char16_t *subject;
    QString parentId;
};

} // namespace

TicketGenerator::TicketGenerator(const DemoOrg &org, const QList<DemoCustomerRef> &customers,
    const QList<DemoArticleRef> &articles, const QDateTime &now)
    : m_org(org)
    , m_customers(customers)
    , m_articles(articles)
    , m_now(now)
    , m_calendar(WorkingCalendar::builtIn())
{
}

qint64 TicketGenerator::generate(qint64 count, DemoRandom &random, DemoSink &sink, const Progress &progress)
{
    if (count <= 0 || m_customers.isEmpty())
        return 0;
    const qint64 nowMs = DemoTime::ms(m_now);
    const QDate today = DemoTime::chinaDate(nowMs);
    const QDate first = today.addDays(-(HistoryDays - 1));
    const int nowHour = int(DemoTime::chinaTimeOfDay(nowMs) / DemoTime::Hour);

    // Outages on trading days: long ago, two months ago and on the last trading day
    // (its linked tickets still being worked).
    QList<Incident> incidents;
    if (count >= 200) {
        const int children = int(std::clamp<qint64>(count / 400, 3, 5000));
        const struct
        {
            int tradingDaysAgo;
            const char16_t *subject;
        } specs[] = {
            {160, u"【系统故障】集中交易系统委托延迟（沪市）"},
            {42, u"【系统故障】手机 App 行情服务中断"},
            {1, u"【系统故障】开盘阶段交易系统登录异常"},
        };
        for (const auto &s : specs) {
            const QDate day = m_calendar.addTradingDays(today, -s.tradingDaysAgo);
            const qint64 start = DemoTime::chinaMidnight(day) + 9 * DemoTime::Hour + 31 * DemoTime::Minute;
            incidents.append({day, start, children, s.subject, {}});
        }
    }
    qint64 regular = count;
    for (const Incident &i : std::as_const(incidents))
        regular -= 1 + i.children;

    // Spread the regular tickets over the days by weight, keeping a running total so
    // the rounding never loses or adds a ticket.
    int todayWeight = 0;
    for (int h = 0; h < nowHour; ++h)
        todayWeight += kHourWeights[h];
    QList<double> dayWeights;
    double totalWeight = 0;
    for (QDate d = first; d <= today; d = d.addDays(1)) {
        double w = m_calendar.isWorkingDay(d) ? 10.0 : 3.0;
        if (d == today)
            w = w * todayWeight / 117.0;
        dayWeights.append(w);
        totalWeight += w;
    }

    TicketBuilder builder(m_org, m_articles, m_now);
    const int todayHours = std::max(1, nowHour);
    const std::span<const int> allHours(kHourWeights, 24);
    std::vector<Item> items;
    qint64 done = 0;
    qint64 rows = 0;
    double cumulative = 0;
    qint64 assigned = 0;
    const qint64 customerCount = m_customers.size();

    for (qsizetype dayIndex = 0; dayIndex < dayWeights.size(); ++dayIndex) {
        const QDate day = first.addDays(dayIndex);
        cumulative += dayWeights[dayIndex];
        const qint64 upTo = dayIndex + 1 == dayWeights.size()
            ? regular
            : qint64(std::llround(regular * cumulative / totalWeight));
        const qint64 today_count = upTo - assigned;
        assigned = upTo;

        items.clear();
        const qint64 midnight = DemoTime::chinaMidnight(day);
        const std::span<const int> hours = day == today ? allHours.first(size_t(todayHours)) : allHours;
        for (qint64 i = 0; i < today_count; ++i) {
            const int hour = random.weighted(hours);
            qint64 ms = midnight + hour * DemoTime::Hour + random.between(0, DemoTime::Hour - 1);
            ms = std::min(ms, nowMs - DemoTime::Minute);
            items.push_back({ms, -1, false});
        }
        for (qsizetype k = 0; k < incidents.size(); ++k) {
            const Incident &inc = incidents[k];
            if (inc.day != day)
                continue;
            items.push_back({inc.startMs, int(k), true});
            for (int c = 0; c < inc.children; ++c) {
                // Calls pile up in the first hour, then trail off.
                const double u = random.unit();
                qint64 ms = inc.startMs + DemoTime::Minute + qint64(u * u * 4 * DemoTime::Hour);
                items.push_back({std::min(ms, nowMs - DemoTime::Minute), int(k), false});
            }
        }
        std::sort(items.begin(), items.end());

        const QString prefix = u'T' + day.toString(u"yyyyMMdd");
        int sequence = 0;
        for (const Item &item : items) {
            TicketBuilder::Spec spec;
            spec.createdMs = item.ms;
            spec.number = prefix + QStringLiteral("%1").arg(++sequence, 6, 10, QLatin1Char('0'));
            if (item.incident >= 0 && item.parent) {
                spec.role = TicketBuilder::Spec::IncidentParent;
                spec.incidentSubject = QString::fromUtf16(incidents[item.incident].subject);
            } else {
                // Some customers call far more often than others.
                const qint64 index = std::min<qint64>(
                    customerCount - 1, qint64(std::pow(random.unit(), 1.4) * customerCount));
                spec.customer = &m_customers[index];
                if (item.incident >= 0) {
                    spec.role = TicketBuilder::Spec::IncidentChild;
                    spec.parentId = incidents[item.incident].parentId;
                }
            }
            rows += builder.build(spec, random, sink);
            if (spec.role == TicketBuilder::Spec::IncidentParent) {
                incidents[item.incident].parentId = builder.ticket().id;
                ++m_incidents;
            }
            ++done;
            if (progress && done % 2000 == 0)
                progress(done, rows);
        }
    }
    m_violations = builder.workflowViolations();
    if (progress)
        progress(done, rows);
    return rows;
}
