#pragma once

#include "server/databasesettings.h"
#include "server/httpresponse.h"
#include "server/routecontext.h"

#include <QCoreApplication>

class Router;

// The REST routes of /api/v1 (docs/api.md). Each handler takes the calling worker
// thread's database connection, so handlers run in parallel on the HTTP pool.
//   GET    /api/v1/health    public    {status, db}
//   POST   /api/v1/session   public    {username, password} → {token, expires_at, user}
//   DELETE /api/v1/session   any role  revokes the caller's token
//   GET    /api/v1/me        any role  {user, expires_at}
//   GET    /api/v1/audit     admin     ?after=ID&limit=N → {entries, next, more}
class ApiRoutes
{
    Q_DECLARE_TR_FUNCTIONS(ApiRoutes)

public:
    ApiRoutes(const DatabaseSettings &database, qint64 sessionLifetimeMs);

    void registerOn(Router &router) const;

private:
    HttpResponse health(const RouteContext &context) const;
    HttpResponse createSession(const RouteContext &context) const;
    HttpResponse deleteSession(const RouteContext &context) const;
    HttpResponse me(const RouteContext &context) const;
    HttpResponse audit(const RouteContext &context) const;

    DatabaseSettings m_database;
    qint64 m_sessionLifetimeMs;
};
