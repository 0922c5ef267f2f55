#include "server/router.h"

#include "server/dbconnection.h"
#include "server/dberror.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <exception>

QList<Role> Router::allRoles()
{
    return enumValues<Role>();
}

void Router::addPublic(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes.append(
        {{method, path, true, {}}, path.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler)});
}

void Router::add(const QByteArray &method, const QString &path, const QList<Role> &roles, Handler handler)
{
    m_routes.append(
        {{method, path, false, roles}, path.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler)});
}

QList<Router::RouteInfo> Router::routes() const
{
    QList<RouteInfo> infos;
    for (const Route &route : m_routes)
        infos.append(route.info);
    return infos;
}

bool Router::matches(const Route &route, const QStringList &segments, QStringList *params)
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList values;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &pattern = route.segments.at(i);
        if (pattern.startsWith(QLatin1Char('{')) && pattern.endsWith(QLatin1Char('}')))
            values.append(segments.at(i));
        else if (pattern != segments.at(i))
            return false;
    }
    *params = values;
    return true;
}

HttpResponse Router::handle(const HttpRequest &request) const
{
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        QStringList params;
        if (!matches(route, segments, &params))
            continue;
        if (route.info.method == request.method)
            return dispatch(route, request, params);
        allowed.append(route.info.method);
    }
    if (allowed.isEmpty())
        return HttpResponse::notFound();
    return HttpResponse::methodNotAllowed(allowed.join(", "));
}

HttpResponse Router::dispatch(const Route &route, const HttpRequest &request, const QStringList &params) const
{
    try {
        if (route.info.isPublic)
            return route.handler(RouteContext {request, nullptr, params});

        const QByteArray authorization = request.header("authorization");
        static const QByteArray scheme = "bearer ";
        if (authorization.size() <= scheme.size() || authorization.left(scheme.size()).toLower() != scheme
            || !m_authenticator)
            return HttpResponse::unauthorized();
        const QString token = QString::fromLatin1(authorization.mid(scheme.size()).trimmed());
        const std::optional<SessionUser> session = m_authenticator(token);
        if (!session)
            return HttpResponse::unauthorized();
        if (!route.info.roles.contains(session->user.role))
            return HttpResponse::forbidden();
        return route.handler(RouteContext {request, &*session, params});
    } catch (const DbError &error) {
        qWarning("agentdesk-server: %s %s: database error: %s", request.method.constData(),
            qPrintable(route.info.path), error.what());
        DbConnection::discardForThread();
    } catch (const std::exception &error) {
        qWarning("agentdesk-server: %s %s: %s", request.method.constData(), qPrintable(route.info.path),
            error.what());
    }
    return HttpResponse::internalError();
}

bool Router::parseJsonBody(const HttpRequest &request, QJsonObject &out, HttpResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error) {
            *error = HttpResponse::badRequest(QStringLiteral("malformed_json"),
                parseError.error != QJsonParseError::NoError
                    ? tr("The body is not valid JSON: %1 at offset %2.")
                          .arg(parseError.errorString())
                          .arg(parseError.offset)
                    : tr("The body must be one JSON object."));
        }
        return false;
    }
    out = document.object();
    return true;
}
