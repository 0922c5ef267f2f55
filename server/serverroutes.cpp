#include "server/serverroutes.h"

#include <QJsonObject>

ServerRoutes::ServerRoutes(
    const DatabaseSettings &database, qint64 sessionLifetimeMs, qint64 maxAttachmentBytes)
    : m_api(database, sessionLifetimeMs)
    , m_sync(database)
    , m_attachments(database, maxAttachmentBytes)
    , m_customers(database)
{
    m_api.registerOn(m_router);
    m_sync.registerOn(m_router);
    m_attachments.registerOn(m_router);
    m_customers.registerOn(m_router);
}

QJsonArray ServerRoutes::describe() const
{
    QJsonArray out;
    const QList<Router::RouteInfo> routes = m_router.routes();
    for (const Router::RouteInfo &route : routes) {
        QJsonArray roles;
        for (Role role : route.roles)
            roles.append(enumKey(role));
        out.append(QJsonObject {{QStringLiteral("method"), QString::fromLatin1(route.method)},
            {QStringLiteral("path"), route.path}, {QStringLiteral("public"), route.isPublic},
            {QStringLiteral("roles"), roles}});
    }
    return out;
}
