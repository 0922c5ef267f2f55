#pragma once

#include "core/ticket.h"

#include <QDateTime>

// Which deadline a ticket's SLA clock runs against now (DESIGN.md §3). A complaint not
// yet accepted races its acceptance deadline; until the reply is sent every ticket races
// its reply deadline, or the regulator's own due date of a 12386 transfer when that is
// earlier. Once replied, closed, or referred to mediation or arbitration (their own
// bodies' timetables), no clock runs.
class TicketSla
{
public:
    static QDateTime activeDue(const Ticket &ticket);
    // When the clock started: the allowed span is from here to activeDue().
    static QDateTime clockStart(const Ticket &ticket) { return ticket.createdAt; }
};
