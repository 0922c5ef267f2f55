#pragma once

#include "core/articlecategory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// The knowledge-base category tree as the importer sees it: categories are found by
// path ("融资融券/维持担保比例") and the missing ones are created as ArticleCategory
// records through RecordStore, so they reach clients in the change feed before the
// articles that use them.
class CategoryTree
{
    Q_DECLARE_TR_FUNCTIONS(ContentImporter)

public:
    static constexpr int MaxDepth = 5;
    static constexpr int MaxNameLength = 50;

    // Splits a path at "/" into trimmed names; false with *error when a name is empty
    // or too long, or the path is deeper than MaxDepth.
    static bool parsePath(const QString &path, QStringList *names, QString *error);

    // Reads the existing (not deleted) categories.
    void load(const QSqlDatabase &db);

    // The id of the category at `names`. Categories missing from the tree are appended
    // to *missing with fresh ids (parents first) and are not created yet, so a line that
    // is refused later leaves no trace.
    QString resolve(const QStringList &names, QList<ArticleCategory> *missing) const;

    // Writes the categories resolve() reported missing, in the caller's transaction.
    void create(const QSqlDatabase &db, const QList<ArticleCategory> &missing, const QDateTime &now);

    int createdCount() const { return m_created; }

private:
    static QString key(const QString &parentId, const QString &name);

    QHash<QString, QString> m_ids; // key(parent, name) → id
    QHash<QString, int> m_lastSortOrder; // parent id → highest sort order among its children
    int m_created = 0;
};
