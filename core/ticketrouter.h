#pragma once

#include "core/enums.h"

#include <QList>
#include <QString>

// Who gets a new ticket that arrives unassigned in a team, by the rule the team lead chose
// (DESIGN.md §3, 首办负责制 for everything routed): manual leaves it in the team queue;
// round-robin deals tickets to the agents in turn; least-loaded gives it to the agent with
// the fewest open tickets, ties dealt in turn so one agent is not always first. Stateless:
// the caller keeps the team's turn counter and counts the open tickets.
class TicketRouter
{
public:
    struct Candidate
    {
        QString userId; // an active agent of the team
        int openTickets = 0;
    };

    // The chosen agent's id, or empty (manual rule, nobody to give it to). turn is the number
    // of tickets the team has routed so far.
    static QString pick(AssignmentRule rule, QList<Candidate> candidates, qint64 turn);
};
