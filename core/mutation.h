#pragma once

#include "core/entitytype.h"

#include <QJsonObject>
#include <QString>

enum class MutationOp { Create, Update, Delete };

// One local edit on its way to the server (DESIGN.md §4, POST /api/v1/mutations).
// fields holds wire keys (WireCodec): for Create every data key of the entity, for
// Update only the changed ones, for Delete nothing.
struct Mutation
{
    QString mutationId; // made by the client; the server answers a repeat with "duplicate"
    EntityType entity = EntityType::Ticket;
    QString id;
    qint64 baseRev = 0; // the revision the edit was made against; 0 for Create
    MutationOp op = MutationOp::Update;
    QJsonObject fields;
};
