#pragma once

#include "models/queueviewmodel.h"
#include "ui/workspace.h"

#include <QTimer>

class Database;
class QLabel;
class QLineEdit;
class QComboBox;
class QListView;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class SessionStatus;
class TicketQueueModel;
class TicketView;

// The ticket workspace: the queues with their counts on the left, the chosen queue as a
// table (TicketQueueModel, a million rows as fast as a hundred) with a search box, and
// the SLA clocks in colour; a ticket opens in its place (TicketView). Follows the signed-in user (SessionStatus) and changes that
// arrive by sync.
class TicketQueuePage : public Workspace
{
    Q_OBJECT

public:
    TicketQueuePage(Database &db, SessionStatus *session, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override { return QStringLiteral("ticket"); }

    QueueViewModel *viewModel() const { return m_views; }
    TicketQueueModel *queueModel() const { return m_queue; }
    QTableView *table() const { return m_table; }
    QListView *viewList() const { return m_viewList; }
    QLineEdit *searchBox() const { return m_search; }
    QString summaryText() const;

    QueueViewModel::View currentView() const { return m_view; }
    void showView(QueueViewModel::View view);
    // A saved view of the user (QueueViewModel::savedViews()).
    void showSavedView(const QString &id);
    QString currentSavedViewId() const { return m_savedId; }
    // Filters laid over the current queue until cleared (TicketFilterDialog).
    void setFilter(const TicketQuery &filter);
    TicketQuery filter() const { return m_filter; }
    // Keeps the current filter as a named view and shows it; false when it could not.
    bool saveFilterAsView(const QString &name, const TicketQuery &filter);

    QPushButton *claimButton() const { return m_claim; }
    QPushButton *handBackButton() const { return m_handBack; }
    QPushButton *newTicketButton() const { return m_newTicket; }
    // The team's assignment rule for new tickets; shown to leads only.
    QComboBox *ruleBox() const { return m_rule; }
    QString noticeText() const;
    TicketView *ticketView() const { return m_ticketView; }
    bool isShowingTicket() const;

public Q_SLOTS:
    // The ticket in place of the queue; Esc or "← Queue" goes back.
    void openTicket(const QString &ticketId);
    void showQueue();

    // The selected tickets to the signed-in user, or back to the team queue.
    void claimSelected();
    // Asks for the new ticket's details, then opens it.
    void newTicket();
    void editFilter();
    void handBackSelected();

Q_SIGNALS:
    // Enter or a double click on a row.
    void ticketActivated(const QString &ticketId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyQuery();
    void followSession();
    void updateSummary();
    void retranslateUi();
    void assignSelected(const QString &assigneeId);
    QStringList selectedIds() const;
    // Assign (leads), priority, new incident (leads): the bulk actions of the context menu.
    void addBulkActions(QMenu *menu);
    void showResult(const QString &done, const QStringList &refused);
    void updateActions();
    void updateRule();

    Database &m_db;
    SessionStatus *m_session;
    QueueViewModel *m_views;
    TicketQueueModel *m_queue;
    QLabel *m_heading;
    QLabel *m_summary;
    QLabel *m_notice;
    QPushButton *m_claim;
    QPushButton *m_handBack;
    QPushButton *m_newTicket;
    QComboBox *m_rule;
    QPushButton *m_filterButton;
    QPushButton *m_clearFilter;
    TicketQuery m_filter;
    QString m_savedId;
    QLineEdit *m_search;
    QListView *m_viewList;
    QTableView *m_table;
    QStackedWidget *m_stack;
    TicketView *m_ticketView;
    QTimer m_searchDelay;
    QueueViewModel::View m_view = QueueViewModel::View::TeamQueue;
    QString m_userId;
    QString m_teamId;
    bool m_followed = false;
};
