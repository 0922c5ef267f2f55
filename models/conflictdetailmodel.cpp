#include "models/conflictdetailmodel.h"

ConflictDetailModel::ConflictDetailModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_formatter(&db)
{
}

void ConflictDetailModel::setConflict(const Conflict &conflict)
{
    beginResetModel();
    m_conflict = conflict;
    m_fields = conflict.fields;
    QStringList others = conflict.local.keys();
    others.sort();
    for (const QString &key : std::as_const(others))
        if (!m_fields.contains(key))
            m_fields.append(key);
    // Deleted on the server: the record itself is what is in question.
    if (conflict.deletedOnServer() && !m_fields.contains(QLatin1String("deleted")))
        m_fields.prepend(QStringLiteral("deleted"));
    m_choices.clear();
    // What the user did stays the default: keep mine wherever it can be kept.
    for (const QString &key : std::as_const(m_fields))
        m_choices.insert(key, locked(key) ? Side::Theirs : Side::Mine);
    endResetModel();
    Q_EMIT choicesChanged();
}

void ConflictDetailModel::clear()
{
    beginResetModel();
    m_conflict = {};
    m_fields.clear();
    m_choices.clear();
    endResetModel();
    Q_EMIT choicesChanged();
}

bool ConflictDetailModel::locked(const QString &field) const
{
    return m_conflict.deletedOnServer() || m_conflict.serverWins(field);
}

bool ConflictDetailModel::hasChoice() const
{
    for (const QString &key : m_fields)
        if (!locked(key))
            return true;
    return false;
}

QJsonValue ConflictDetailModel::mineValue(const QString &field) const
{
    if (field == QLatin1String("deleted"))
        return m_conflict.localDelete();
    return m_conflict.local.value(field);
}

QJsonValue ConflictDetailModel::theirsValue(const QString &field) const
{
    if (field == QLatin1String("deleted"))
        return m_conflict.deletedOnServer();
    return m_conflict.server.value(field);
}

void ConflictDetailModel::setChoice(const QString &field, Side side)
{
    const int row = int(m_fields.indexOf(field));
    if (row < 0 || locked(field) || m_choices.value(field) == side)
        return;
    m_choices.insert(field, side);
    Q_EMIT dataChanged(index(row, MineColumn), index(row, TheirsColumn));
    Q_EMIT choicesChanged();
}

void ConflictDetailModel::setAll(Side side)
{
    for (const QString &key : std::as_const(m_fields))
        setChoice(key, side);
}

int ConflictDetailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int ConflictDetailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictDetailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &key = m_fields.at(index.row());
    const EntityType entity = m_conflict.entity;
    const Side chosen = m_choices.value(key, Side::Theirs);
    const bool sideColumn = index.column() == MineColumn || index.column() == TheirsColumn;
    const Side columnSide = index.column() == MineColumn ? Side::Mine : Side::Theirs;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FieldColumn:
            return FieldFormatter::label(entity, key);
        case MineColumn:
            return m_formatter.display(entity, key, mineValue(key));
        case TheirsColumn:
            return m_formatter.display(entity, key, theirsValue(key));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == FieldColumn) {
            if (m_conflict.deletedOnServer())
                return tr("The record was deleted on the server.");
            if (m_conflict.serverWins(key))
                return tr("The server decides a ticket's state and assignee: its value stands.");
            return m_conflict.fields.contains(key)
                ? tr("Changed here and on the server.")
                : tr("Changed here only; not applied because of the conflict.");
        }
        return data(index, Qt::DisplayRole); // long texts are elided in the view
    case Qt::CheckStateRole:
        if (!sideColumn)
            return {};
        return chosen == columnSide ? Qt::Checked : Qt::Unchecked;
    case FieldKeyRole:
        return key;
    case InConflictRole:
        return m_conflict.fields.contains(key);
    case DiffersRole:
        return mineValue(key) != theirsValue(key);
    case LockedRole:
        return locked(key);
    case ChosenRole:
        return sideColumn && chosen == columnSide;
    default:
        return {};
    }
}

bool ConflictDetailModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::CheckStateRole || (index.column() != MineColumn && index.column() != TheirsColumn))
        return false;
    const QString &key = m_fields.at(index.row());
    if (locked(key))
        return false;
    // Exclusive like radio buttons: checking one side picks it, unchecking picks the other.
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    const bool mineColumn = index.column() == MineColumn;
    setChoice(key, checked == mineColumn ? Side::Mine : Side::Theirs);
    return true;
}

Qt::ItemFlags ConflictDetailModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if ((index.column() == MineColumn || index.column() == TheirsColumn) && !locked(m_fields.at(index.row())))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ConflictDetailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case MineColumn:
        return tr("Mine (this workstation)");
    case TheirsColumn:
        return tr("Theirs (server)");
    default:
        return {};
    }
}
