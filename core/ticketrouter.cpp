#include "core/ticketrouter.h"

#include <algorithm>

QString TicketRouter::pick(AssignmentRule rule, QList<Candidate> candidates, qint64 turn)
{
    if (rule == AssignmentRule::Manual || candidates.isEmpty())
        return {};
    // A stable order, whatever order the directory returned them in.
    std::sort(candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.userId < b.userId; });
    if (rule == AssignmentRule::LeastLoaded) {
        const int least = std::min_element(candidates.cbegin(), candidates.cend(),
            [](const Candidate &a, const Candidate &b) { return a.openTickets < b.openTickets; })->openTickets;
        candidates.removeIf([least](const Candidate &c) { return c.openTickets != least; });
    }
    const qint64 n = candidates.size();
    return candidates.at(int(((turn % n) + n) % n)).userId;
}
