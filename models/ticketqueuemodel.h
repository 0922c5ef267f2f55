#pragma once

#include "core/actor.h"
#include "core/slaclock.h"
#include "core/ticket.h"
#include "store/ticketquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <functional>
#include <optional>

class Database;

// A ticket queue over the cache that stays instant at a million rows (DESIGN.md §6).
// Filtering and sorting happen in SQL (TicketQuery); the row count is counted once per
// query and kept; rows are read in pages of PageSize on demand and at most MaxPages
// pages are held (the ones farthest from what was last asked for go first). A page
// is read after its neighbour's last row (keyset), before its neighbour's first row
// (the order reversed), from whichever end of the list is nearer, or — only for a jump
// into the middle of a long list — at an offset.
//
// Rows follow ChangeNotifier::ticketsChanged (local edits and synced ones alike),
// coalesced, by counting again and reading the loaded pages anew.
class TicketQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        CustomerColumn,
        KindColumn,
        CategoryColumn,
        PriorityColumn,
        StateColumn,
        AssigneeColumn,
        SlaColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Roles {
        TicketIdRole = Qt::UserRole + 1,
        SlaStatusRole, // int(SlaStatus) of the deadline the clock runs against now
        SubjectRole,
    };
    static constexpr int PageSize = 100;
    static constexpr int MaxPages = 16;

    explicit TicketQueueModel(Database &db, QObject *parent = nullptr);

    TicketQuery query() const { return m_query; }
    // Counts and shows the tickets of this query (a reset of the model).
    void setQuery(const TicketQuery &query);
    // "Now" for the SLA clocks; the current time unless set (tests).
    void setClock(std::function<QDateTime()> now);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Only the columns with an order in SQL sort (number, SLA due, updated); others are
    // ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    QString ticketIdAt(int row) const;
    std::optional<Ticket> ticketAt(int row) const;
    // The row of a ticket among the loaded pages; −1 when it is not loaded.
    int loadedRowOf(const QString &ticketId) const;
    int loadedPages() const { return int(m_pages.size()); }

    // Gives the tickets of these rows to assigneeId (empty: hands them back), each as far
    // as TicketAssignment lets the actor, through the store and its outbox.
    struct AssignResult
    {
        int changed = 0;
        QStringList refused; // "T2026…: reason", one per ticket left as it was
    };
    AssignResult assign(const QList<int> &rows, const QString &assigneeId, const Actor &actor);
    QString lastError() const { return m_error; }

public Q_SLOTS:
    // Counts again and rereads the loaded pages (a reset only when the count changed).
    void refresh();
    // Recomputes the SLA column (the clocks move on even when nothing is written).
    void updateClocks();
    // Headers and labels after a language change.
    void retranslate();

Q_SIGNALS:
    void countChanged(qint64 count);
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        Ticket ticket;
        QString customer; // masked
        SlaStatus sla = SlaStatus::None;
        QString slaText; // compact, for the cell
        QString slaToolTip; // in words
    };
    using Page = QList<Row>;

    const Row *rowAt(int row) const;
    bool loadPage(int page) const;
    QList<Ticket> fetchPage(int page, QString *error) const;
    Page decorate(const QList<Ticket> &tickets) const;
    void computeSla(Row &row, const QDateTime &now) const;
    void evictFarFrom(int page) const;
    QString assigneeName(const QString &userId) const;
    qint64 countNow();
    void fail(const QString &message) const;

    Database &m_db;
    TicketQuery m_query;
    qint64 m_count = 0;
    mutable QHash<int, Page> m_pages;
    mutable QHash<QString, QString> m_userNames;
    mutable bool m_usersLoaded = false;
    mutable QString m_error;
    SlaClock m_clock;
    std::function<QDateTime()> m_now;
    QTimer m_refreshTimer;
    QTimer m_clockTimer;
};
