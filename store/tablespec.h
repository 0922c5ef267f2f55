#pragma once

#include "core/entitytype.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlQuery;

// How one entity type maps onto its table: the columns are the wire keys of WireCodec
// (same names, same order as WireCodec::fieldKeys), each stored in a SQL form that sorts
// and compares correctly. Rows convert to and from the wire JSON exactly, so the codec
// stays the one place that knows the entity's fields.
class TableSpec
{
public:
    enum class Kind {
        Text, // JSON string or null ↔ TEXT or NULL (also enums, dates 'YYYY-MM-DD', ids)
        Integer, // JSON number ↔ INTEGER
        Real, // JSON number ↔ REAL
        Bool, // true/false ↔ 1/0
        DateTime, // "…Z" or null ↔ INTEGER ms since the epoch, UTC, or NULL
        Json, // array or object ↔ compact JSON text
    };

    static const TableSpec &of(EntityType type);

    EntityType type() const { return m_type; }
    QString entityKey() const { return m_entityKey; } // "ticket_event"
    QString table() const { return m_table; } // "ticket_events"
    const QStringList &columns() const { return m_columns; }
    Kind kind(qsizetype column) const { return m_kinds.at(column); }
    qsizetype columnIndex(const QString &column) const { return m_columns.indexOf(column); }

    // "id, rev, …" qualified with prefix ("t." or empty).
    QString selectList(const QString &prefix = {}) const;
    // INSERT … ON CONFLICT(id) DO UPDATE SET …: positional parameters in columns() order.
    QString upsertSql() const;
    // Plain INSERT, positional, for bulk loads.
    QString insertSql() const;

    QVariant toSql(qsizetype column, const QJsonValue &value) const;
    QJsonValue fromSql(qsizetype column, const QVariant &value) const;
    // The wire JSON of the row whose columns (selectList order) start at `offset`.
    QJsonObject rowToJson(const QSqlQuery &query, int offset = 0) const;
    // The SQL values of a wire object in columns() order.
    QVariantList jsonToRow(const QJsonObject &json) const;

private:
    TableSpec(EntityType type, const QString &table, const QHash<QString, Kind> &kinds);

    EntityType m_type;
    QString m_entityKey;
    QString m_table;
    QStringList m_columns;
    QList<Kind> m_kinds;
};
