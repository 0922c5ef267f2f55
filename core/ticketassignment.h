#pragma once

#include "core/actor.h"
#include "core/ticket.h"

#include <QCoreApplication>
#include <QString>

// Who may change a ticket's assignee (首办负责制, the first handler owns the ticket): an
// agent may claim an open, unassigned ticket of their team and hand back an open ticket
// they hold; a team lead may assign or unassign any ticket of their team; an admin any
// ticket. Whether the new assignee is an active member of the team is the caller's
// check (it needs the user directory). The workstation offers the actions these allow,
// and the server refuses the others.
class TicketAssignment
{
    Q_DECLARE_TR_FUNCTIONS(TicketAssignment)

public:
    struct Check
    {
        bool allowed = false;
        QString reason; // empty when allowed

        explicit operator bool() const { return allowed; }
    };

    static Check canClaim(const Ticket &ticket, const Actor &actor);
    static Check canHandBack(const Ticket &ticket, const Actor &actor);
    // From the ticket's assignee to assigneeId (empty: unassigned), whichever case it is.
    static Check canChange(const Ticket &ticket, const QString &assigneeId, const Actor &actor);
};
