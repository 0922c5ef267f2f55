#pragma once

#include "core/casecomment.h"
#include "store/repository.h"

class CaseCommentRepository : public Repository<CaseComment>
{
public:
    explicit CaseCommentRepository(Database &db) : Repository<CaseComment>(db) { }

    // Oldest first.
    QList<CaseComment> forCase(const QString &caseId, QString *error = nullptr) const;
};
