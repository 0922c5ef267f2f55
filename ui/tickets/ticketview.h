#pragma once

#include "core/actor.h"
#include "core/ticket.h"
#include "core/transitionrequest.h"

#include <QWidget>

#include <memory>

class Database;
class QLabel;
class QListView;
class QHBoxLayout;
class QMenu;
class QPushButton;
class QToolButton;
class ReplyComposer;
class TicketEditor;
class TicketTimelineModel;

// One ticket, as its handler works it: a header (number, subject, customer, kind,
// category, priority, state, source, SLA clocks, holder, incident or merge), the workflow
// steps this user may take now — the others shown greyed out with the reason on hover —
// further actions (claim, assign, priority, extend the reply due date, link, merge, put
// under an incident), the timeline, and the composer for replies and notes. Every edit
// goes through TicketEditor, so it lands in the store and its outbox and syncs.
class TicketView : public QWidget
{
    Q_OBJECT

public:
    explicit TicketView(Database &db, QWidget *parent = nullptr);
    ~TicketView() override;

    void setActor(const Actor &actor);
    QString ticketId() const { return m_ticketId; }
    void showTicket(const QString &ticketId);

    // For tests and the command palette.
    QList<QPushButton *> transitionButtons() const { return m_transitionButtons; }
    QPushButton *transitionButton(TicketState to) const;
    QToolButton *moreButton() const { return m_more; }
    ReplyComposer *composer() const { return m_composer; }
    TicketTimelineModel *timeline() const { return m_timeline; }
    QString noticeText() const;
    QString headerText() const;
    // Attaches the files (each checked against AttachmentPolicy) for upload with the next sync.
    void attachFiles(const QStringList &paths);
    // Runs a workflow step with the fields already given (tests); the dialog is skipped.
    bool runTransition(const TransitionRequest &request);

Q_SIGNALS:
    void backRequested();
    void customerActivated(const QString &customerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void rebuildActions();
    void rebuildMoreMenu();
    void startTransition(TicketState to);
    void send(int mode, const QString &text);
    void askForTicket(int action);
    void showNotice(const QString &text, bool error = false);
    void showBulk(const QString &done, const QStringList &refused);
    void retranslateUi();

    Database &m_db;
    Actor m_actor;
    std::unique_ptr<TicketEditor> m_editor;
    QString m_ticketId;
    Ticket m_ticket;
    bool m_loaded = false;
    QToolButton *m_back;
    QLabel *m_number;
    QLabel *m_subject;
    QLabel *m_facts;
    QLabel *m_customer;
    QLabel *m_clock;
    QLabel *m_relation;
    QLabel *m_notice;
    QHBoxLayout *m_actionRow;
    QList<QPushButton *> m_transitionButtons;
    QToolButton *m_more;
    QMenu *m_moreMenu;
    QListView *m_timelineView;
    TicketTimelineModel *m_timeline;
    ReplyComposer *m_composer;
};
