#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <initializer_list>

// Many rows into one table, fast: rows are buffered and written with one prepared
// multi-row INSERT (… VALUES (?, …), (?, …) …) per batch, so the per-statement cost of
// QtSql and of the database (a round trip on PostgreSQL, which QtSql cannot COPY into)
// is paid once per batch instead of once per row. The caller owns the transaction;
// failures throw DbError.
class BulkInserter
{
public:
    // rowsPerStatement is capped so that a statement binds at most 999 values, the
    // smallest limit of the SQLite builds we meet.
    BulkInserter(
        const QSqlDatabase &db, const QString &table, const QStringList &columns, int rowsPerStatement = 200);

    // One row: exactly one value per column, in the columns' order.
    void addRow(std::initializer_list<QVariant> values);
    // Writes the buffered rows.
    void flush();

    qint64 rowsWritten() const { return m_written; }

private:
    QString insertSql(int rows) const;
    void execute(QSqlQuery &query, int rows);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QVariantList m_values;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    qint64 m_written = 0;
};
