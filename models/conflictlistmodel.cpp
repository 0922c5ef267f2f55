#include "models/conflictlistmodel.h"

#include "store/changenotifier.h"
#include "store/conflictrepository.h"
#include "store/database.h"

#include <QLocale>
#include <QSet>

ConflictListModel::ConflictListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_formatter(&db)
{
    connect(db.notifier(), &ChangeNotifier::conflictsChanged, this, &ConflictListModel::reload);
    // The sync engine writes conflicts on its own connection: a full reload then.
    connect(db.notifier(), &ChangeNotifier::reset, this, &ConflictListModel::reload);
    reload();
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ConflictListModel::rowOf(qint64 conflictId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == conflictId)
            return i;
    return -1;
}

QString ConflictListModel::fieldsText(const Conflict &c) const
{
    QStringList names;
    for (const QString &key : c.fields)
        names << FieldFormatter::label(c.entity, key);
    return names.join(QStringLiteral(", "));
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conflict &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return enumLabel(c.entity);
        case RecordColumn:
            return m_titles.at(index.row());
        case FieldsColumn:
            return c.deletedOnServer() ? tr("Deleted on the server") : fieldsText(c);
        case WhenColumn:
            return QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (c.informationOnly())
            return tr("The server's version stands; your change is kept here for reference.");
        return tr("Changed here and on the server: choose which version to keep.");
    case ConflictIdRole:
        return c.id;
    case EntityRole:
        return enumKey(c.entity);
    case InformationOnlyRole:
        return c.informationOnly();
    default:
        return {};
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case RecordColumn:
        return tr("Record");
    case FieldsColumn:
        return tr("Fields in conflict");
    case WhenColumn:
        return tr("When");
    default:
        return {};
    }
}

void ConflictListModel::reload()
{
    const QList<Conflict> open = ConflictRepository(m_db).open();
    QSet<qint64> openIds;
    for (const Conflict &c : open)
        openIds.insert(c.id);
    // Both lists are in id order and new conflicts get higher ids: remove what was
    // resolved, then append what is new.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (openIds.contains(m_rows.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_titles.removeAt(row);
        endRemoveRows();
    }
    const qint64 lastId = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    QList<Conflict> added;
    for (const Conflict &c : open)
        if (c.id > lastId)
            added.append(c);
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        for (const Conflict &c : std::as_const(added)) {
            m_rows.append(c);
            m_titles.append(m_formatter.recordTitle(c.entity, c.entityId, c.server));
        }
        endInsertRows();
    }
    Q_EMIT countChanged(int(m_rows.size()));
}
