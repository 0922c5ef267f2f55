#include "server/bulkinserter.h"

#include "server/dberror.h"

#include <QSqlError>

#include <algorithm>

namespace {

constexpr int s_maxBoundValues = 999;

QString errorText(const QSqlError &error)
{
    // Never databaseText(): it may quote the values of the failed row.
    return error.driverText() + QStringLiteral(" [") + error.nativeErrorCode() + QLatin1Char(']');
}

} // namespace

BulkInserter::BulkInserter(
    const QSqlDatabase &db, const QString &table, const QStringList &columns, int rowsPerStatement)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(std::clamp(rowsPerStatement, 1, std::max(1, s_maxBoundValues / int(columns.size()))))
    , m_full(db)
{
    m_values.reserve(qsizetype(m_rowsPerStatement) * columns.size());
}

QString BulkInserter::insertSql(int rows) const
{
    QString row = QStringLiteral("(?");
    for (qsizetype i = 1; i < m_columns.size(); ++i)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    QStringList rowList;
    rowList.reserve(rows);
    for (int i = 0; i < rows; ++i)
        rowList.append(row);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QStringLiteral(", ")), rowList.join(QStringLiteral(", ")));
}

void BulkInserter::addRow(std::initializer_list<QVariant> values)
{
    Q_ASSERT(qsizetype(values.size()) == m_columns.size());
    for (const QVariant &value : values)
        m_values.append(value);
    if (m_values.size() < qsizetype(m_rowsPerStatement) * m_columns.size())
        return;
    if (!m_fullPrepared) {
        if (!m_full.prepare(insertSql(m_rowsPerStatement)))
            throw DbError(QStringLiteral("cannot prepare a bulk insert into %1: %2")
                              .arg(m_table, errorText(m_full.lastError())));
        m_fullPrepared = true;
    }
    execute(m_full, m_rowsPerStatement);
}

void BulkInserter::flush()
{
    const int rows = int(m_values.size() / m_columns.size());
    if (rows == 0)
        return;
    QSqlQuery tail(m_db);
    if (!tail.prepare(insertSql(rows)))
        throw DbError(QStringLiteral("cannot prepare a bulk insert into %1: %2")
                          .arg(m_table, errorText(tail.lastError())));
    execute(tail, rows);
}

void BulkInserter::execute(QSqlQuery &query, int rows)
{
    for (qsizetype i = 0; i < m_values.size(); ++i)
        query.bindValue(int(i), m_values.at(i));
    if (!query.exec())
        throw DbError(
            QStringLiteral("a bulk insert into %1 failed: %2").arg(m_table, errorText(query.lastError())));
    m_written += rows;
    m_values.clear();
}
