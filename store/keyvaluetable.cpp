#include "store/keyvaluetable.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

KeyValueTable::KeyValueTable(Database &db, const QString &table) : m_db(db), m_table(table)
{
    Q_ASSERT(table == QLatin1String("sync_state") || table == QLatin1String("profile"));
}

QString KeyValueTable::value(const QString &key, const QString &fallback) const
{
    QSqlQuery *q = m_db.cachedQuery(QStringLiteral("SELECT value FROM %1 WHERE key = ?").arg(m_table));
    if (!q)
        return fallback;
    q->addBindValue(key);
    QString out = fallback;
    if (q->exec() && q->next())
        out = q->value(0).toString();
    q->finish();
    return out;
}

bool KeyValueTable::contains(const QString &key) const
{
    QSqlQuery *q = m_db.cachedQuery(QStringLiteral("SELECT 1 FROM %1 WHERE key = ?").arg(m_table));
    if (!q)
        return false;
    q->addBindValue(key);
    const bool found = q->exec() && q->next();
    q->finish();
    return found;
}

bool KeyValueTable::setValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery *q = m_db.cachedQuery(
        QStringLiteral(
            "INSERT INTO %1 (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
            .arg(m_table),
        error);
    if (!q)
        return false;
    q->addBindValue(key);
    q->addBindValue(value);
    if (!q->exec()) {
        if (error)
            *error = q->lastError().text();
        return false;
    }
    return true;
}

bool KeyValueTable::remove(const QString &key, QString *error)
{
    QSqlQuery *q = m_db.cachedQuery(QStringLiteral("DELETE FROM %1 WHERE key = ?").arg(m_table), error);
    if (!q)
        return false;
    q->addBindValue(key);
    if (!q->exec()) {
        if (error)
            *error = q->lastError().text();
        return false;
    }
    return true;
}
