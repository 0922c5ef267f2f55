#include "store/casestudyrepository.h"

QList<CaseStudy> CaseStudyRepository::page(
    const std::optional<KeysetCursor> &after, int limit, QString *error) const
{
    if (!after)
        return select(
            QStringLiteral("WHERE deleted = 0 ORDER BY created_at DESC, id DESC LIMIT ?"), {limit}, error);
    return select(QStringLiteral("WHERE deleted = 0 AND (created_at, id) < (?, ?) "
                                 "ORDER BY created_at DESC, id DESC LIMIT ?"),
        {after->value, after->id, limit}, error);
}

KeysetCursor CaseStudyRepository::cursorFor(const CaseStudy &c)
{
    return {c.createdAt.isValid() ? c.createdAt.toMSecsSinceEpoch() : QVariant(), c.id};
}

QList<CaseStudy> CaseStudyRepository::withTag(const QString &tag, QString *error) const
{
    return select(QStringLiteral("WHERE deleted = 0 AND EXISTS (SELECT 1 FROM json_each(case_studies.tags) "
                                 "WHERE json_each.value = ?) ORDER BY created_at DESC, id DESC"),
        {tag}, error);
}
