#include "store/statsrepository.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace {
// "?, ?, …" with the open states' keys appended to binds. Listing the states (rather than
// state <> 'closed') lets SQLite seek each one in the (team_id, state, …) indexes.
QString openStatesIn(QVariantList &binds)
{
    QStringList marks;
    for (TicketState s : enumValues<TicketState>()) {
        if (s == TicketState::Closed)
            continue;
        marks.append(QStringLiteral("?"));
        binds.append(enumKey(s));
    }
    return QStringLiteral("state IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}
} // namespace

StatsRepository::StatsRepository(Database &db) : m_db(db) { }

qint64 StatsRepository::scalar(const QString &sql, const QVariantList &binds, QString *error) const
{
    QSqlQuery *q = m_db.cachedQuery(sql, error);
    if (!q)
        return -1;
    for (const QVariant &b : binds)
        q->addBindValue(b);
    if (!q->exec() || !q->next()) {
        if (error)
            *error = q->lastError().text();
        return -1;
    }
    const qint64 n = q->value(0).toLongLong();
    q->finish();
    return n;
}

QMap<TicketState, qint64> StatsRepository::openTicketsByState(const QString &teamId, QString *error) const
{
    QMap<TicketState, qint64> out;
    QVariantList binds;
    QString sql = QStringLiteral("SELECT state, COUNT(*) FROM tickets WHERE deleted = 0 AND ");
    if (!teamId.isEmpty()) {
        sql += QStringLiteral("team_id = ? AND ");
        binds.append(teamId);
    }
    sql += openStatesIn(binds) + QStringLiteral(" GROUP BY state");
    QSqlQuery *q = m_db.cachedQuery(sql, error);
    if (!q)
        return out;
    for (const QVariant &b : std::as_const(binds))
        q->addBindValue(b);
    if (!q->exec()) {
        if (error)
            *error = q->lastError().text();
        return out;
    }
    while (q->next())
        if (const auto state = enumFromKey<TicketState>(q->value(0).toString()))
            out.insert(*state, q->value(1).toLongLong());
    q->finish();
    return out;
}

qint64 StatsRepository::openTicketsAssignedTo(const QString &userId, QString *error) const
{
    QVariantList binds {userId};
    const QString in = openStatesIn(binds);
    return scalar(
        QStringLiteral("SELECT COUNT(*) FROM tickets WHERE deleted = 0 AND assignee_id = ? AND ") + in, binds,
        error);
}

qint64 StatsRepository::dueBetween(const QString &teamId, qint64 fromMs, qint64 toMs, QString *error) const
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT COUNT(*) FROM tickets WHERE deleted = 0 AND ");
    if (!teamId.isEmpty()) {
        sql += QStringLiteral("team_id = ? AND ");
        binds.append(teamId);
    }
    sql += openStatesIn(binds) + QStringLiteral(" AND reply_due >= ? AND reply_due < ?");
    binds.append(fromMs);
    binds.append(toMs);
    return scalar(sql, binds, error);
}

qint64 StatsRepository::breachedTickets(const QString &teamId, const QDateTime &now, QString *error) const
{
    return dueBetween(teamId, std::numeric_limits<qint64>::min(), now.toMSecsSinceEpoch(), error);
}

qint64 StatsRepository::dueSoonTickets(
    const QString &teamId, const QDateTime &now, const QDateTime &until, QString *error) const
{
    return dueBetween(teamId, now.toMSecsSinceEpoch(), until.toMSecsSinceEpoch(), error);
}

qint64 StatsRepository::openRiskAlerts(QString *error) const
{
    return scalar(
        QStringLiteral("SELECT COUNT(*) FROM risk_alerts WHERE state = 'open' AND deleted = 0"), {}, error);
}

qint64 StatsRepository::outboxPending(QString *error) const
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'"), {}, error);
}
