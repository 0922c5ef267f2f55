#include "models/customerticketsmodel.h"

#include "core/ticketsla.h"
#include "models/ticketqueuemodel.h"

static_assert(int(CustomerTicketsModel::SlaStatusRole) == int(TicketQueueModel::SlaStatusRole),
    "the queue's SLA delegate reads this role");

CustomerTicketsModel::CustomerTicketsModel(QObject *parent) : QAbstractTableModel(parent) { }

void CustomerTicketsModel::setTickets(
    const QList<Ticket> &tickets, const QHash<QString, QString> &userNames, const QDateTime &now)
{
    QList<Row> rows;
    for (const Ticket &t : tickets) {
        if (t.state == TicketState::Closed || !t.mergedIntoId.isEmpty() || t.deleted)
            continue;
        Row row;
        row.ticket = t;
        row.assignee
            = t.assigneeId.isEmpty() ? tr("unassigned") : userNames.value(t.assigneeId, t.assigneeId);
        row.due = TicketSla::activeDue(t);
        row.sla = m_clock.status(TicketSla::clockStart(t), row.due, now);
        if (row.sla != SlaStatus::None) {
            const SlaRemaining remaining = m_clock.remaining(row.due, now);
            row.slaText = remaining.shortText();
            row.slaToolTip = remaining.text();
        }
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due < b.due;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString CustomerTicketsModel::ticketId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).ticket.id : QString();
}

int CustomerTicketsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerTicketsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTicketsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case TicketIdRole:
        return r.ticket.id;
    case SlaStatusRole:
        return int(r.sla);
    case Qt::ToolTipRole:
        return index.column() == SlaColumn ? r.slaToolTip : r.ticket.subject;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case NumberColumn:
        return r.ticket.number;
    case KindColumn:
        return enumLabel(r.ticket.kind);
    case SubjectColumn:
        return r.ticket.subject;
    case StateColumn:
        return enumLabel(r.ticket.state);
    case AssigneeColumn:
        return r.assignee;
    case SlaColumn:
        return r.slaText;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CustomerTicketsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn:
        return tr("Number");
    case KindColumn:
        return tr("Kind");
    case SubjectColumn:
        return tr("Subject");
    case StateColumn:
        return tr("State");
    case AssigneeColumn:
        return tr("Holder");
    case SlaColumn:
        return tr("SLA");
    case ColumnCount:
        break;
    }
    return {};
}
