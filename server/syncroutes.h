#pragma once

#include "server/databasesettings.h"
#include "server/httpresponse.h"
#include "server/routecontext.h"

#include <QCoreApplication>

class Router;

// The sync routes of DESIGN.md §4 (docs/api.md):
//   GET  /api/v1/changes    any role  ?since=CURSOR&limit=N → {changes, next, more}; 410
//                                     cursor_expired when the cursor predates compaction
//   POST /api/v1/mutations  any role  {client_id, mutations:[…]} → {results:[…]}
// Scope and write permissions are per entity (ChangeFeed, EntityRules, MutationProcessor).
class SyncRoutes
{
    Q_DECLARE_TR_FUNCTIONS(SyncRoutes)

public:
    static constexpr int MaxMutationsPerRequest = 500;
    static constexpr int MaxClientIdLength = 200;

    explicit SyncRoutes(const DatabaseSettings &database);

    void registerOn(Router &router) const;

private:
    HttpResponse changes(const RouteContext &context) const;
    HttpResponse mutations(const RouteContext &context) const;

    DatabaseSettings m_database;
};
