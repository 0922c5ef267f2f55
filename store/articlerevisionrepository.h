#pragma once

#include "core/articlerevision.h"
#include "store/repository.h"

class ArticleRevisionRepository : public Repository<ArticleRevision>
{
public:
    explicit ArticleRevisionRepository(Database &db) : Repository<ArticleRevision>(db) { }

    // Oldest first.
    QList<ArticleRevision> forArticle(const QString &articleId, QString *error = nullptr) const;
    std::optional<ArticleRevision> find(
        const QString &articleId, int revision, QString *error = nullptr) const;
};
