#pragma once

#include "core/team.h"
#include "core/user.h"

#include <QSqlDatabase>

#include <optional>

// Staff accounts and teams in the server database: the one API for every writer of
// users and teams (the CLI `user`/`team` commands, `agentdesk-server seed`).
//
// Every add and change also writes the user's or team's feed record and change row
// (entity "user"/"team", the WireCodec form of User/Team — never the password hash,
// audience "staff"), so every signed-in role receives all teams and users, e.g. to show
// assignee names. Usage, inside the caller's write transaction:
//
//   WriteTransaction transaction(db, backend);
//   Team team; team.id = Entity::newId(); team.name = ...;
//   UserDirectory::addTeam(db, team);                  // teams row + record + change
//   User user; user.id = Entity::newId(); user.username = ...; user.displayName = ...;
//   user.role = Role::Agent; user.teamId = team.id;    // team first: users.team_id is a FK
//   UserDirectory::addUser(db, user, PasswordHasher::hash(password));
//   transaction.commit();
//
// Callers own the transaction (WriteTransaction); failures throw DbError. The feed
// counter is locked inside (RecordStore::lockFeed), so these may be mixed freely with
// RecordStore writes in one transaction.
class UserDirectory
{
public:
    // *passwordHash receives the stored argon2id string when asked for.
    static std::optional<User> findUser(
        const QSqlDatabase &db, const QString &username, QString *passwordHash = nullptr);
    static std::optional<User> userById(const QSqlDatabase &db, const QString &id);
    static std::optional<Team> findTeam(const QSqlDatabase &db, const QString &name);
    static std::optional<Team> teamById(const QSqlDatabase &db, const QString &id);

    // rev and updatedAt of the argument are ignored: a new row starts at rev 1, now.
    static void addTeam(const QSqlDatabase &db, const Team &team);
    static void addUser(const QSqlDatabase &db, const User &user, const QString &passwordHash);
    static void setPasswordHash(const QSqlDatabase &db, const QString &userId, const QString &passwordHash);
    static void setActive(const QSqlDatabase &db, const QString &userId, bool active);
    // The team's assignment rule, published to the feed; the new revision.
    static qint64 setAssignmentRule(const QSqlDatabase &db, const QString &teamId, AssignmentRule rule);

    // Writes the feed records of users and teams that have none (a database from
    // before users and teams were in the feed); returns how many. The server runs it
    // at start.
    static int publishMissing(const QSqlDatabase &db);

    // {id, username, display_name, role, team_id} as the API returns a user.
    static QJsonObject toJson(const User &user);

private:
    // Writes the current row of the users/teams table as its feed record and change.
    static void publishUser(const QSqlDatabase &db, const QString &userId);
    static void publishTeam(const QSqlDatabase &db, const QString &teamId);
};
