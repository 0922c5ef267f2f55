#include "store/articlerepository.h"

QList<Article> ArticleRepository::inCategory(const QString &categoryId, QString *error) const
{
    return select(
        QStringLiteral("WHERE category_id = ? AND deleted = 0 ORDER BY title, id"), {categoryId}, error);
}

QList<Article> ArticleRepository::withStatus(ArticleStatus status, int limit, QString *error) const
{
    return select(
        QStringLiteral("WHERE status = ? AND deleted = 0 ORDER BY updated_at DESC, id DESC LIMIT ?"),
        {enumKey(status), limit}, error);
}

QList<Article> ArticleRepository::inForce(QDate day, QString *error) const
{
    const QString d = day.toString(Qt::ISODate);
    return select(QStringLiteral("WHERE status = 'published' AND deleted = 0 "
                                 "AND (effective_from IS NULL OR effective_from <= ?) "
                                 "AND (expires_on IS NULL OR expires_on > ?) ORDER BY title, id"),
        {d, d}, error);
}

QList<Article> ArticleRepository::inForceWithAnyTag(const QStringList &tags, QDate day, QString *error) const
{
    if (tags.isEmpty())
        return {};
    const QString d = day.toString(Qt::ISODate);
    QStringList marks;
    marks.fill(QStringLiteral("?"), tags.size());
    QVariantList binds {d, d};
    for (const QString &tag : tags)
        binds.append(tag);
    return select(QStringLiteral("WHERE status = 'published' AND deleted = 0 "
                                 "AND (effective_from IS NULL OR effective_from <= ?) "
                                 "AND (expires_on IS NULL OR expires_on > ?) "
                                 "AND EXISTS (SELECT 1 FROM json_each(articles.tags) WHERE value IN (%1)) "
                                 "ORDER BY title, id")
                      .arg(marks.join(u',')),
        binds, error);
}
