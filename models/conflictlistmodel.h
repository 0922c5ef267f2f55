#pragma once

#include "models/fieldformatter.h"
#include "store/conflict.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// The open conflicts of the profile (ConflictRepository), oldest first, one row each:
// what kind of record, which record (ticket number, masked customer name, title …), the
// fields in conflict and when. Follows ChangeNotifier::conflictsChanged: resolved rows
// leave, new ones are appended, without resetting the model (selections survive).
class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, RecordColumn, FieldsColumn, WhenColumn, ColumnCount };
    Q_ENUM(Column)
    enum Roles {
        ConflictIdRole = Qt::UserRole + 1, // qint64
        EntityRole, // wire key of the entity ("ticket")
        InformationOnlyRole, // bool: the server's value stands, nothing to choose
    };

    explicit ConflictListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Conflict &conflictAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 conflictId) const; // −1 when not listed

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void countChanged(int count);

private:
    QString fieldsText(const Conflict &conflict) const;

    Database &m_db;
    FieldFormatter m_formatter;
    QList<Conflict> m_rows;
    QList<QString> m_titles; // per row, computed once
};
