#include "server/syncroutes.h"

#include "server/changefeed.h"
#include "server/dbconnection.h"
#include "server/mutationprocessor.h"
#include "server/router.h"

#include <QJsonArray>

SyncRoutes::SyncRoutes(const DatabaseSettings &database) : m_database(database) { }

void SyncRoutes::registerOn(Router &router) const
{
    router.add("GET", QStringLiteral("/api/v1/changes"), Router::allRoles(),
        [this](const RouteContext &context) { return changes(context); });
    router.add("POST", QStringLiteral("/api/v1/mutations"), Router::allRoles(),
        [this](const RouteContext &context) { return mutations(context); });
}

HttpResponse SyncRoutes::changes(const RouteContext &context) const
{
    const QUrlQuery &query = context.request.query;
    const std::optional<qint64> since
        = ChangeFeed::parseCursor(query.queryItemValue(QStringLiteral("since")));
    if (!since)
        return HttpResponse::badRequest(
            QStringLiteral("invalid_cursor"), tr("since must be a cursor this server returned as next."));
    int limit = ChangeFeed::DefaultLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > ChangeFeed::MaxLimit)
            return HttpResponse::badRequest(QStringLiteral("invalid_parameter"),
                tr("limit must be an integer from 1 to %1.").arg(ChangeFeed::MaxLimit));
    }
    ChangeFeed::Page page;
    const ChangeFeed::Result result = ChangeFeed::page(
        DbConnection::forThread(m_database), context.session->actor(), *since, limit, &page);
    if (result == ChangeFeed::Result::CursorExpired)
        return HttpResponse::error(410, QStringLiteral("cursor_expired"),
            tr("The cursor is older than the change history kept on the server; sync again from the start."));
    // Spliced, not built as a QJsonObject: the changes are JSON text already (ChangeFeed).
    // next is a decimal number written as a string, as before.
    HttpResponse response;
    response.status = 200;
    response.body.reserve(page.changes.size() + 96);
    response.body += "{\"changes\":";
    response.body += page.changes;
    response.body += ",\"next\":\"";
    response.body += page.next.toLatin1();
    response.body += page.more ? "\",\"more\":true" : "\",\"more\":false";
    response.body += ",\"remaining\":";
    response.body += QByteArray::number(page.remaining);
    response.body += '}';
    return response;
}

HttpResponse SyncRoutes::mutations(const RouteContext &context) const
{
    QJsonObject body;
    HttpResponse error;
    if (!Router::parseJsonBody(context.request, body, &error))
        return error;
    const QJsonValue clientId = body.value(QStringLiteral("client_id"));
    if (!clientId.isString() || clientId.toString().isEmpty()
        || clientId.toString().size() > MaxClientIdLength)
        return HttpResponse::unprocessable(
            tr("client_id must be a non-empty string of at most %1 characters.").arg(MaxClientIdLength));
    const QJsonValue list = body.value(QStringLiteral("mutations"));
    if (!list.isArray())
        return HttpResponse::unprocessable(tr("mutations must be an array."));
    const QJsonArray mutations = list.toArray();
    if (mutations.size() > MaxMutationsPerRequest)
        return HttpResponse::error(413, QStringLiteral("too_many_mutations"),
            tr("Send at most %1 mutations per request.").arg(MaxMutationsPerRequest));

    const DatabaseSettings::Backend backend = m_database.backend;
    MutationProcessor processor(
        DbConnection::forThread(m_database), backend, *context.session, clientId.toString());
    QJsonArray results;
    for (const QJsonValue &mutation : mutations)
        results.append(processor.process(mutation));
    return HttpResponse::json(200, {{QStringLiteral("results"), results}});
}
