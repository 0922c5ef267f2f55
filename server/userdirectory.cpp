#include "server/userdirectory.h"

#include "core/wirecodec.h"
#include "server/dbconnection.h"
#include "server/recordstore.h"

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

// Writes `data` (the WireCodec form of the row, rev and updated_at already set) as the
// record's next revision, marking the fields that differ from the previous one.
void writeRecord(const QSqlDatabase &db, EntityType entity, const Entity &row, QJsonObject data)
{
    const std::optional<StoredRecord> previous = RecordStore::load(db, entity, row.id);
    StoredRecord record;
    record.entity = entity;
    record.id = row.id;
    record.rev = previous ? qMax(previous->rev + 1, row.rev) : row.rev;
    record.updatedAtMs = row.updatedAt.toMSecsSinceEpoch();
    data.insert(QStringLiteral("rev"), record.rev);
    record.data = data;
    if (previous)
        record.fieldRevs = previous->fieldRevs;
    const QStringList common = WireCodec::commonKeys();
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (!common.contains(it.key()) && (!previous || previous->data.value(it.key()) != it.value()))
            record.fieldRevs.insert(it.key(), record.rev);
    }
    RecordStore::write(db, record, previous.has_value());
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
    RecordStore::lockFeed(db);
    DbConnection::exec(db,
        QStringLiteral("INSERT INTO teams (id, name, assignment_rule, rev, updated_at) "
                       "VALUES (?, ?, ?, 1, ?)"),
        {team.id, team.name, enumKey(team.assignmentRule), nowMs()});
    publishTeam(db, team.id);
}

void UserDirectory::addUser(const QSqlDatabase &db, const User &user, const QString &passwordHash)
{
    RecordStore::lockFeed(db);
    DbConnection::exec(db,
        QStringLiteral("INSERT INTO users (id, username, display_name, role, team_id, active, "
                       "password_hash, rev, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"),
        {user.id, user.username, user.displayName, enumKey(user.role), nullable(user.teamId),
            user.active ? 1 : 0, passwordHash, nowMs()});
    publishUser(db, user.id);
}

void UserDirectory::setPasswordHash(
    const QSqlDatabase &db, const QString &userId, const QString &passwordHash)
{
    // The hash is not in the feed record: a new password changes nothing a client sees,
    // so the revision and the feed stay as they are.
    DbConnection::exec(
        db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {passwordHash, userId});
}

qint64 UserDirectory::setAssignmentRule(const QSqlDatabase &db, const QString &teamId, AssignmentRule rule)
{
    RecordStore::lockFeed(db);
    DbConnection::exec(db,
        QStringLiteral("UPDATE teams SET assignment_rule = ?, rev = rev + 1, updated_at = ? WHERE id = ?"),
        {enumKey(rule), nowMs(), teamId});
    publishTeam(db, teamId);
    const std::optional<Team> team = teamById(db, teamId);
    return team ? team->rev : 0;
}

void UserDirectory::setActive(const QSqlDatabase &db, const QString &userId, bool active)
{
    RecordStore::lockFeed(db);
    QSqlQuery updated = DbConnection::exec(db,
        QStringLiteral(
            "UPDATE users SET active = ?, rev = rev + 1, updated_at = ? WHERE id = ? AND active <> ?"),
        {active ? 1 : 0, nowMs(), userId, active ? 1 : 0});
    if (updated.numRowsAffected() > 0)
        publishUser(db, userId);
}

int UserDirectory::publishMissing(const QSqlDatabase &db)
{
    RecordStore::lockFeed(db);
    QStringList teams;
    QSqlQuery teamQuery = DbConnection::exec(db,
        QStringLiteral("SELECT t.id FROM teams t WHERE NOT EXISTS (SELECT 1 FROM records r "
                       "WHERE r.entity = 'team' AND r.id = t.id) ORDER BY t.id"));
    while (teamQuery.next())
        teams.append(teamQuery.value(0).toString());
    QStringList users;
    QSqlQuery userQuery = DbConnection::exec(db,
        QStringLiteral("SELECT u.id FROM users u WHERE NOT EXISTS (SELECT 1 FROM records r "
                       "WHERE r.entity = 'user' AND r.id = u.id) ORDER BY u.id"));
    while (userQuery.next())
        users.append(userQuery.value(0).toString());
    // Teams first: a client applying a user finds its team already there.
    for (const QString &id : std::as_const(teams))
        publishTeam(db, id);
    for (const QString &id : std::as_const(users))
        publishUser(db, id);
    return int(teams.size() + users.size());
}

void UserDirectory::publishUser(const QSqlDatabase &db, const QString &userId)
{
    const std::optional<User> user = userById(db, userId);
    if (user)
        writeRecord(db, EntityType::User, *user, WireCodec::encode(*user));
}

void UserDirectory::publishTeam(const QSqlDatabase &db, const QString &teamId)
{
    const std::optional<Team> team = teamById(db, teamId);
    if (team)
        writeRecord(db, EntityType::Team, *team, WireCodec::encode(*team));
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
