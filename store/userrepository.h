#pragma once

#include "core/user.h"
#include "store/repository.h"

class UserRepository : public Repository<User>
{
public:
    explicit UserRepository(Database &db) : Repository<User>(db) { }

    std::optional<User> findByUsername(const QString &username, QString *error = nullptr) const;
    QList<User> forTeam(const QString &teamId, QString *error = nullptr) const;
};
