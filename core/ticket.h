#pragma once

#include "core/entity.h"
#include "core/enums.h"

#include <optional>

struct Ticket : Entity
{
    QString number; // human-facing, e.g. "T20261127000042"
    QString customerId;
    TicketKind kind = TicketKind::Inquiry;
    Channel source = Channel::Phone;
    TicketCategory category = TicketCategory::Other;
    QString subject;
    QString description;
    Priority priority = Priority::Normal;
    TicketState state = TicketState::New;
    QString assigneeId;
    QString teamId;
    QDateTime createdAt;
    QDateTime acceptDue;   // complaints: accept within 1 working day
    QDateTime replyDue;    // 15 working days, once extendable to 30
    QDateTime externalDue; // 12386 transfers carry the regulator's own due date
    bool replyDueExtended = false;
    QDateTime firstResponseAt;
    QDateTime closedAt;
    std::optional<ResolutionCode> resolution;
    std::optional<FollowUpResult> followUp;
    std::optional<MediationBody> mediationBody;
    int satisfaction = 0; // 1–5, 0 = not surveyed
    QString parentId;     // parent incident for mass events
    QString mergedIntoId; // set on a duplicate merged into a survivor
};
