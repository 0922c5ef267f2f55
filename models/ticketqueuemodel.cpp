#include "models/ticketqueuemodel.h"

#include "core/piimasker.h"
#include "core/ticketsla.h"
#include "models/ticketeditor.h"
#include "store/changenotifier.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/ticketrepository.h"
#include "store/userrepository.h"

#include <QLocale>

#include <algorithm>

namespace {

// Change notifications arrive in bursts (a sync commits thousands of rows, a bulk action
// dozens): one recount per burst.
constexpr int s_refreshDelayMs = 150;
constexpr int s_clockIntervalMs = 60 * 1000;

std::optional<TicketQuery::Sort> sortOf(int column)
{
    switch (column) {
    case TicketQueueModel::NumberColumn:
        return TicketQuery::Sort::Number;
    case TicketQueueModel::SlaColumn:
        return TicketQuery::Sort::ReplyDue;
    case TicketQueueModel::UpdatedColumn:
        return TicketQuery::Sort::UpdatedAt;
    default:
        return std::nullopt;
    }
}

} // namespace

TicketQueueModel::TicketQueueModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(s_refreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TicketQueueModel::refresh);
    connect(db.notifier(), &ChangeNotifier::ticketsChanged, &m_refreshTimer, qOverload<>(&QTimer::start));
    connect(db.notifier(), &ChangeNotifier::customersChanged, &m_refreshTimer, qOverload<>(&QTimer::start));
    connect(db.notifier(), &ChangeNotifier::reset, this, [this] {
        m_usersLoaded = false;
        refresh();
    });
    connect(db.notifier(), &ChangeNotifier::usersChanged, this, [this] {
        m_usersLoaded = false;
        m_refreshTimer.start();
    });
    m_clockTimer.setInterval(s_clockIntervalMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &TicketQueueModel::updateClocks);
    m_clockTimer.start();
}

void TicketQueueModel::setQuery(const TicketQuery &query)
{
    beginResetModel();
    m_query = query;
    m_pages.clear();
    m_count = countNow();
    endResetModel();
    Q_EMIT countChanged(m_count);
}

void TicketQueueModel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    updateClocks();
}

qint64 TicketQueueModel::countNow()
{
    QString error;
    const qint64 count = TicketRepository(m_db).count(m_query, &error);
    if (!error.isEmpty()) {
        fail(error);
        return 0;
    }
    // A QAbstractItemModel counts rows in int.
    return qMin<qint64>(count, std::numeric_limits<int>::max());
}

void TicketQueueModel::fail(const QString &message) const
{
    m_error = message;
    Q_EMIT const_cast<TicketQueueModel *>(this)->errorOccurred(message);
}

int TicketQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int TicketQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case CustomerColumn:
        return tr("Customer");
    case KindColumn:
        return tr("Kind");
    case CategoryColumn:
        return tr("Category");
    case PriorityColumn:
        return tr("Priority");
    case StateColumn:
        return tr("State");
    case AssigneeColumn:
        return tr("Assignee");
    case SlaColumn:
        return tr("SLA");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

QVariant TicketQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    const Ticket &t = row->ticket;
    switch (role) {
    case TicketIdRole:
        return t.id;
    case SlaStatusRole:
        return int(row->sla);
    case SubjectRole:
        return t.subject;
    case Qt::ToolTipRole:
        if (index.column() == NumberColumn)
            return t.subject;
        return index.column() == SlaColumn ? QVariant(row->slaToolTip) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NumberColumn:
        return t.number;
    case CustomerColumn:
        return row->customer;
    case KindColumn:
        return enumLabel(t.kind);
    case CategoryColumn:
        return enumLabel(t.category);
    case PriorityColumn:
        return enumLabel(t.priority);
    case StateColumn:
        return enumLabel(t.state);
    case AssigneeColumn:
        return t.assigneeId.isEmpty() ? tr("Unassigned") : assigneeName(t.assigneeId);
    case SlaColumn:
        return row->slaText;
    case UpdatedColumn:
        return QLocale().toString(t.updatedAt.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

bool TicketQueueModel::isSortable(int column)
{
    return sortOf(column).has_value();
}

void TicketQueueModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortOf(column);
    if (!sort)
        return;
    TicketQuery query = m_query;
    query.sort = *sort;
    query.descending = order == Qt::DescendingOrder;
    if (query.sort == m_query.sort && query.descending == m_query.descending)
        return;
    // Same rows and count, another order: no page read so far is of use. A selection
    // cannot follow its tickets into pages not read yet, so this is a reset.
    beginResetModel();
    m_query = query;
    m_pages.clear();
    endResetModel();
}

int TicketQueueModel::sortColumn() const
{
    switch (m_query.sort) {
    case TicketQuery::Sort::Number:
        return NumberColumn;
    case TicketQuery::Sort::ReplyDue:
        return SlaColumn;
    case TicketQuery::Sort::UpdatedAt:
        return UpdatedColumn;
    case TicketQuery::Sort::CreatedAt:
        return -1;
    }
    return -1;
}

Qt::SortOrder TicketQueueModel::sortOrder() const
{
    return m_query.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

QString TicketQueueModel::ticketIdAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->ticket.id : QString();
}

std::optional<Ticket> TicketQueueModel::ticketAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? std::optional<Ticket>(r->ticket) : std::nullopt;
}

int TicketQueueModel::loadedRowOf(const QString &ticketId) const
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it)
        for (qsizetype i = 0; i < it->size(); ++i)
            if (it->at(i).ticket.id == ticketId)
                return it.key() * PageSize + int(i);
    return -1;
}

const TicketQueueModel::Row *TicketQueueModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        if (!loadPage(page))
            return nullptr;
        it = m_pages.constFind(page);
    }
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

bool TicketQueueModel::loadPage(int page) const
{
    QString error;
    const QList<Ticket> tickets = fetchPage(page, &error);
    if (!error.isEmpty()) {
        fail(error);
        return false;
    }
    evictFarFrom(page);
    m_pages.insert(page, decorate(tickets));
    return true;
}

QList<Ticket> TicketQueueModel::fetchPage(int page, QString *error) const
{
    const TicketRepository repo(m_db);
    const qint64 first = qint64(page) * PageSize;
    const int want = int(qMin<qint64>(PageSize, m_count - first));
    if (want <= 0)
        return {};
    TicketQuery reversed = m_query;
    reversed.descending = !m_query.descending;
    const auto backwards = [](QList<Ticket> rows) {
        std::reverse(rows.begin(), rows.end());
        return rows;
    };
    const auto previous = m_pages.constFind(page - 1);
    if (previous != m_pages.constEnd() && !previous->isEmpty())
        return repo.page(
            m_query, TicketRepository::cursorFor(previous->last().ticket, m_query.sort), want, error);
    const auto next = m_pages.constFind(page + 1);
    if (next != m_pages.constEnd() && !next->isEmpty())
        return backwards(repo.page(
            reversed, TicketRepository::cursorFor(next->first().ticket, m_query.sort), want, error));
    if (first == 0)
        return repo.page(m_query, std::nullopt, want, error);
    // Rows after this page: from the end is shorter for the second half (and free for
    // the last page, Ctrl+End).
    const qint64 after = m_count - first - want;
    if (after == 0)
        return backwards(repo.page(reversed, std::nullopt, want, error));
    if (after < first)
        return backwards(repo.pageAt(reversed, after, want, error));
    return repo.pageAt(m_query, first, want, error);
}

TicketQueueModel::Page TicketQueueModel::decorate(const QList<Ticket> &tickets) const
{
    QStringList customerIds;
    for (const Ticket &t : tickets)
        if (!t.customerId.isEmpty())
            customerIds.append(t.customerId);
    customerIds.removeDuplicates();
    const QHash<QString, QString> names = CustomerRepository(m_db).namesByIds(customerIds);
    const QDateTime now = m_now();
    Page page;
    page.reserve(tickets.size());
    for (const Ticket &t : tickets) {
        Row row;
        row.ticket = t;
        const QString name = names.value(t.customerId);
        row.customer = name.isEmpty() ? QString() : PiiMasker::mask(PiiField::Name, name);
        computeSla(row, now);
        page.append(std::move(row));
    }
    return page;
}

void TicketQueueModel::computeSla(Row &row, const QDateTime &now) const
{
    const QDateTime due = TicketSla::activeDue(row.ticket);
    row.sla = m_clock.status(TicketSla::clockStart(row.ticket), due, now);
    if (row.sla == SlaStatus::None) {
        row.slaText.clear();
        row.slaToolTip.clear();
        return;
    }
    const SlaRemaining remaining = m_clock.remaining(due, now);
    row.slaText = remaining.shortText();
    row.slaToolTip = remaining.text();
}

void TicketQueueModel::evictFarFrom(int page) const
{
    while (m_pages.size() >= MaxPages) {
        auto farthest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (qAbs(it.key() - page) > qAbs(farthest.key() - page))
                farthest = it;
        m_pages.erase(farthest);
    }
}

QString TicketQueueModel::assigneeName(const QString &userId) const
{
    if (!m_usersLoaded) {
        m_userNames.clear();
        for (const User &u : UserRepository(m_db).all())
            m_userNames.insert(u.id, u.displayName.isEmpty() ? u.username : u.displayName);
        m_usersLoaded = true;
    }
    return m_userNames.value(userId, tr("(unknown user)"));
}

void TicketQueueModel::refresh()
{
    m_refreshTimer.stop();
    const qint64 count = countNow();
    if (count != m_count) {
        beginResetModel();
        m_pages.clear();
        m_count = count;
        endResetModel();
        Q_EMIT countChanged(m_count);
        return;
    }
    m_pages.clear();
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(int(m_count) - 1, ColumnCount - 1));
}

void TicketQueueModel::updateClocks()
{
    const QDateTime now = m_now();
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
        for (Row &row : *it)
            computeSla(row, now);
    if (m_count > 0)
        Q_EMIT dataChanged(
            index(0, SlaColumn), index(int(m_count) - 1, SlaColumn), {Qt::DisplayRole, SlaStatusRole});
}

void TicketQueueModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    updateClocks(); // the SLA texts are translated when computed
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(int(m_count) - 1, ColumnCount - 1), {Qt::DisplayRole});
}

TicketQueueModel::AssignResult TicketQueueModel::assign(
    const QList<int> &rows, const QString &assigneeId, const Actor &actor)
{
    QStringList ids;
    for (int row : rows)
        if (const QString id = ticketIdAt(row); !id.isEmpty())
            ids.append(id);
    const TicketEditor::BulkResult done = TicketEditor(m_db, actor).assign(ids, assigneeId);
    return {done.changed, done.refused};
}
