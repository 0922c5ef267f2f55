#pragma once

#include "core/enums.h"
#include "server/httpresponse.h"
#include "server/routecontext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

// Dispatches requests to handlers by method and path, and is the auth wrapper: every
// route that is not public needs `Authorization: Bearer TOKEN` of an active session
// (401 otherwise) and a role among those it declares (403 otherwise). Unknown paths
// answer 404, known paths with another method 405 (with Allow). A handler that throws
// answers 500; the exception text is logged, never sent.
class Router
{
    Q_DECLARE_TR_FUNCTIONS(Router)

public:
    using Handler = std::function<HttpResponse(const RouteContext &)>;
    using Authenticator = std::function<std::optional<SessionUser>(QStringView token)>;

    static QList<Role> allRoles();

    void setAuthenticator(Authenticator authenticator) { m_authenticator = std::move(authenticator); }
    // Paths are literal segments and {name} placeholders: /api/v1/tickets/{id}.
    void addPublic(const QByteArray &method, const QString &path, Handler handler);
    void add(const QByteArray &method, const QString &path, const QList<Role> &roles, Handler handler);

    HttpResponse handle(const HttpRequest &request) const;

    struct RouteInfo
    {
        QByteArray method;
        QString path;
        bool isPublic = false;
        QList<Role> roles;
    };
    QList<RouteInfo> routes() const;

    // The body as one JSON object; false with a 400 malformed_json in *error otherwise.
    static bool parseJsonBody(const HttpRequest &request, QJsonObject &out, HttpResponse *error);

private:
    struct Route
    {
        RouteInfo info;
        QStringList segments;
        Handler handler;
    };
    static bool matches(const Route &route, const QStringList &segments, QStringList *params);
    HttpResponse dispatch(const Route &route, const HttpRequest &request, const QStringList &params) const;

    QList<Route> m_routes;
    Authenticator m_authenticator;
};
