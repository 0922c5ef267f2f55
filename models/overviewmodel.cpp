#include "models/overviewmodel.h"

#include "store/changenotifier.h"
#include "store/database.h"
#include "store/profilesettings.h"
#include "store/statsrepository.h"
#include "store/ticketrepository.h"
#include "store/userrepository.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace {

constexpr int metricCount = int(OverviewModel::Metric::PendingChanges) + 1;

// Counts are small enough for int on a desk; -1 (the store's error value) stays -1.
int toInt(qint64 value)
{
    return value < 0 ? -1 : int(std::min<qint64>(value, std::numeric_limits<int>::max()));
}

} // namespace

OverviewModel::OverviewModel(Database *database, QObject *parent)
    : QAbstractListModel(parent), m_database(database), m_debounce(new QTimer(this)), m_values(metricCount, 0)
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(100);
    connect(m_debounce, &QTimer::timeout, this, &OverviewModel::refresh);

    // "Due soon" and "breached" move with the clock, not only with the data.
    auto *clock = new QTimer(this);
    clock->setInterval(60 * 1000);
    connect(clock, &QTimer::timeout, this, &OverviewModel::scheduleRefresh);
    clock->start();

    if (m_database && m_database->notifier()) {
        const ChangeNotifier *n = m_database->notifier();
        connect(n, &ChangeNotifier::ticketsChanged, this, &OverviewModel::scheduleRefresh);
        connect(n, &ChangeNotifier::riskAlertsChanged, this, &OverviewModel::scheduleRefresh);
        connect(n, &ChangeNotifier::usersChanged, this, &OverviewModel::scheduleRefresh);
        connect(n, &ChangeNotifier::outboxChanged, this, &OverviewModel::scheduleRefresh);
        connect(n, &ChangeNotifier::reset, this, &OverviewModel::scheduleRefresh);
    }
}

OverviewModel::~OverviewModel() = default;

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : metricCount;
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto metric = Metric(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return title(metric);
    case Qt::ToolTipRole:
    case DescriptionRole:
        return description(metric);
    case MetricRole:
        return int(metric);
    case ValueRole:
        return m_values.at(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> OverviewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MetricRole, "metric");
    names.insert(ValueRole, "value");
    names.insert(DescriptionRole, "description");
    return names;
}

int OverviewModel::value(Metric metric) const
{
    return m_values.value(int(metric), 0);
}

QString OverviewModel::title(Metric metric)
{
    switch (metric) {
    case Metric::MyOpenTickets:
        return tr("My open tickets");
    case Metric::TeamOpenTickets:
        return tr("Team open tickets");
    case Metric::DueSoon:
        return tr("Due within %n hour(s)", nullptr, dueSoonHours);
    case Metric::SlaBreached:
        return tr("Overdue");
    case Metric::OpenRiskAlerts:
        return tr("Open risk alerts");
    case Metric::PendingChanges:
        return tr("Pending changes");
    }
    return {};
}

QString OverviewModel::description(Metric metric)
{
    switch (metric) {
    case Metric::MyOpenTickets:
        return tr("Assigned to you and not yet closed");
    case Metric::TeamOpenTickets:
        return tr("All tickets of your team not yet closed");
    case Metric::DueSoon:
        return tr("Open team tickets whose reply is due soon");
    case Metric::SlaBreached:
        return tr("Open team tickets past their reply due time");
    case Metric::OpenRiskAlerts:
        return tr("Margin, suitability and trading alerts not yet handled");
    case Metric::PendingChanges:
        return tr("Local edits waiting to be sent to the server");
    }
    return {};
}

void OverviewModel::setNow(const QDateTime &now)
{
    m_now = now;
}

void OverviewModel::scheduleRefresh()
{
    m_debounce->start();
}

void OverviewModel::refresh()
{
    m_debounce->stop();
    if (!m_database || !m_database->isOpen())
        return;
    Database &db = *m_database;

    m_userId = ProfileSettings(db).currentUserId();
    m_teamId.clear();
    if (!m_userId.isEmpty())
        if (const auto user = UserRepository(db).get(m_userId))
            m_teamId = user->teamId;

    const StatsRepository stats(db);
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const QMap<TicketState, qint64> byState = stats.openTicketsByState(m_teamId);
    QList<std::pair<TicketState, int>> states;
    qint64 teamOpen = 0;
    for (const TicketState state : TicketRepository::openStates()) {
        const qint64 n = byState.value(state, 0);
        teamOpen += n;
        states.append({state, toInt(n)});
    }

    QList<int> values(metricCount, 0);
    values[int(Metric::MyOpenTickets)]
        = m_userId.isEmpty() ? 0 : toInt(stats.openTicketsAssignedTo(m_userId));
    values[int(Metric::TeamOpenTickets)] = toInt(teamOpen);
    values[int(Metric::DueSoon)]
        = toInt(stats.dueSoonTickets(m_teamId, now, now.addSecs(dueSoonHours * 3600)));
    values[int(Metric::SlaBreached)] = toInt(stats.breachedTickets(m_teamId, now));
    values[int(Metric::OpenRiskAlerts)] = toInt(stats.openRiskAlerts());
    values[int(Metric::PendingChanges)] = toInt(stats.outboxPending());

    m_byState = states;
    m_refreshedAt = QDateTime::currentDateTimeUtc();
    if (values != m_values) {
        m_values = values;
        Q_EMIT dataChanged(index(0), index(metricCount - 1), {ValueRole});
    }
    Q_EMIT refreshed();
}
