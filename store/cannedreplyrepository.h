#pragma once

#include "core/cannedreply.h"
#include "store/repository.h"

class CannedReplyRepository : public Repository<CannedReply>
{
public:
    explicit CannedReplyRepository(Database &db) : Repository<CannedReply>(db) { }

    // The team's own replies and those for every team, by title.
    QList<CannedReply> forTeam(const QString &teamId, QString *error = nullptr) const;
    QList<CannedReply> forTeamAndCategory(
        const QString &teamId, TicketCategory category, QString *error = nullptr) const;
};
