#pragma once

#include "core/change.h"

#include <QList>
#include <QString>

class Database;

// Applies the server's change feed to the cache (sync engine): any entity type, no outbox.
// applyPage() writes a page of changes and the next cursor in ONE transaction, so a crash
// never leaves a cursor ahead of the data or data behind a stale cursor.
class RemoteApplier
{
public:
    explicit RemoteApplier(Database &db);

    bool apply(const Change &change, QString *error = nullptr);
    bool applyPage(const QList<Change> &changes, const QString &nextCursor, QString *error = nullptr);

private:
    Database &m_db;
};
