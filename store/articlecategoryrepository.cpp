#include "store/articlecategoryrepository.h"

QList<ArticleCategory> ArticleCategoryRepository::children(const QString &parentId, QString *error) const
{
    if (parentId.isEmpty())
        return select(QStringLiteral("WHERE parent_id IS NULL AND deleted = 0 ORDER BY sort_order, name, id"),
            {}, error);
    return select(QStringLiteral("WHERE parent_id = ? AND deleted = 0 ORDER BY sort_order, name, id"),
        {parentId}, error);
}
