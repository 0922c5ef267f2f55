#pragma once

#include "core/entity.h"
#include "core/enums.h"

struct CannedReply : Entity
{
    QString title;
    QString body; // may contain {customer_name}, {ticket_number}, {agent_name}
    TicketCategory category = TicketCategory::Other;
    QString teamId; // empty = every team
};
