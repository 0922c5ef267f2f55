#include "store/auditrepository.h"

QList<AuditEntry> AuditRepository::recent(int limit, QString *error) const
{
    return select(QStringLiteral("WHERE deleted = 0 ORDER BY at DESC, id DESC LIMIT ?"), {limit}, error);
}

QList<AuditEntry> AuditRepository::forRecord(
    const QString &entity, const QString &entityId, QString *error) const
{
    return select(QStringLiteral("WHERE entity = ? AND entity_id = ? AND deleted = 0 ORDER BY at, id"),
        {entity, entityId}, error);
}
