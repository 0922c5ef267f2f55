#include "store/teamrepository.h"

QList<Team> TeamRepository::byName(QString *error) const
{
    return select(QStringLiteral("WHERE deleted = 0 ORDER BY name, id"), {}, error);
}
