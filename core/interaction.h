#pragma once

#include "core/entity.h"
#include "core/enums.h"

struct Interaction : Entity
{
    QString customerId;
    Channel channel = Channel::Phone;
    Direction direction = Direction::Inbound;
    QString agentId;
    QDateTime startedAt;
    int durationSeconds = 0;
    QString summary;
    QString recordingRef;
    QString ticketId;
};
