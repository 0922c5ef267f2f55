#pragma once

#include "core/entity.h"
#include "core/enums.h"

struct Team : Entity
{
    QString name;
    AssignmentRule assignmentRule = AssignmentRule::Manual;
};
