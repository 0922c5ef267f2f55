#pragma once

#include "server/httprequest.h"
#include "server/sessionuser.h"

#include <QStringList>

// What a route handler receives: the request, the signed-in user (null on public
// routes) and the values of the {placeholders} of its path, in order.
struct RouteContext
{
    const HttpRequest &request;
    const SessionUser *session = nullptr;
    QStringList params;
};
