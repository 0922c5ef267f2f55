#pragma once

#include "server/apiroutes.h"
#include "server/attachmentroutes.h"
#include "server/customerroutes.h"
#include "server/router.h"
#include "server/syncroutes.h"

#include <QJsonArray>

// Every route agentdesk-server serves, on one Router: the single place routes are
// registered, so `serve` and `agentdesk-server routes` (the list the security test
// walks, tests/server/tst_routesecurity.cpp) cannot differ.
class ServerRoutes
{
public:
    ServerRoutes(const DatabaseSettings &database, qint64 sessionLifetimeMs,
        qint64 maxAttachmentBytes = AttachmentRoutes::DefaultMaxBytes);
    ServerRoutes(const ServerRoutes &) = delete;
    ServerRoutes &operator=(const ServerRoutes &) = delete;

    const Router &router() const { return m_router; }

    // [{method, path, public, roles: [...]}] in registration order.
    QJsonArray describe() const;

private:
    ApiRoutes m_api;
    SyncRoutes m_sync;
    AttachmentRoutes m_attachments;
    CustomerRoutes m_customers;
    Router m_router;
};
