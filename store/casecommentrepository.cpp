#include "store/casecommentrepository.h"

QList<CaseComment> CaseCommentRepository::forCase(const QString &caseId, QString *error) const
{
    return select(
        QStringLiteral("WHERE case_id = ? AND deleted = 0 ORDER BY created_at, id"), {caseId}, error);
}
