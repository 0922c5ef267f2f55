#pragma once

#include "core/team.h"
#include "core/user.h"

#include <QSqlDatabase>

#include <optional>

// Staff accounts and teams in the server database. Callers own the transaction;
// failures throw DbError.
class UserDirectory
{
public:
    // *passwordHash receives the stored argon2id string when asked for.
    static std::optional<User> findUser(
        const QSqlDatabase &db, const QString &username, QString *passwordHash = nullptr);
    static std::optional<User> userById(const QSqlDatabase &db, const QString &id);
    static std::optional<Team> findTeam(const QSqlDatabase &db, const QString &name);
    static std::optional<Team> teamById(const QSqlDatabase &db, const QString &id);

    static void addTeam(const QSqlDatabase &db, const Team &team);
    static void addUser(const QSqlDatabase &db, const User &user, const QString &passwordHash);
    static void setPasswordHash(const QSqlDatabase &db, const QString &userId, const QString &passwordHash);
    static void setActive(const QSqlDatabase &db, const QString &userId, bool active);

    // {id, username, display_name, role, team_id} as the API returns a user.
    static QJsonObject toJson(const User &user);
};
