#pragma once

#include "core/enums.h"

#include <QString>
#include <optional>

// What a user asks for when moving a ticket: the target state plus the fields that
// transition needs (TicketWorkflow::requiredFields() says which).
struct TransitionRequest
{
    TicketState to = TicketState::New;
    QString replyText; // the reply sent to the customer (→ Replied)
    std::optional<ResolutionCode> resolution; // → Closed
    std::optional<FollowUpResult> followUp; // → Closed (complaints)
    std::optional<MediationBody> mediationBody; // → Mediation / Arbitration
    QString reason; // reopen reason, why a replied ticket goes back to work, or a note
};
