#pragma once

#include "core/entity.h"

#include <QJsonObject>

// Append-only record of a PII reveal or an administrative action.
struct AuditEntry : Entity
{
    QDateTime at;
    QString userId;
    QString action; // "reveal_pii", "user_add", …
    QString entity;
    QString entityId;
    QString reason;
    QJsonObject detail; // never PII values, only which field
};
