#pragma once

#include "models/savedviews.h"
#include "store/ticketquery.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QTimer>

#include <functional>

class Database;

// The queues of the ticket workspace, each a TicketQuery for the signed-in user, with
// the number of tickets in it: My tickets, Team queue, Unassigned, Due soon / breached,
// Complaints, 12386 transfers and Closed, then the user's saved views (SavedViews) — each
// a filter over the team's tickets. The counts are kept and counted again, in a burst,
// after tickets change.
class QueueViewModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class View { MyTickets, TeamQueue, Unassigned, DueSoon, Complaints, Transfers12386, Closed };
    Q_ENUM(View)
    enum Roles {
        ViewRole = Qt::UserRole + 1, // int(View); -1 for a saved view
        CountRole, // qint64
        TitleRole, // the title without the count
        SavedViewIdRole, // the saved view's id; empty for the built-in queues
    };
    // Closed tickets pile up for years: their queue counts to here and shows "10,000+".
    static constexpr qint64 ClosedCountCap = 10000;
    // "Due soon": the reply is due within this many working days, or overdue.
    static constexpr int DueSoonWorkingDays = 2;

    explicit QueueViewModel(Database &db, QObject *parent = nullptr);

    // Whose queues: an empty team (an admin) means every team.
    void setUser(const QString &userId, const QString &teamId);
    QString userId() const { return m_userId; }
    QString teamId() const { return m_teamId; }
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    TicketQuery query(View view) const;
    static QString title(View view);
    static QList<View> views();
    int rowOf(View view) const { return int(views().indexOf(view)); }
    qint64 count(View view) const;

    // Any row, built-in or saved; a row out of range (a view just deleted) is the team queue.
    TicketQuery queryAt(int row) const;
    QString titleAt(int row) const;
    QString savedViewIdAt(int row) const;
    int rowOfSavedView(const QString &id) const;
    QList<SavedView> savedViews() const { return m_saved; }
    // Saves a new view (or replaces the one with view.id) and shows it; its row, or −1.
    int saveView(SavedView view, QString *error = nullptr);
    bool removeSavedView(const QString &id, QString *error = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void recount();
    // The titles after a language change.
    void retranslate();

private:
    void loadSavedViews();

    Database &m_db;
    QList<SavedView> m_saved;
    QString m_userId;
    QString m_teamId;
    QList<qint64> m_counts;
    std::function<QDateTime()> m_now;
    QTimer m_recountTimer;
};
