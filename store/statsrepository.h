#pragma once

#include "core/enums.h"

#include <QDateTime>
#include <QMap>
#include <QString>

class Database;

// The counts of the overview page, each answered from an index (DESIGN.md §6).
// An empty teamId counts every team in the cache. Counts are -1 on error.
class StatsRepository
{
public:
    explicit StatsRepository(Database &db);

    // Open tickets (every state but Closed) per state.
    QMap<TicketState, qint64> openTicketsByState(const QString &teamId, QString *error = nullptr) const;
    // Open tickets assigned to this user.
    qint64 openTicketsAssignedTo(const QString &userId, QString *error = nullptr) const;
    // Open tickets whose reply due time is before `now`.
    qint64 breachedTickets(const QString &teamId, const QDateTime &now, QString *error = nullptr) const;
    // Open tickets due in [now, until).
    qint64 dueSoonTickets(
        const QString &teamId, const QDateTime &now, const QDateTime &until, QString *error = nullptr) const;
    qint64 openRiskAlerts(QString *error = nullptr) const;
    qint64 outboxPending(QString *error = nullptr) const;

private:
    qint64 scalar(const QString &sql, const QVariantList &binds, QString *error) const;
    qint64 dueBetween(const QString &teamId, qint64 fromMs, qint64 toMs, QString *error) const;

    Database &m_db;
};
