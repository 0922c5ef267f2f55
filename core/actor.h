#pragma once

#include "core/enums.h"

#include <QString>

// The user acting on a record: who, in which role, for which team. Built from the
// signed-in session on the client and from the bearer token on the server, so the
// same rules decide on both sides.
struct Actor
{
    QString userId;
    Role role = Role::Agent;
    QString teamId;
};
