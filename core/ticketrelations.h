#pragma once

#include "core/actor.h"
#include "core/ticket.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Edits that relate tickets to each other or change their weight, outside the state
// workflow: merging a duplicate into a survivor, putting a ticket under a parent incident
// (a mass event such as a trading-system outage), linking two related tickets, and
// changing the priority. The workstation offers what these allow and the server refuses
// the rest, so both sides decide alike.
class TicketRelations
{
    Q_DECLARE_TR_FUNCTIONS(TicketRelations)

public:
    struct Check
    {
        bool allowed = false;
        QString reason; // empty when allowed

        explicit operator bool() const { return allowed; }
    };

    // The duplicate and the survivor are open tickets of the same team and customer; the
    // actor handles the duplicate (its holder, a lead of the team, an admin).
    static Check canMerge(const Ticket &duplicate, const Ticket &survivor, const Actor &actor);
    // Checks, then closes the duplicate as merged: it points to the survivor and keeps its
    // own history. Writing the link events is the caller's job.
    static Check merge(Ticket &duplicate, const Ticket &survivor, const Actor &actor, const QDateTime &now);

    // A parent incident is a ticket without a parent of its own, in the same team, not merged
    // away; its children are any tickets of the team that the actor handles.
    static Check canSetParent(const Ticket &child, const Ticket &parent, const Actor &actor);
    static Check canClearParent(const Ticket &child, const Actor &actor);

    // A link only records that two tickets are related; both must be visible to the actor.
    static Check canLink(const Ticket &a, const Ticket &b, const Actor &actor);

    // The holder, a lead of the team or an admin, on a ticket that is not closed.
    static Check canChangePriority(const Ticket &ticket, const Actor &actor);

    // Whether the actor may act on the ticket at all: an admin anywhere, a lead in the
    // team, an agent on a ticket that is theirs or nobody's. Reason when not.
    static Check canHandle(const Ticket &ticket, const Actor &actor);
};
