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
    // Our edit: every field it changed (not only those in conflict — the server applied
    // none of them); {"deleted": true} for a delete.
    QJsonObject local;
    // The server's copy: the whole record (id, rev, …) as the conflict answer sent it.
    // Conflicts recorded by older versions hold only the fields in conflict.
    QJsonObject server;
    QDateTime createdAt;
    QDateTime resolvedAt; // invalid while open
    QString resolution; // "local", "server", "merged", …

    // The revision of the server copy (0 when unknown).
    qint64 serverRev() const { return server.value(QLatin1String("rev")).toInteger(); }
    bool deletedOnServer() const { return server.value(QLatin1String("deleted")).toBool(false); }
    bool localDelete() const { return local.value(QLatin1String("deleted")).toBool(false); }
    // A ticket's state and assignment are decided by the server (DESIGN.md §4): the
    // local value of such a field is shown for information only.
    static bool serverWins(EntityType entity, const QString &field)
    {
        return entity == EntityType::Ticket
            && (field == QLatin1String("state") || field == QLatin1String("assignee_id"));
    }
    bool serverWins(const QString &field) const { return serverWins(entity, field); }
    // Every field in conflict is the server's: nothing to choose, only to acknowledge.
    bool informationOnly() const
    {
        if (deletedOnServer())
            return true;
        for (const QString &f : fields)
            if (!serverWins(f))
                return false;
        return !fields.isEmpty();
    }
};
