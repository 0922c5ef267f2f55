#include "store/articlerevisionrepository.h"

QList<ArticleRevision> ArticleRevisionRepository::forArticle(const QString &articleId, QString *error) const
{
    return select(
        QStringLiteral("WHERE article_id = ? AND deleted = 0 ORDER BY revision, id"), {articleId}, error);
}

std::optional<ArticleRevision> ArticleRevisionRepository::find(
    const QString &articleId, int revision, QString *error) const
{
    const QList<ArticleRevision> rows
        = select(QStringLiteral("WHERE article_id = ? AND revision = ? AND deleted = 0 LIMIT 1"),
            {articleId, revision}, error);
    return rows.isEmpty() ? std::nullopt : std::optional<ArticleRevision>(rows.first());
}
