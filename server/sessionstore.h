#pragma once

#include "server/sessionuser.h"

#include <QSqlDatabase>

#include <optional>

// Bearer-token sessions in the database, so any server instance on the same database
// accepts a token another issued. Only the SHA-256 of a token is stored.
class SessionStore
{
public:
    // Issues a token for userId valid for `lifetimeMs`; *expiresAt receives the expiry.
    // Also drops sessions that expired more than a day ago. Throws DbError.
    static QString create(
        const QSqlDatabase &db, const QString &userId, qint64 lifetimeMs, QDateTime *expiresAt);
    // The active user behind a token; nullopt when the token is unknown, expired,
    // revoked or its user disabled.
    static std::optional<SessionUser> lookup(const QSqlDatabase &db, QStringView token);
    static void revoke(const QSqlDatabase &db, const QString &tokenHash);
    // Ends every session of a user (disabled, password changed).
    static void revokeUser(const QSqlDatabase &db, const QString &userId);
};
