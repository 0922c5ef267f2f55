#include "server/categorytree.h"

#include "core/wirecodec.h"
#include "server/dbconnection.h"
#include "server/recordstore.h"

#include <QSqlQuery>

namespace {

// New categories go after the existing siblings, leaving room to insert between them.
constexpr int s_sortStep = 10;

} // namespace

QString CategoryTree::key(const QString &parentId, const QString &name)
{
    return parentId + u'\x1f' + name;
}

bool CategoryTree::parsePath(const QString &path, QStringList *names, QString *error)
{
    const QStringList parts = path.split(u'/');
    if (parts.size() > MaxDepth) {
        *error = tr("the category path has %1 levels, at most %2").arg(parts.size()).arg(MaxDepth);
        return false;
    }
    QStringList out;
    for (const QString &part : parts) {
        const QString name = part.trimmed();
        if (name.isEmpty()) {
            *error = tr("the category path “%1” has an empty level; write it like “融资融券/维持担保比例”")
                         .arg(path);
            return false;
        }
        if (name.size() > MaxNameLength) {
            *error = tr("the category name “%1” is longer than %2 characters").arg(name).arg(MaxNameLength);
            return false;
        }
        out.append(name);
    }
    *names = out;
    return true;
}

void CategoryTree::load(const QSqlDatabase &db)
{
    m_ids.clear();
    m_lastSortOrder.clear();
    QSqlQuery query = DbConnection::exec(db,
        QStringLiteral("SELECT id, data FROM records WHERE entity = 'article_category' AND deleted = 0 "
                       "ORDER BY seq"));
    while (query.next()) {
        QJsonObject data;
        if (!WireCodec::parseObject(query.value(1).toString().toUtf8(), data))
            continue;
        ArticleCategory category;
        if (!WireCodec::decode(data, category))
            continue;
        // Two siblings of the same name: the older one is the one found.
        const QString k = key(category.parentId, category.name.trimmed());
        if (!m_ids.contains(k))
            m_ids.insert(k, category.id);
        m_lastSortOrder[category.parentId]
            = qMax(m_lastSortOrder.value(category.parentId), category.sortOrder);
    }
}

QString CategoryTree::resolve(const QStringList &names, QList<ArticleCategory> *missing) const
{
    QString parentId;
    QHash<QString, int> lastSortOrder;
    for (const QString &name : names) {
        const QString found = m_ids.value(key(parentId, name));
        if (!found.isEmpty()) {
            parentId = found;
            continue;
        }
        ArticleCategory category;
        category.id = Entity::newId();
        category.parentId = parentId;
        category.name = name;
        const int last = lastSortOrder.value(parentId, m_lastSortOrder.value(parentId));
        category.sortOrder = last + s_sortStep;
        lastSortOrder.insert(parentId, category.sortOrder);
        missing->append(category);
        parentId = category.id;
    }
    return parentId;
}

void CategoryTree::create(const QSqlDatabase &db, const QList<ArticleCategory> &missing, const QDateTime &now)
{
    for (ArticleCategory category : missing) {
        category.rev = 1;
        category.updatedAt = now;
        StoredRecord record;
        record.entity = EntityType::ArticleCategory;
        record.id = category.id;
        record.rev = 1;
        record.updatedAtMs = now.toMSecsSinceEpoch();
        record.data = WireCodec::encode(category);
        for (const QString &field : WireCodec::dataFields(record.data).keys())
            record.fieldRevs.insert(field, 1);
        RecordStore::write(db, record, false);
        m_ids.insert(key(category.parentId, category.name), category.id);
        m_lastSortOrder[category.parentId]
            = qMax(m_lastSortOrder.value(category.parentId), category.sortOrder);
        ++m_created;
    }
}
