#include "store/userrepository.h"

std::optional<User> UserRepository::findByUsername(const QString &username, QString *error) const
{
    const QList<User> rows
        = select(QStringLiteral("WHERE username = ? AND deleted = 0 LIMIT 1"), {username}, error);
    return rows.isEmpty() ? std::nullopt : std::optional<User>(rows.first());
}

QList<User> UserRepository::forTeam(const QString &teamId, QString *error) const
{
    return select(
        QStringLiteral("WHERE team_id = ? AND deleted = 0 ORDER BY display_name, id"), {teamId}, error);
}
