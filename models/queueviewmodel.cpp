#include "models/queueviewmodel.h"

#include "core/slapolicy.h"
#include "store/changenotifier.h"
#include "store/database.h"
#include "store/ticketrepository.h"

#include <QLocale>

namespace {
constexpr int s_recountDelayMs = 300;
}

QueueViewModel::QueueViewModel(Database &db, QObject *parent)
    : QAbstractListModel(parent), m_db(db), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_counts.fill(0, views().size());
    m_recountTimer.setSingleShot(true);
    m_recountTimer.setInterval(s_recountDelayMs);
    connect(&m_recountTimer, &QTimer::timeout, this, &QueueViewModel::recount);
    connect(db.notifier(), &ChangeNotifier::ticketsChanged, &m_recountTimer, qOverload<>(&QTimer::start));
    connect(db.notifier(), &ChangeNotifier::reset, this, &QueueViewModel::recount);
}

QList<QueueViewModel::View> QueueViewModel::views()
{
    return {View::MyTickets, View::TeamQueue, View::Unassigned, View::DueSoon, View::Complaints,
        View::Transfers12386, View::Closed};
}

QString QueueViewModel::title(View view)
{
    switch (view) {
    case View::MyTickets:
        return tr("My tickets");
    case View::TeamQueue:
        return tr("Team queue");
    case View::Unassigned:
        return tr("Unassigned");
    case View::DueSoon:
        return tr("Due soon / breached");
    case View::Complaints:
        return tr("Complaints");
    case View::Transfers12386:
        return tr("12386 transfers");
    case View::Closed:
        return tr("Closed");
    }
    return {};
}

void QueueViewModel::setUser(const QString &userId, const QString &teamId)
{
    m_userId = userId;
    m_teamId = teamId;
    loadSavedViews();
    recount();
}

TicketQuery QueueViewModel::query(View view) const
{
    TicketQuery q;
    q.teamId = m_teamId;
    q.states = TicketRepository::openStates();
    switch (view) {
    case View::MyTickets:
        // Mine wherever they are: a ticket moved to another team stays on my list.
        q.teamId.clear();
        q.assigneeId = m_userId;
        if (m_userId.isEmpty())
            q.unassigned = true; // no user: nothing of "mine", rather than everyone's
        break;
    case View::TeamQueue:
        break;
    case View::Unassigned:
        q.unassigned = true;
        q.sort = TicketQuery::Sort::CreatedAt;
        q.descending = false; // the oldest waits longest
        break;
    case View::DueSoon:
        q.replyDueBefore = SlaPolicy().dueAfterWorkingDays(m_now(), DueSoonWorkingDays);
        q.sort = TicketQuery::Sort::ReplyDue;
        q.descending = false;
        break;
    case View::Complaints:
        q.kinds = {TicketKind::Complaint};
        break;
    case View::Transfers12386:
        q.sources = {Channel::Transfer12386};
        break;
    case View::Closed:
        q.states = {TicketState::Closed};
        break;
    }
    return q;
}

void QueueViewModel::loadSavedViews()
{
    beginResetModel();
    m_saved = m_userId.isEmpty() ? QList<SavedView>() : SavedViews(m_db, m_userId).all();
    m_counts.fill(0, views().size() + m_saved.size());
    endResetModel();
}

TicketQuery QueueViewModel::queryAt(int row) const
{
    const qsizetype builtIn = views().size();
    if (row >= 0 && row < builtIn)
        return query(views().at(row));
    // A saved view deleted meanwhile falls back to the team queue.
    if (row < 0 || row - builtIn >= m_saved.size())
        return query(View::TeamQueue);
    return SavedViews::applied(query(View::TeamQueue), m_saved.at(row - builtIn).filter);
}

QString QueueViewModel::titleAt(int row) const
{
    const qsizetype builtIn = views().size();
    if (row >= 0 && row < builtIn)
        return title(views().at(row));
    return row >= builtIn && row - builtIn < m_saved.size() ? m_saved.at(row - builtIn).name : title(View::TeamQueue);
}

QString QueueViewModel::savedViewIdAt(int row) const
{
    const qsizetype builtIn = views().size();
    return row >= builtIn && row - builtIn < m_saved.size() ? m_saved.at(row - builtIn).id : QString();
}

int QueueViewModel::rowOfSavedView(const QString &id) const
{
    for (qsizetype i = 0; i < m_saved.size(); ++i)
        if (m_saved.at(i).id == id)
            return int(views().size() + i);
    return -1;
}

int QueueViewModel::saveView(SavedView view, QString *error)
{
    if (m_userId.isEmpty() || view.name.trimmed().isEmpty())
        return -1;
    if (!SavedViews(m_db, m_userId).save(view, error))
        return -1;
    loadSavedViews();
    recount();
    return rowOfSavedView(view.id);
}

bool QueueViewModel::removeSavedView(const QString &id, QString *error)
{
    if (!SavedViews(m_db, m_userId).remove(id, error))
        return false;
    loadSavedViews();
    recount();
    return true;
}

qint64 QueueViewModel::count(View view) const
{
    const int row = rowOf(view);
    return row >= 0 ? m_counts.at(row) : 0;
}

void QueueViewModel::recount()
{
    m_recountTimer.stop();
    const TicketRepository repo(m_db);
    const int closedRow = rowOf(View::Closed);
    for (int i = 0; i < rowCount(); ++i) {
        const qint64 count
            = i == closedRow ? repo.countUpTo(queryAt(i), ClosedCountCap + 1) : repo.count(queryAt(i));
        if (count == m_counts.at(i))
            continue;
        m_counts[i] = count;
        Q_EMIT dataChanged(index(i), index(i), {Qt::DisplayRole, CountRole});
    }
}

void QueueViewModel::retranslate()
{
    Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, TitleRole});
}

int QueueViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(views().size() + m_saved.size());
}

QVariant QueueViewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool saved = row >= views().size();
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(titleAt(row),
            m_counts.at(row) > ClosedCountCap && row == rowOf(View::Closed)
                ? tr("%1+").arg(QLocale().toString(ClosedCountCap))
                : QLocale().toString(m_counts.at(row)));
    case TitleRole:
        return titleAt(row);
    case ViewRole:
        return saved ? -1 : int(views().at(row));
    case CountRole:
        return m_counts.at(row);
    case SavedViewIdRole:
        return savedViewIdAt(row);
    }
    return {};
}
