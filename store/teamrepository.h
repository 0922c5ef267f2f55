#pragma once

#include "core/team.h"
#include "store/repository.h"

class TeamRepository : public Repository<Team>
{
public:
    explicit TeamRepository(Database &db) : Repository<Team>(db) { }

    QList<Team> byName(QString *error = nullptr) const;
};
