#pragma once

#include "core/entitytype.h"

#include <QJsonObject>
#include <QString>

// One entry of the server's change feed (DESIGN.md §4, GET /api/v1/changes).
struct Change
{
    qint64 seq = 0; // feed sequence number, strictly increasing
    EntityType entity = EntityType::Ticket;
    QString id;
    qint64 rev = 0;
    bool deleted = false;
    QJsonObject data; // the whole record as WireCodec::encode writes it; may be empty for a tombstone
};
