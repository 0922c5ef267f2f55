#pragma once

#include "core/casestudy.h"
#include "store/keysetcursor.h"
#include "store/repository.h"

// Case studies; their comments are in CaseCommentRepository.
class CaseStudyRepository : public Repository<CaseStudy>
{
public:
    explicit CaseStudyRepository(Database &db) : Repository<CaseStudy>(db) { }

    // Newest first, keyset-paged.
    QList<CaseStudy> page(
        const std::optional<KeysetCursor> &after, int limit, QString *error = nullptr) const;
    static KeysetCursor cursorFor(const CaseStudy &c);
    // Cases carrying this tag, newest first.
    QList<CaseStudy> withTag(const QString &tag, QString *error = nullptr) const;
};
