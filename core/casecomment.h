#pragma once

#include "core/entity.h"

struct CaseComment : Entity
{
    QString caseId;
    QString authorId;
    QString body;
    QDateTime createdAt;
};
