#pragma once

#include "core/article.h"
#include "store/repository.h"

// Knowledge-base articles. Revisions and categories have their own repositories
// (ArticleRevisionRepository, ArticleCategoryRepository).
class ArticleRepository : public Repository<Article>
{
public:
    explicit ArticleRepository(Database &db) : Repository<Article>(db) { }

    // By title.
    QList<Article> inCategory(const QString &categoryId, QString *error = nullptr) const;
    // Most recently updated first.
    QList<Article> withStatus(ArticleStatus status, int limit, QString *error = nullptr) const;
    // Published and in force on `day` (effective_from ≤ day, not expired).
    QList<Article> inForce(QDate day, QString *error = nullptr) const;
    // Published articles in force on day carrying any of tags, by title.
    QList<Article> inForceWithAnyTag(const QStringList &tags, QDate day, QString *error = nullptr) const;
};
