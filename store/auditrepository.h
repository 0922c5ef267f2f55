#pragma once

#include "core/auditentry.h"
#include "store/repository.h"

class AuditRepository : public Repository<AuditEntry>
{
public:
    explicit AuditRepository(Database &db) : Repository<AuditEntry>(db) { }

    // Newest first.
    QList<AuditEntry> recent(int limit, QString *error = nullptr) const;
    QList<AuditEntry> forRecord(
        const QString &entity, const QString &entityId, QString *error = nullptr) const;
    // Audit entries are append-only: record() is create() under the name that says so.
    bool record(AuditEntry &entry, QString *error = nullptr) { return create(entry, error); }
};
