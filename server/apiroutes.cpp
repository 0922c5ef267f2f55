#include "server/apiroutes.h"

#include "core/wirecodec.h"
#include "server/auditlog.h"
#include "server/dbconnection.h"
#include "server/passwordhasher.h"
#include "server/router.h"
#include "server/sessionstore.h"
#include "server/userdirectory.h"
#include "server/writetransaction.h"

#include <QJsonArray>

namespace {
constexpr int s_maxUsernameLength = 128;
constexpr int s_maxPasswordLength = 1024;
constexpr int s_defaultAuditPage = 100;
constexpr int s_maxAuditPage = 1000;
} // namespace

ApiRoutes::ApiRoutes(const DatabaseSettings &database, qint64 sessionLifetimeMs)
    : m_database(database), m_sessionLifetimeMs(sessionLifetimeMs)
{
}

void ApiRoutes::registerOn(Router &router) const
{
    const DatabaseSettings database = m_database;
    router.setAuthenticator([database](QStringView token) {
        return SessionStore::lookup(DbConnection::forThread(database), token);
    });
    const auto bind = [this](HttpResponse (ApiRoutes::*member)(const RouteContext &) const) {
        return [this, member](const RouteContext &context) {
            return (this->*member)(context);
        };
    };
    router.addPublic("GET", QStringLiteral("/api/v1/health"), bind(&ApiRoutes::health));
    router.addPublic("POST", QStringLiteral("/api/v1/session"), bind(&ApiRoutes::createSession));
    router.add(
        "DELETE", QStringLiteral("/api/v1/session"), Router::allRoles(), bind(&ApiRoutes::deleteSession));
    router.add("GET", QStringLiteral("/api/v1/me"), Router::allRoles(), bind(&ApiRoutes::me));
    router.add("GET", QStringLiteral("/api/v1/audit"), {Role::Admin}, bind(&ApiRoutes::audit));
}

HttpResponse ApiRoutes::health(const RouteContext &) const
{
    // Touch the database so a load balancer sees an instance that lost it as unhealthy.
    DbConnection::exec(DbConnection::forThread(m_database), QStringLiteral("SELECT 1"));
    return HttpResponse::json(200,
        {{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("db"), m_database.backendName()}});
}

HttpResponse ApiRoutes::createSession(const RouteContext &context) const
{
    QJsonObject body;
    HttpResponse error;
    if (!Router::parseJsonBody(context.request, body, &error))
        return error;
    const QJsonValue username = body.value(QStringLiteral("username"));
    const QJsonValue password = body.value(QStringLiteral("password"));
    if (!username.isString() || !password.isString() || username.toString().isEmpty()
        || password.toString().isEmpty())
        return HttpResponse::unprocessable(tr("Give username and password as non-empty strings."));
    if (username.toString().size() > s_maxUsernameLength || password.toString().size() > s_maxPasswordLength)
        return HttpResponse::unprocessable(tr("The username or password is too long."));

    const QSqlDatabase db = DbConnection::forThread(m_database);
    QString storedHash;
    const std::optional<User> user = UserDirectory::findUser(db, username.toString(), &storedHash);
    // The same answer, and about the same time, for an unknown user, a disabled one and a
    // wrong password: the response must not tell which usernames exist.
    bool accepted = false;
    if (user) {
        accepted = PasswordHasher::verify(storedHash, password.toString()) && user->active;
    } else {
        PasswordHasher::verifyDummy(password.toString());
    }

    WriteTransaction transaction(db, m_database.backend);
    AuditEntry entry;
    entry.userId = user ? user->id : QString();
    entry.entity = QStringLiteral("user");
    entry.entityId = entry.userId;
    if (!accepted) {
        entry.action = QStringLiteral("session_refused");
        AuditLog::append(db, entry);
        transaction.commit();
        return HttpResponse::error(401, QStringLiteral("invalid_credentials"),
            tr("Unknown user, wrong password or disabled account."));
    }
    QDateTime expiresAt;
    const QString token = SessionStore::create(db, user->id, m_sessionLifetimeMs, &expiresAt);
    entry.action = QStringLiteral("session_create");
    AuditLog::append(db, entry);
    transaction.commit();
    return HttpResponse::json(200,
        {{QStringLiteral("token"), token},
            {QStringLiteral("expires_at"), WireCodec::dateTimeToWire(expiresAt)},
            {QStringLiteral("user"), UserDirectory::toJson(*user)}});
}

HttpResponse ApiRoutes::deleteSession(const RouteContext &context) const
{
    const QSqlDatabase db = DbConnection::forThread(m_database);
    WriteTransaction transaction(db, m_database.backend);
    SessionStore::revoke(db, context.session->tokenHash);
    AuditEntry entry;
    entry.userId = context.session->user.id;
    entry.action = QStringLiteral("session_delete");
    entry.entity = QStringLiteral("user");
    entry.entityId = entry.userId;
    AuditLog::append(db, entry);
    transaction.commit();
    return HttpResponse::json(200, {{QStringLiteral("revoked"), true}});
}

HttpResponse ApiRoutes::me(const RouteContext &context) const
{
    return HttpResponse::json(200,
        {{QStringLiteral("user"), UserDirectory::toJson(context.session->user)},
            {QStringLiteral("expires_at"), WireCodec::dateTimeToWire(context.session->expiresAt)}});
}

HttpResponse ApiRoutes::audit(const RouteContext &context) const
{
    bool ok = true;
    qint64 after = 0;
    int limit = s_defaultAuditPage;
    const QUrlQuery &query = context.request.query;
    if (query.hasQueryItem(QStringLiteral("after")))
        after = query.queryItemValue(QStringLiteral("after")).toLongLong(&ok);
    if (!ok || after < 0)
        return HttpResponse::badRequest(
            QStringLiteral("invalid_parameter"), tr("after must be a non-negative integer."));
    if (query.hasQueryItem(QStringLiteral("limit")))
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > s_maxAuditPage)
        return HttpResponse::badRequest(QStringLiteral("invalid_parameter"),
            tr("limit must be an integer from 1 to %1.").arg(s_maxAuditPage));

    // One extra row tells whether another page follows.
    const QList<AuditEntry> entries = AuditLog::page(DbConnection::forThread(m_database), after, limit + 1);
    const bool more = entries.size() > limit;
    QJsonArray array;
    qint64 next = after;
    for (qsizetype i = 0; i < qMin<qsizetype>(entries.size(), limit); ++i) {
        array.append(AuditLog::toJson(entries.at(i)));
        next = entries.at(i).id.toLongLong();
    }
    return HttpResponse::json(200,
        {{QStringLiteral("entries"), array}, {QStringLiteral("next"), next}, {QStringLiteral("more"), more}});
}
