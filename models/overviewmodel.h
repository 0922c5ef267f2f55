#pragma once

#include "core/enums.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

class Database;
class QTimer;

// The signed-in user's day at a glance: one row per figure of the Overview workspace,
// counted by the store (StatsRepository) and recounted when the store reports a change
// to tickets, risk alerts or the outbox. Bursts of change signals (a sync page, a bulk
// import) coalesce into one recount.
class OverviewModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Metric {
        MyOpenTickets, // assigned to the current user, not closed
        TeamOpenTickets, // the current user's team, not closed
        DueSoon, // open, a due time within dueSoonHours
        SlaBreached, // open, a due time passed
        OpenRiskAlerts, // risk alerts still open
        PendingChanges, // outbox entries not yet sent
    };
    Q_ENUM(Metric)

    enum Roles {
        MetricRole = Qt::UserRole + 1, // Metric as int
        ValueRole, // the count (int)
        DescriptionRole, // what is counted, one sentence
    };

    static constexpr int dueSoonHours = 24;

    explicit OverviewModel(Database *database, QObject *parent = nullptr);
    ~OverviewModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int value(Metric metric) const;
    static QString title(Metric metric);
    static QString description(Metric metric);
    // The team's open tickets per state, in workflow order, states with no tickets included.
    QList<std::pair<TicketState, int>> teamOpenByState() const { return m_byState; }

    QString userId() const { return m_userId; }
    QString teamId() const { return m_teamId; }
    QDateTime refreshedAt() const { return m_refreshedAt; }
    // The clock the due-time figures are measured against; invalid follows the system clock.
    void setNow(const QDateTime &now);

public Q_SLOTS:
    // Recounts at once; the notifier's signals call scheduleRefresh() instead.
    void refresh();
    void scheduleRefresh();

Q_SIGNALS:
    void refreshed();

private:
    Database *m_database;
    QTimer *m_debounce;
    QList<int> m_values;
    QList<std::pair<TicketState, int>> m_byState;
    QString m_userId;
    QString m_teamId;
    QDateTime m_now;
    QDateTime m_refreshedAt;
};
