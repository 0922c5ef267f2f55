#pragma once

#include "core/articlecategory.h"
#include "store/repository.h"

class ArticleCategoryRepository : public Repository<ArticleCategory>
{
public:
    explicit ArticleCategoryRepository(Database &db) : Repository<ArticleCategory>(db) { }

    // Children of a category in display order; an empty parentId gives the roots.
    QList<ArticleCategory> children(const QString &parentId, QString *error = nullptr) const;
};
