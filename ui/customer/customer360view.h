#pragma once

#include "core/piimasker.h"

#include <QWidget>

class Customer360;
class CustomerDesk;
class CustomerHeader;
class Database;
class MarginGauge;
class QLabel;
class QListView;
class QPushButton;
class QTabWidget;
class QTableView;
class RiskAlertPanel;

// Everything about one customer on one screen (issue 5): who they are (masked until
// revealed with a reason), how their risk assessment stands, their accounts with the
// margin ratio against the firm's lines, holdings checked for suitability, risk alerts
// to act on, open tickets with their SLA clocks and the history of contacts.
class Customer360View : public QWidget
{
    Q_OBJECT

public:
    Customer360View(Database &db, Customer360 *customer, QWidget *parent = nullptr);
    ~Customer360View() override;

    Customer360 *customer() const { return m_customer; }

    // Asks for a reason (RevealDialog), then shows the field for a while. Returns
    // whether it is shown; the reason may also be given directly (tests, scripting).
    bool revealField(PiiField field, const QString &reason = QString());
    void acknowledgeAlert(int row);
    void createOutreachTicket(int row);
    void newTicket();
    // Completes the current call's record, or writes a new contact note.
    void recordContact();
    // The call logged for this customer by the screen pop, whose summary is still to
    // write ("Record contact" then completes it); empty for none.
    void setCurrentCall(const QString &interactionId);
    QString currentCall() const { return m_currentCall; }

    CustomerHeader *header() const { return m_header; }
    QLabel *nameLabel() const;
    QLabel *identityLabel() const;
    QLabel *assessmentLabel() const;
    QLabel *marginLabel() const { return m_marginText; }
    QLabel *noticeLabel() const { return m_notice; }
    MarginGauge *marginGauge() const { return m_gauge; }
    RiskAlertPanel *alertPanel() const { return m_alerts; }
    QTableView *accountsTable() const { return m_accounts; }
    QTableView *holdingsTable() const { return m_holdings; }
    QLabel *holdingWarningLabel() const { return m_holdingWarning; }
    QTableView *ticketsTable() const { return m_tickets; }
    QListView *timelineList() const { return m_timeline; }
    QPushButton *revealButton(PiiField field) const;

Q_SIGNALS:
    void ticketActivated(const QString &ticketId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslateUi();
    void showNotice(const QString &html, bool error = false);
    CustomerDesk desk() const;

    Database &m_db;
    Customer360 *m_customer;
    CustomerHeader *m_header;
    QString m_currentCall;
    QLabel *m_notice;
    QLabel *m_alertsTitle;
    RiskAlertPanel *m_alerts;
    QLabel *m_accountsTitle;
    QTableView *m_accounts;
    QWidget *m_marginRow;
    QLabel *m_marginText;
    MarginGauge *m_gauge;
    QLabel *m_holdingsTitle;
    QTableView *m_holdings;
    QLabel *m_holdingWarning;
    QTabWidget *m_tabs;
    QTableView *m_tickets;
    QListView *m_timeline;
};
