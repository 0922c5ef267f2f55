#include "server/sessionstore.h"

#include "server/dbconnection.h"
#include "server/passwordhasher.h"
#include "server/userdirectory.h"

#include <QSqlQuery>

namespace {
constexpr qint64 s_purgeGraceMs = 24 * 3600 * 1000;
}

QString SessionStore::create(
    const QSqlDatabase &db, const QString &userId, qint64 lifetimeMs, QDateTime *expiresAt)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 expiry = now + lifetimeMs;
    const QString token = PasswordHasher::newToken();
    DbConnection::exec(
        db, QStringLiteral("DELETE FROM sessions WHERE expires_at < ?"), {now - s_purgeGraceMs});
    DbConnection::exec(db,
        QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) "
                       "VALUES (?, ?, ?, ?)"),
        {PasswordHasher::tokenHash(token), userId, now, expiry});
    if (expiresAt)
        *expiresAt = QDateTime::fromMSecsSinceEpoch(expiry, Qt::UTC);
    return token;
}

std::optional<SessionUser> SessionStore::lookup(const QSqlDatabase &db, QStringView token)
{
    // A token is 43 base64url characters; anything else cannot match, so skip the query.
    if (token.size() != 43)
        return std::nullopt;
    const QString hash = PasswordHasher::tokenHash(token);
    QSqlQuery query = DbConnection::exec(db,
        QStringLiteral("SELECT user_id, expires_at FROM sessions WHERE token_hash = ? AND expires_at > ?"),
        {hash, QDateTime::currentMSecsSinceEpoch()});
    if (!query.next())
        return std::nullopt;
    const QString userId = query.value(0).toString();
    const qint64 expiry = query.value(1).toLongLong();
    const std::optional<User> user = UserDirectory::userById(db, userId);
    if (!user || !user->active)
        return std::nullopt;
    return SessionUser {*user, hash, QDateTime::fromMSecsSinceEpoch(expiry, Qt::UTC)};
}

void SessionStore::revoke(const QSqlDatabase &db, const QString &tokenHash)
{
    DbConnection::exec(db, QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {tokenHash});
}

void SessionStore::revokeUser(const QSqlDatabase &db, const QString &userId)
{
    DbConnection::exec(db, QStringLiteral("DELETE FROM sessions WHERE user_id = ?"), {userId});
}
