#include "core/ticketassignment.h"

namespace {

TicketAssignment::Check allow()
{
    return {true, {}};
}

TicketAssignment::Check refuse(const QString &reason)
{
    return {false, reason};
}

bool inTeam(const Ticket &ticket, const Actor &actor)
{
    return ticket.teamId.isEmpty() || ticket.teamId == actor.teamId;
}

} // namespace

TicketAssignment::Check TicketAssignment::canClaim(const Ticket &ticket, const Actor &actor)
{
    if (ticket.assigneeId == actor.userId)
        return refuse(tr("You already hold this ticket."));
    if (ticket.state == TicketState::Closed)
        return refuse(tr("The ticket is closed."));
    if (!ticket.assigneeId.isEmpty() && actor.role == Role::Agent)
        return refuse(tr("The first handler owns this ticket; a team lead can reassign it."));
    if (!inTeam(ticket, actor) && actor.role != Role::Admin)
        return refuse(tr("The ticket belongs to another team."));
    if (actor.role == Role::Trainer)
        return refuse(tr("Trainers do not handle tickets."));
    return allow();
}

TicketAssignment::Check TicketAssignment::canHandBack(const Ticket &ticket, const Actor &actor)
{
    if (ticket.assigneeId.isEmpty())
        return refuse(tr("Nobody holds this ticket."));
    if (ticket.state == TicketState::Closed)
        return refuse(tr("The ticket is closed."));
    if (actor.role == Role::Admin || (actor.role == Role::Lead && inTeam(ticket, actor)))
        return allow();
    if (ticket.assigneeId != actor.userId)
        return refuse(tr("Only the holder or a team lead can hand a ticket back."));
    return allow();
}

TicketAssignment::Check TicketAssignment::canChange(
    const Ticket &ticket, const QString &assigneeId, const Actor &actor)
{
    if (assigneeId == ticket.assigneeId)
        return allow();
    switch (actor.role) {
    case Role::Admin:
        return allow();
    case Role::Lead:
        return inTeam(ticket, actor) ? allow()
                                     : refuse(tr("A team lead assigns the tickets of their own team."));
    case Role::Trainer:
        return refuse(tr("Trainers do not handle tickets."));
    case Role::Agent:
        break;
    }
    if (assigneeId.isEmpty())
        return canHandBack(ticket, actor);
    if (assigneeId == actor.userId)
        return canClaim(ticket, actor);
    return refuse(
        tr("Only a team lead assigns tickets to others; an agent may claim an unassigned ticket or hand "
           "back their own."));
}
