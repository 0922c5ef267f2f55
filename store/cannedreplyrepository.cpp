#include "store/cannedreplyrepository.h"

QList<CannedReply> CannedReplyRepository::forTeam(const QString &teamId, QString *error) const
{
    return select(QStringLiteral("WHERE (team_id IS NULL OR team_id = ?) AND deleted = 0 ORDER BY title, id"),
        {teamId}, error);
}

QList<CannedReply> CannedReplyRepository::forTeamAndCategory(
    const QString &teamId, TicketCategory category, QString *error) const
{
    return select(QStringLiteral("WHERE (team_id IS NULL OR team_id = ?) AND category = ? AND deleted = 0 "
                                 "ORDER BY title, id"),
        {teamId, enumKey(category)}, error);
}
