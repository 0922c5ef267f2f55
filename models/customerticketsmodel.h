#pragma once

#include "core/slaclock.h"
#include "core/ticket.h"

#include <QAbstractTableModel>
#include <QDateTime>

// A customer's open tickets with their SLA clocks, the one due first on top; the same
// clock and roles as the queue, so the queue's SLA pill paints it.
class CustomerTicketsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        KindColumn,
        SubjectColumn,
        StateColumn,
        AssigneeColumn,
        SlaColumn,
        ColumnCount
    };
    enum Roles {
        TicketIdRole = Qt::UserRole + 1,
        SlaStatusRole, // int(SlaStatus): equals TicketQueueModel::SlaStatusRole for SlaDelegate
    };

    explicit CustomerTicketsModel(QObject *parent = nullptr);

    // Keeps the open ones of tickets (not closed, not merged).
    void setTickets(
        const QList<Ticket> &tickets, const QHash<QString, QString> &userNames, const QDateTime &now);
    QString ticketId(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Ticket ticket;
        QString assignee;
        SlaStatus sla = SlaStatus::None;
        QString slaText;
        QString slaToolTip;
        QDateTime due;
    };
    QList<Row> m_rows;
    SlaClock m_clock;
};
