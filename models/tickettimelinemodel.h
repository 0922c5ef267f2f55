#pragma once

#include "core/ticketevent.h"

#include <QAbstractListModel>
#include <QHash>

class Database;

// The history of one ticket, oldest first, as the ticket view shows it: notes, replies,
// state changes, assignments, attachments, SLA events, citations and links — plus the
// events of every duplicate merged into it, marked with the duplicate's number, so a
// merge loses nothing. Follows the store (local edits and synced ones).
class TicketTimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    // How an event is drawn: what the customer received, what only colleagues see, and
    // what the system recorded.
    enum class Style { Reply, Note, System };
    Q_ENUM(Style)
    enum Roles {
        EventIdRole = Qt::UserRole + 1,
        KindRole, // int(EventKind)
        StyleRole, // int(Style)
        AuthorRole, // display name
        TimeRole, // QDateTime, local
        BodyRole, // the text written (note, reply, reason); may be empty
        HeadingRole, // "Reply to the customer", "State: 受理 → 调查中", …
        SourceTicketRole, // the duplicate's number for an event merged in; empty otherwise
        AttachmentIdRole,
        ArticleIdRole,
        LinkedTicketIdRole,
    };

    explicit TicketTimelineModel(Database &db, QObject *parent = nullptr);

    QString ticketId() const { return m_ticketId; }
    void setTicketId(const QString &ticketId);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    TicketEvent eventAt(int row) const;
    int count(EventKind kind) const;

public Q_SLOTS:
    void reload();
    void retranslate();

private:
    struct Row
    {
        TicketEvent event;
        QString sourceNumber;
        QString heading;
        QString author;
    };
    QString heading(const TicketEvent &event) const;
    QString ticketNumber(const QString &ticketId) const;
    QString userName(const QString &userId) const;
    void onTicketsChanged(const QStringList &ids);
    void onEventsChanged();

    Database &m_db;
    QString m_ticketId;
    QStringList m_mergedIds;
    QList<Row> m_rows;
    mutable QHash<QString, QString> m_names;
    mutable QHash<QString, QString> m_numbers;
};
