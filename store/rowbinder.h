#pragma once

#include "core/enums.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

class TableSpec;
struct sqlite3_stmt;

// Binds a record's fields straight to an INSERT prepared from TableSpec::insertSql(),
// skipping the JSON form (the bulk importer's hot types). It stores exactly what the JSON
// path stores — tests compare both. Columns are named; their positions are looked up on
// the first row and reused, so every row must bind the same columns in the same order.
class RowBinder
{
public:
    RowBinder(sqlite3_stmt *statement, const TableSpec &spec, std::vector<int> &positions);

    void text(const char *column, const QString &value); // '' stays ''
    void reference(const char *column, const QString &value); // '' → NULL
    void integer(const char *column, qint64 value);
    void real(const char *column, double value);
    void boolean(const char *column, bool value);
    void dateTime(const char *column, const QDateTime &value); // ms UTC, invalid → NULL
    void date(const char *column, QDate value); // 'YYYY-MM-DD', invalid → NULL
    void stringList(const char *column, const QStringList &value);
    void object(const char *column, const QJsonObject &value);

    template<typename E> void enumeration(const char *column, E value)
    {
        for (const auto &e : EnumTable<E>::entries())
            if (e.value == value)
                return staticText(column, e.key);
        null(column);
    }
    template<typename E> void enumeration(const char *column, const std::optional<E> &value)
    {
        if (value)
            enumeration(column, *value);
        else
            null(column);
    }

    // The common columns id, rev, updated_at, deleted.
    template<typename T> void common(const T &entity)
    {
        text("id", entity.id);
        integer("rev", entity.rev);
        dateTime("updated_at", entity.updatedAt);
        boolean("deleted", entity.deleted);
    }

    // True when every column of the table was bound exactly once; otherwise the binder
    // is out of date with the wire schema.
    bool complete() const;

private:
    int position(const char *column);
    void null(const char *column);
    void staticText(const char *column, const char *latin1);

    sqlite3_stmt *m_statement;
    const TableSpec &m_spec;
    std::vector<int> &m_positions;
    size_t m_next = 0;
    bool m_bad = false;
};
