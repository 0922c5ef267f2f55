#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <memory>

class HttpBodyStream;

// A response as the routes produce it: a status and a JSON body. Every failure is
// {"code": "...", "message": "..."} with the status that matches it. A download sets
// `stream` instead of `body`, and its own content type.
struct HttpResponse
{
    int status = 200;
    QByteArray body; // JSON text
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type
    QByteArray contentType = "application/json; charset=utf-8";
    std::shared_ptr<HttpBodyStream> stream; // when set, the body (body is ignored)

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse error(int status, const QString &code, const QString &message);

    // The common failures, with the messages every route shares.
    static HttpResponse badRequest(const QString &code, const QString &message); // 400
    static HttpResponse unauthorized(); // 401
    static HttpResponse forbidden(); // 403
    static HttpResponse notFound(); // 404
    static HttpResponse methodNotAllowed(const QByteArray &allow); // 405
    static HttpResponse conflict(const QString &message); // 409
    static HttpResponse payloadTooLarge(qint64 limit); // 413
    static HttpResponse unsupportedMediaType(const QString &message); // 415
    static HttpResponse unprocessable(const QString &message); // 422
    static HttpResponse internalError(); // 500

    static QByteArray reasonPhrase(int status);
};
