#pragma once

#include "core/entity.h"
#include "core/enums.h"

struct User : Entity
{
    QString username;
    QString displayName;
    Role role = Role::Agent;
    QString teamId;
    bool active = true;
};
