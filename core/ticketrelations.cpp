#include "core/ticketrelations.h"

namespace {

TicketRelations::Check allow()
{
    return {true, {}};
}

TicketRelations::Check refuse(const QString &reason)
{
    return {false, reason};
}

} // namespace

TicketRelations::Check TicketRelations::canHandle(const Ticket &ticket, const Actor &actor)
{
    if (ticket.deleted)
        return refuse(tr("Ticket %1 has been deleted.").arg(ticket.number));
    switch (actor.role) {
    case Role::Admin:
        return allow();
    case Role::Trainer:
        return refuse(tr("Trainers do not handle tickets."));
    case Role::Lead:
    case Role::Agent:
        break;
    }
    if (!ticket.teamId.isEmpty() && ticket.teamId != actor.teamId)
        return refuse(tr("Ticket %1 belongs to another team.").arg(ticket.number));
    if (actor.role == Role::Agent && !ticket.assigneeId.isEmpty() && ticket.assigneeId != actor.userId)
        return refuse(tr("Ticket %1 is held by another agent; a team lead can act on it.").arg(ticket.number));
    return allow();
}

TicketRelations::Check TicketRelations::canMerge(const Ticket &duplicate, const Ticket &survivor, const Actor &actor)
{
    if (duplicate.id == survivor.id)
        return refuse(tr("A ticket cannot be merged into itself."));
    if (const Check c = canHandle(duplicate, actor); !c)
        return c;
    if (!duplicate.mergedIntoId.isEmpty())
        return refuse(tr("Ticket %1 has already been merged.").arg(duplicate.number));
    if (duplicate.state == TicketState::Closed)
        return refuse(tr("Ticket %1 is closed; only open duplicates are merged.").arg(duplicate.number));
    if (survivor.deleted || !survivor.mergedIntoId.isEmpty())
        return refuse(tr("Ticket %1 has itself been merged away; merge into the ticket it points to.")
                          .arg(survivor.number));
    if (survivor.state == TicketState::Closed)
        return refuse(tr("Ticket %1 is closed; merge into an open ticket.").arg(survivor.number));
    if (survivor.teamId != duplicate.teamId)
        return refuse(tr("Tickets of different teams cannot be merged."));
    if (survivor.customerId != duplicate.customerId)
        return refuse(tr("Only tickets of the same customer are duplicates; link the tickets instead."));
    if (survivor.parentId == duplicate.id)
        return refuse(tr("Ticket %1 is an incident with %2 under it; merge the other way round.")
                          .arg(duplicate.number, survivor.number));
    return allow();
}

TicketRelations::Check TicketRelations::merge(
    Ticket &duplicate, const Ticket &survivor, const Actor &actor, const QDateTime &now)
{
    const Check check = canMerge(duplicate, survivor, actor);
    if (!check)
        return check;
    duplicate.mergedIntoId = survivor.id;
    duplicate.state = TicketState::Closed;
    duplicate.resolution = ResolutionCode::Merged;
    duplicate.closedAt = now;
    return check;
}

TicketRelations::Check TicketRelations::canSetParent(const Ticket &child, const Ticket &parent, const Actor &actor)
{
    if (child.id == parent.id)
        return refuse(tr("A ticket cannot be its own incident."));
    if (const Check c = canHandle(child, actor); !c)
        return c;
    if (parent.deleted || !parent.mergedIntoId.isEmpty())
        return refuse(tr("Ticket %1 has been merged away and cannot be an incident.").arg(parent.number));
    if (!parent.parentId.isEmpty())
        return refuse(tr("Ticket %1 is itself under an incident; link to that incident instead.").arg(parent.number));
    if (parent.teamId != child.teamId)
        return refuse(tr("The incident belongs to another team."));
    if (child.parentId == parent.id)
        return refuse(tr("Ticket %1 is already under this incident.").arg(child.number));
    return allow();
}

TicketRelations::Check TicketRelations::canClearParent(const Ticket &child, const Actor &actor)
{
    if (child.parentId.isEmpty())
        return refuse(tr("Ticket %1 is not under an incident.").arg(child.number));
    return canHandle(child, actor);
}

TicketRelations::Check TicketRelations::canLink(const Ticket &a, const Ticket &b, const Actor &actor)
{
    if (a.id == b.id)
        return refuse(tr("A ticket cannot be linked to itself."));
    if (const Check c = canHandle(a, actor); !c)
        return c;
    if (b.deleted)
        return refuse(tr("Ticket %1 has been deleted.").arg(b.number));
    if (actor.role != Role::Admin && !b.teamId.isEmpty() && b.teamId != actor.teamId)
        return refuse(tr("Ticket %1 belongs to another team.").arg(b.number));
    return allow();
}

TicketRelations::Check TicketRelations::canChangePriority(const Ticket &ticket, const Actor &actor)
{
    if (ticket.state == TicketState::Closed)
        return refuse(tr("Ticket %1 is closed.").arg(ticket.number));
    return canHandle(ticket, actor);
}
