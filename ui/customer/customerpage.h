#pragma once

#include "core/actor.h"
#include "ui/workspace.h"

#include <QDateTime>

class Customer360;
class Customer360View;
class CustomerSearchModel;
class Database;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class RemoteCustomerLookup;
class SessionStatus;

// The Customer 360 workspace: one search box that recognises what was typed (mobile or
// its last four digits, ID, account or customer number, name, pinyin), the hits with
// what tells namesakes apart, and the chosen customer's 360 view. A caller outside the
// cache is asked of the central service. An incoming call (screen pop) opens the
// caller's 360 at once, or lists the customers sharing the number, or offers to
// register a new one; the call is logged with its start time on the customer chosen.
class CustomerPage : public Workspace
{
    Q_OBJECT

public:
    CustomerPage(Database &db, SessionStatus *session, RemoteCustomerLookup *remote = nullptr,
        QWidget *parent = nullptr);
    ~CustomerPage() override;

    QString title() const override;
    QString iconName() const override { return QStringLiteral("user"); }

    QLineEdit *searchBox() const { return m_search; }
    QListView *resultList() const { return m_results; }
    CustomerSearchModel *results() const { return m_model; }
    Customer360 *customer() const { return m_customer; }
    Customer360View *view() const { return m_view; }
    QLabel *hintLabel() const { return m_hint; }
    QLabel *callBanner() const { return m_callBanner; }
    QPushButton *askServerButton() const { return m_askServer; }
    bool isCallPending() const { return !m_callNumber.isEmpty(); }

public Q_SLOTS:
    void search(const QString &text);
    void openCustomer(const QString &customerId);
    // An incoming call from the telephony system (agentdesk --call).
    void popCall(const QString &number, const QDateTime &startedAt);
    // Asks the central service for text, by default the search box's.
    void askServer(const QString &text = QString());
    // Registers the caller as a new customer (NewCustomerDialog).
    void registerCaller();

Q_SIGNALS:
    void ticketActivated(const QString &ticketId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followSession();
    void updateHint();
    void logPendingCall(const QString &customerId);
    void showCallBanner(const QString &html);
    void retranslateUi();
    Actor actor() const;

    Database &m_db;
    SessionStatus *m_session;
    RemoteCustomerLookup *m_remote;
    CustomerSearchModel *m_model = nullptr;
    Customer360 *m_customer = nullptr;
    QLabel *m_title;
    QLineEdit *m_search;
    QLabel *m_hint;
    QPushButton *m_askServer;
    QListView *m_results;
    QLabel *m_callBanner;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    Customer360View *m_view = nullptr;
    QString m_callNumber; // the caller's number while the call is not logged yet
    QDateTime m_callStartedAt;
    QString m_callCustomer; // whose call the view can complete
    bool m_asking = false;
    QString m_asked; // the text of the lookup in flight
};
