#pragma once

#include "core/actor.h"
#include "core/user.h"

#include <QDateTime>
#include <QString>

// The signed-in user behind a bearer token, as the auth wrapper hands it to a route.
struct SessionUser
{
    User user;
    QString tokenHash;
    QDateTime expiresAt;

    Actor actor() const { return Actor {user.id, user.role, user.teamId}; }
};
