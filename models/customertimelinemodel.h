#pragma once

#include "core/interaction.h"
#include "core/ticket.h"
#include "core/ticketevent.h"

#include <QAbstractListModel>
#include <QDateTime>

// Everything that happened between the firm and a customer, newest first: calls and
// other contacts, tickets opened, replies sent, satisfaction surveys of closed tickets.
class CustomerTimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class EntryKind { Contact, TicketOpened, Reply, Survey };
    Q_ENUM(EntryKind)

    enum Roles {
        KindRole = Qt::UserRole + 1, // int(EntryKind)
        AtRole, // QDateTime
        TitleRole,
        BodyRole,
        TicketIdRole, // the ticket the entry belongs to, if any
    };

    struct Entry
    {
        EntryKind kind = EntryKind::Contact;
        QDateTime at;
        QString title;
        QString body;
        QString ticketId;
    };

    using QAbstractListModel::QAbstractListModel;

    // userNames: agent id → display name, for "call taken by …".
    void setHistory(const QList<Interaction> &interactions, const QList<Ticket> &tickets,
        const QList<TicketEvent> &replies, const QHash<QString, QString> &userNames);
    const Entry *entry(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
};
