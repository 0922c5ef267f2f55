#include "server/userdirectory.h"

#include "server/dbconnection.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

const QString s_userColumns
    = QStringLiteral("id, username, display_name, role, team_id, active, rev, updated_at, "
                     "password_hash");

User userFromRow(const QSqlQuery &query)
{
    User user;
    user.id = query.value(0).toString();
    user.username = query.value(1).toString();
    user.displayName = query.value(2).toString();
    // An unknown role in the database must not grant anything: read it as the least.
    user.role = enumFromKey<Role>(query.value(3).toString()).value_or(Role::Agent);
    user.teamId = query.value(4).toString();
    user.active = query.value(5).toInt() != 0;
    user.rev = query.value(6).toLongLong();
    user.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(7).toLongLong(), Qt::UTC);
    return user;
}

Team teamFromRow(const QSqlQuery &query)
{
    Team team;
    team.id = query.value(0).toString();
    team.name = query.value(1).toString();
    team.assignmentRule
        = enumFromKey<AssignmentRule>(query.value(2).toString()).value_or(AssignmentRule::Manual);
    team.rev = query.value(3).toLongLong();
    team.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    return team;
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

std::optional<User> UserDirectory::findUser(
    const QSqlDatabase &db, const QString &username, QString *passwordHash)
{
    QSqlQuery query = DbConnection::exec(
        db, QStringLiteral("SELECT %1 FROM users WHERE username = ?").arg(s_userColumns), {username});
    if (!query.next())
        return std::nullopt;
    if (passwordHash)
        *passwordHash = query.value(8).toString();
    return userFromRow(query);
}

std::optional<User> UserDirectory::userById(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery query = DbConnection::exec(
        db, QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(s_userColumns), {id});
    if (!query.next())
        return std::nullopt;
    return userFromRow(query);
}

std::optional<Team> UserDirectory::findTeam(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query = DbConnection::exec(db,
        QStringLiteral("SELECT id, name, assignment_rule, rev, updated_at FROM teams WHERE name = ?"),
        {name});
    if (!query.next())
        return std::nullopt;
    return teamFromRow(query);
}

std::optional<Team> UserDirectory::teamById(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery query = DbConnection::exec(db,
        QStringLiteral("SELECT id, name, assignment_rule, rev, updated_at FROM teams WHERE id = ?"), {id});
    if (!query.next())
        return std::nullopt;
    return teamFromRow(query);
}

void UserDirectory::addTeam(const QSqlDatabase &db, const Team &team)
{
    DbConnection::exec(db,
        QStringLiteral("INSERT INTO teams (id, name, assignment_rule, rev, updated_at) "
                       "VALUES (?, ?, ?, 1, ?)"),
        {team.id, team.name, enumKey(team.assignmentRule), nowMs()});
}

void UserDirectory::addUser(const QSqlDatabase &db, const User &user, const QString &passwordHash)
{
    DbConnection::exec(db,
        QStringLiteral("INSERT INTO users (id, username, display_name, role, team_id, active, "
                       "password_hash, rev, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"),
        {user.id, user.username, user.displayName, enumKey(user.role), nullable(user.teamId),
            user.active ? 1 : 0, passwordHash, nowMs()});
}

void UserDirectory::setPasswordHash(
    const QSqlDatabase &db, const QString &userId, const QString &passwordHash)
{
    DbConnection::exec(db,
        QStringLiteral("UPDATE users SET password_hash = ?, rev = rev + 1, updated_at = ? "
                       "WHERE id = ?"),
        {passwordHash, nowMs(), userId});
}

void UserDirectory::setActive(const QSqlDatabase &db, const QString &userId, bool active)
{
    DbConnection::exec(db,
        QStringLiteral("UPDATE users SET active = ?, rev = rev + 1, updated_at = ? WHERE id = ?"),
        {active ? 1 : 0, nowMs(), userId});
}

QJsonObject UserDirectory::toJson(const User &user)
{
    return {
        {QStringLiteral("id"), user.id},
        {QStringLiteral("username"), user.username},
        {QStringLiteral("display_name"), user.displayName},
        {QStringLiteral("role"), enumKey(user.role)},
        {QStringLiteral("team_id"), user.teamId.isEmpty() ? QJsonValue() : QJsonValue(user.teamId)},
    };
}
