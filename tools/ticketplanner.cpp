#include "tools/ticketplanner.h"

#include "tools/demorandom.h"
#include "tools/demotime.h"

namespace {

constexpr qint64 M = DemoTime::Minute;
constexpr qint64 H = DemoTime::Hour;
constexpr qint64 D = DemoTime::Day;

} // namespace

void TicketPlanner::plan(
    TicketKind kind, Channel source, Origin origin, DemoRandom &random, QList<TicketStep> *steps)
{
    steps->clear();
    auto step = [&](TicketState to, qint64 lo, qint64 hi, bool byLead = false) {
        steps->append({to, random.between(lo, hi), byLead});
    };
    const bool live = source == Channel::Phone || source == Channel::Online;
    if (origin == Origin::IncidentParent) {
        // The lead runs the incident.
        step(TicketState::Accepted, 3 * M, 10 * M, true);
        step(TicketState::Processing, 5 * M, 20 * M, true);
        step(TicketState::Replied, 40 * M, 3 * H, true);
        step(TicketState::Closed, 2 * H, 8 * H, true);
        return;
    }
    switch (kind) {
    case TicketKind::Inquiry:
        if (origin == Origin::IncidentChild) {
            step(TicketState::Replied, 10 * M, 3 * H);
            step(TicketState::Closed, 1 * H, 1 * D);
        } else if (random.chance(0.8)) {
            step(TicketState::Replied, live ? 2 * M : 1 * H, live ? 20 * M : 2 * D);
            step(TicketState::Closed, 1 * M, live ? 30 * M : 1 * D);
        } else {
            step(TicketState::Processing, 5 * M, 4 * H);
            step(TicketState::Replied, 2 * H, 3 * D);
            step(TicketState::Closed, 1 * H, 2 * D);
        }
        break;
    case TicketKind::Suggestion:
        step(TicketState::Processing, 1 * H, 1 * D);
        step(TicketState::Replied, 1 * D, 7 * D);
        step(TicketState::Closed, 1 * H, 3 * D);
        break;
    case TicketKind::Request:
        step(TicketState::Accepted, 5 * M, 4 * H);
        step(TicketState::Processing, 10 * M, 1 * D);
        step(TicketState::Replied, 1 * H, 6 * D);
        step(TicketState::Closed, 1 * H, 3 * D);
        break;
    case TicketKind::Report:
        step(TicketState::Accepted, 30 * M, 1 * D);
        step(TicketState::Investigating, 1 * H, 2 * D);
        step(TicketState::Processing, 1 * D, 6 * D);
        step(TicketState::Replied, 1 * D, 8 * D);
        step(TicketState::Closed, 1 * H, 3 * D, true); // a lead signs off the findings
        break;
    case TicketKind::Complaint: {
        step(TicketState::Accepted, 10 * M, random.chance(0.1) ? 3 * D : 20 * H);
        step(TicketState::Investigating, 1 * H, 2 * D);
        step(TicketState::Processing, 1 * D, 6 * D);
        const int variant
            = random.weighted({93, 4, 2, 1}); // plain, mediation settles, mediation fails, arbitration
        if (variant == 1) {
            step(TicketState::Mediation, 1 * D, 3 * D);
            step(TicketState::Closed, 15 * D, 60 * D);
            return;
        }
        if (variant == 2) {
            step(TicketState::Mediation, 1 * D, 3 * D);
            step(TicketState::Processing, 15 * D, 45 * D);
        }
        // Most answers take a week or so; some run up to and past the 15-working-day limit.
        const int pace = random.weighted({55, 25, 20});
        static constexpr qint64 lo[] = {1 * D, 6 * D, 10 * D};
        static constexpr qint64 hi[] = {8 * D, 14 * D, 25 * D};
        step(TicketState::Replied, lo[pace], hi[pace]);
        if (variant == 3) {
            step(TicketState::Arbitration, 2 * D, 10 * D, true);
            step(TicketState::Closed, 30 * D, 120 * D, true);
            return;
        }
        step(TicketState::FollowUp, 1 * D, 3 * D);
        step(TicketState::Closed, 1 * H, 2 * D);
        break;
    }
    }
    // The customer comes back after the reply: back to work, then answered again.
    if (origin == Origin::Regular && random.chance(0.03)) {
        for (qsizetype i = 0; i < steps->size(); ++i) {
            if ((*steps)[i].to == TicketState::Replied) {
                steps->insert(i + 1, {TicketState::Processing, random.between(1 * D, 3 * D), false});
                steps->insert(i + 2, {TicketState::Replied, random.between(1 * D, 5 * D), false});
                break;
            }
        }
    }
    // Reopened by a lead within the 30-day window, then closed again.
    if (origin == Origin::Regular && steps->last().to == TicketState::Closed && random.chance(0.015)) {
        step(TicketState::Processing, 1 * D, 20 * D, true);
        step(TicketState::Replied, 1 * D, 5 * D);
        if (kind == TicketKind::Complaint)
            step(TicketState::FollowUp, 1 * D, 2 * D);
        step(TicketState::Closed, 1 * H, 2 * D, kind == TicketKind::Report);
    }
}
