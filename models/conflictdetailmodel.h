#pragma once

#include "models/fieldformatter.h"
#include "store/conflict.h"
#include "store/conflictrepository.h"

#include <QAbstractTableModel>
#include <QHash>

class Database;

// One conflict side by side: a row per field of the local edit (those in conflict first),
// the local value, the server's value and which one to keep. The Mine and Theirs columns
// are checkable and exclusive per row; fields the server decides (ticket state and
// assignee) and records deleted on the server are locked to Theirs. Values are shown as
// FieldFormatter writes them (labels, local dates, masked personal data).
class ConflictDetailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, MineColumn, TheirsColumn, ColumnCount };
    Q_ENUM(Column)
    enum Roles {
        FieldKeyRole = Qt::UserRole + 1, // wire key
        InConflictRole, // bool: changed on both sides
        DiffersRole, // bool: the two values differ (highlighted)
        LockedRole, // bool: Theirs, whatever the user picks
        ChosenRole, // bool on Mine/Theirs cells: this side is kept
    };
    using Side = ConflictRepository::Side;

    explicit ConflictDetailModel(Database &db, QObject *parent = nullptr);

    void setConflict(const Conflict &conflict);
    void clear();
    const Conflict &conflict() const { return m_conflict; }
    bool isEmpty() const { return m_fields.isEmpty(); }

    QHash<QString, Side> choices() const { return m_choices; }
    void setChoice(const QString &field, Side side);
    void setAll(Side side);
    // Whether any field can still be chosen (false: information only).
    bool hasChoice() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void choicesChanged();

private:
    bool locked(const QString &field) const;
    QJsonValue mineValue(const QString &field) const;
    QJsonValue theirsValue(const QString &field) const;

    FieldFormatter m_formatter;
    Conflict m_conflict;
    QStringList m_fields;
    QHash<QString, Side> m_choices;
};
