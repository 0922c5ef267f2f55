#pragma once

#include "core/entitytype.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

// The same field changed locally and on the server (DESIGN.md §4): both values are kept
// until the user resolves it.
struct Conflict
{
    qint64 id = 0; // assigned by ConflictRepository::add
    EntityType entity = EntityType::Ticket;
    QString entityId;
    QStringList fields; // wire keys in conflict
    QJsonObject local; // our values of those fields
    QJsonObject server; // the server's values
    QDateTime createdAt;
    QDateTime resolvedAt; // invalid while open
    QString resolution; // "local", "server", "merged", …
};
