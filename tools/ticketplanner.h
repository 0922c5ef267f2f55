#pragma once

#include "core/enums.h"

#include <QList>

class DemoRandom;

// One planned state change: how long after the previous one it happens and whether the
// team lead (rather than the assigned agent) takes it.
struct TicketStep
{
    TicketState to;
    qint64 gapMs;
    bool byLead = false;
};

// The path a ticket of this kind would take from New to Closed, with realistic gaps:
// inquiries answered in the call, complaints over days with the occasional late reply,
// mediation or arbitration, a customer coming back after the reply, a reopen within
// the 30-day window. The builder walks it until "now", so young tickets stay open.
class TicketPlanner
{
public:
    enum class Origin { Regular, IncidentParent, IncidentChild };

    static void plan(
        TicketKind kind, Channel source, Origin origin, DemoRandom &random, QList<TicketStep> *steps);
};
