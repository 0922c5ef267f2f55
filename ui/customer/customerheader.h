#pragma once

#include "core/piimasker.h"

#include <QFrame>
#include <QTimer>

class Customer360;
class QLabel;
class QPushButton;

// The top card of the 360 view: who the customer is — name, VIP level, tags, masked
// identifiers with the links that reveal them (a reason, a time limit, an audit entry),
// branch and account manager, investor type, and the risk assessment with its warning
// when it has expired or expires within 30 days — and the two actions that start work
// for them.
class CustomerHeader : public QFrame
{
    Q_OBJECT

public:
    explicit CustomerHeader(Customer360 *customer, QWidget *parent = nullptr);

    // Asks for a reason (RevealDialog) unless one is given, then shows the field for a
    // while; false (and refused()) when it stays masked.
    bool revealField(PiiField field, const QString &reason = QString());

    QLabel *nameLabel() const { return m_name; }
    QLabel *identityLabel() const { return m_identity; }
    QLabel *assessmentLabel() const { return m_assessment; }
    QPushButton *revealButton(PiiField field) const;
    QPushButton *newTicketButton() const { return m_newTicket; }
    QPushButton *contactButton() const { return m_contact; }

    static QString fieldLabel(PiiField field);
    // A call is being taken: "Record contact" becomes "Complete the call record".
    void setCallOpen(bool open);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void newTicketRequested();
    void contactRequested();
    // A reveal was refused (translated reason).
    void refused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString revealLabel(PiiField field) const;
    // The countdown runs only while something is shown in clear.
    void followReveals();

    Customer360 *m_customer;
    QLabel *m_name;
    QLabel *m_badges;
    QLabel *m_identity;
    QLabel *m_facts;
    QLabel *m_assessment;
    QLabel *m_revealState;
    QPushButton *m_revealMobile;
    QPushButton *m_revealId;
    QPushButton *m_revealEmail;
    QPushButton *m_revealAccounts;
    QPushButton *m_newTicket;
    QPushButton *m_contact;
    QTimer m_tick;
    bool m_callOpen = false;
};
