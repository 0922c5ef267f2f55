#pragma once

#include "core/auditentry.h"

#include <QList>
#include <QSqlDatabase>

// The append-only audit table: administrative actions, sign-ins and (later) every
// access to unmasked PII. Entries name fields and records, never PII values.
class AuditLog
{
public:
    // Writes one entry in the caller's transaction; `at` defaults to now. Throws DbError.
    static void append(const QSqlDatabase &db, const AuditEntry &entry);
    // Entries with id > afterId in id order, at most limit of them. The id of an entry
    // is the decimal text of its row id.
    static QList<AuditEntry> page(const QSqlDatabase &db, qint64 afterId, int limit);

    static QJsonObject toJson(const AuditEntry &entry);
};
