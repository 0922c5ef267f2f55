#include "server/httpresponse.h"

#include <QJsonDocument>

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message)
{
    return json(status, {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
}

HttpResponse HttpResponse::badRequest(const QString &code, const QString &message)
{
    return error(400, code, message);
}

HttpResponse HttpResponse::unauthorized()
{
    HttpResponse response = error(401, QStringLiteral("unauthorized"),
        QCoreApplication::translate("HttpResponse", "Sign in first: this route needs a valid bearer token."));
    response.headers.append(
        qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"agentdesk\"")));
    return response;
}

HttpResponse HttpResponse::forbidden()
{
    return error(403, QStringLiteral("forbidden"),
        QCoreApplication::translate("HttpResponse", "Your role may not use this route."));
}

HttpResponse HttpResponse::notFound()
{
    return error(
        404, QStringLiteral("not_found"), QCoreApplication::translate("HttpResponse", "No such route."));
}

HttpResponse HttpResponse::methodNotAllowed(const QByteArray &allow)
{
    HttpResponse response = error(405, QStringLiteral("method_not_allowed"),
        QCoreApplication::translate("HttpResponse", "This route does not accept that method."));
    response.headers.append(qMakePair(QByteArray("Allow"), allow));
    return response;
}

HttpResponse HttpResponse::conflict(const QString &message)
{
    return error(409, QStringLiteral("conflict"), message);
}

HttpResponse HttpResponse::payloadTooLarge(qint64 limit)
{
    return error(413, QStringLiteral("payload_too_large"),
        QCoreApplication::translate("HttpResponse", "The request body exceeds %1 bytes.").arg(limit));
}

HttpResponse HttpResponse::unsupportedMediaType(const QString &message)
{
    return error(415, QStringLiteral("unsupported_media_type"), message);
}

HttpResponse HttpResponse::unprocessable(const QString &message)
{
    return error(422, QStringLiteral("invalid_request"), message);
}

HttpResponse HttpResponse::internalError()
{
    return error(500, QStringLiteral("internal_error"),
        QCoreApplication::translate("HttpResponse", "The server failed; the error is logged."));
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}
