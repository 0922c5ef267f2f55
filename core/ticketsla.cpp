#include "core/ticketsla.h"

QDateTime TicketSla::activeDue(const Ticket &ticket)
{
    switch (ticket.state) {
    case TicketState::Replied:
    case TicketState::FollowUp:
    case TicketState::Closed:
    case TicketState::Mediation:
    case TicketState::Arbitration:
        return {};
    case TicketState::New:
        if (ticket.kind == TicketKind::Complaint && ticket.acceptDue.isValid())
            return ticket.acceptDue;
        break;
    case TicketState::Accepted:
    case TicketState::Investigating:
    case TicketState::Processing:
        break;
    }
    if (ticket.externalDue.isValid() && (!ticket.replyDue.isValid() || ticket.externalDue < ticket.replyDue))
        return ticket.externalDue;
    return ticket.replyDue;
}
