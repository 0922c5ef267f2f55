#pragma once

#include "core/actor.h"
#include "core/customer.h"
#include "core/piimasker.h"
#include "core/riskalertrules.h"
#include "core/suitability.h"

#include <QObject>
#include <QTimer>

#include <functional>

class AccountListModel;
class CustomerTicketsModel;
class CustomerTimelineModel;
class Database;
class HoldingListModel;
class PiiReveal;
class RiskAlertListModel;

// One customer as the 360 view shows them: profile, accounts, holdings, risk alerts,
// history and open tickets, read from the cache into the item models it owns, and read
// again (debounced) whenever the store changes — a sync that brings a new alert or a
// ticket edited elsewhere shows without the agent doing anything.
class Customer360 : public QObject
{
    Q_OBJECT

public:
    static constexpr int InteractionLimit = 200;
    static constexpr int ReplyLimit = 200;

    Customer360(Database &db, const Actor &actor, QObject *parent = nullptr);
    ~Customer360() override;

    void setClock(std::function<QDateTime()> now);
    QDateTime now() const { return m_now(); }
    QDate today() const;
    // The firm's lines (DESIGN.md §3); the defaults until set.
    void setMarginLines(const MarginLines &lines);

    // Reads the customer; false when the cache does not hold them. Masks every field
    // that was revealed for the previous customer.
    bool open(const QString &customerId);
    void close();
    bool isOpen() const { return !m_customer.id.isEmpty(); }
    QString customerId() const { return m_customer.id; }
    const Customer &customer() const { return m_customer; }
    const Actor &actor() const { return m_actor; }
    // Another user signed in: what was revealed is masked again.
    void setActor(const Actor &actor);

    // Name, mobile, ID number, e-mail as the viewer sees them now (masked unless revealed).
    QString display(PiiField field) const;
    Suitability::AssessmentStatus assessmentStatus() const;
    // Days until the assessment expires (negative once expired); 0 without a date.
    qint64 assessmentDaysLeft() const;
    // What RiskAlertRules finds in the cached figures today.
    const QList<RiskAlertRules::Finding> &findings() const { return m_findings; }

    PiiReveal *reveal() const { return m_reveal; }
    AccountListModel *accounts() const { return m_accounts; }
    HoldingListModel *holdings() const { return m_holdings; }
    RiskAlertListModel *alerts() const { return m_alerts; }
    CustomerTimelineModel *timeline() const { return m_timeline; }
    CustomerTicketsModel *openTickets() const { return m_tickets; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // The customer was (re)read: the profile fields may have changed.
    void loaded();
    // The customer went away (deleted, or out of scope after a sync).
    void closed();

private:
    Database &m_db;
    Actor m_actor;
    std::function<QDateTime()> m_now = [] {
        return QDateTime::currentDateTime();
    };
    RiskAlertRules m_rules;
    Customer m_customer;
    QList<RiskAlertRules::Finding> m_findings;
    PiiReveal *m_reveal;
    AccountListModel *m_accounts;
    HoldingListModel *m_holdings;
    RiskAlertListModel *m_alerts;
    CustomerTimelineModel *m_timeline;
    CustomerTicketsModel *m_tickets;
    QTimer m_reloadTimer;
    QTimer m_clockTimer; // SLA clocks and deadlines move on with the time
};
