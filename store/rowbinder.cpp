#include "store/rowbinder.h"

#include "store/tablespec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

#include <sqlite3.h>

RowBinder::RowBinder(sqlite3_stmt *statement, const TableSpec &spec, std::vector<int> &positions)
    : m_statement(statement), m_spec(spec), m_positions(positions)
{
}

int RowBinder::position(const char *column)
{
    if (m_next < m_positions.size())
        return m_positions[m_next++];
    const int p = int(m_spec.columnIndex(QLatin1String(column))) + 1;
    if (p == 0)
        m_bad = true;
    m_positions.push_back(p);
    ++m_next;
    return p;
}

bool RowBinder::complete() const
{
    if (m_bad || m_positions.size() != size_t(m_spec.columns().size()))
        return false;
    std::vector<int> sorted = m_positions;
    std::sort(sorted.begin(), sorted.end());
    for (size_t i = 0; i < sorted.size(); ++i)
        if (sorted[i] != int(i) + 1)
            return false;
    return true;
}

void RowBinder::null(const char *column)
{
    sqlite3_bind_null(m_statement, position(column));
}

void RowBinder::staticText(const char *column, const char *latin1)
{
    // Enum keys are ASCII, so Latin-1 is UTF-8 here.
    sqlite3_bind_text(m_statement, position(column), latin1, -1, SQLITE_STATIC);
}

void RowBinder::text(const char *column, const QString &value)
{
    // A null QString is bound as '' like the JSON path, never as NULL.
    static const char16_t empty[] = u"";
    const void *data
        = value.isNull() ? static_cast<const void *>(empty) : static_cast<const void *>(value.utf16());
    sqlite3_bind_text16(m_statement, position(column), data, int(value.size() * 2), SQLITE_TRANSIENT);
}

void RowBinder::reference(const char *column, const QString &value)
{
    if (value.isEmpty())
        null(column);
    else
        text(column, value);
}

void RowBinder::integer(const char *column, qint64 value)
{
    sqlite3_bind_int64(m_statement, position(column), value);
}

void RowBinder::real(const char *column, double value)
{
    sqlite3_bind_double(m_statement, position(column), value);
}

void RowBinder::boolean(const char *column, bool value)
{
    sqlite3_bind_int(m_statement, position(column), value ? 1 : 0);
}

void RowBinder::dateTime(const char *column, const QDateTime &value)
{
    if (value.isValid())
        sqlite3_bind_int64(m_statement, position(column), value.toMSecsSinceEpoch());
    else
        null(column);
}

void RowBinder::date(const char *column, QDate value)
{
    if (!value.isValid())
        return null(column);
    char buf[16];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", value.year(), value.month(), value.day());
    sqlite3_bind_text(m_statement, position(column), buf, n, SQLITE_TRANSIENT);
}

void RowBinder::stringList(const char *column, const QStringList &value)
{
    const QByteArray json = QJsonDocument(QJsonArray::fromStringList(value)).toJson(QJsonDocument::Compact);
    sqlite3_bind_text(m_statement, position(column), json.constData(), int(json.size()), SQLITE_TRANSIENT);
}

void RowBinder::object(const char *column, const QJsonObject &value)
{
    const QByteArray json = QJsonDocument(value).toJson(QJsonDocument::Compact);
    sqlite3_bind_text(m_statement, position(column), json.constData(), int(json.size()), SQLITE_TRANSIENT);
}
