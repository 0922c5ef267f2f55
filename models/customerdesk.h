#pragma once

#include "core/actor.h"
#include "core/article.h"
#include "core/customer.h"
#include "core/enums.h"
#include "models/riskalertlistmodel.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <optional>

class Database;

// What an agent does from the 360 view, as the acting user, each edit one transaction
// with its outbox entries: log a call (the screen pop) or a contact note, acknowledge a
// risk alert, open an outreach ticket for one. Tickets themselves are TicketEditor's.
class CustomerDesk
{
    Q_DECLARE_TR_FUNCTIONS(CustomerDesk)

public:
    struct Result
    {
        bool ok = false;
        QString error; // translated
        QString id; // the record created
        explicit operator bool() const { return ok; }
    };

    static constexpr int MaxSummaryLength = 4000;

    CustomerDesk(Database &db, const Actor &actor);

    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // The customers whose mobile is number (digits only), for the screen pop.
    QList<Customer> callers(const QString &number) const;

    // A caller the firm does not know yet, registered from the screen pop: name, mobile
    // and the identity document they give; pinyin is spelled from the name, the risk
    // class stays the most conservative until they are assessed.
    Result createCustomer(const QString &name, const QString &mobile, IdType idType, const QString &idNumber,
        const QString &branch);

    // An incoming call, logged with its start time the moment it pops up.
    Result logCall(const QString &customerId, const QDateTime &startedAt);
    // A contact the agent writes down: channel, direction, what was said; optionally
    // about one of the customer's tickets.
    Result addNote(const QString &customerId, Channel channel, Direction direction, const QString &summary,
        int durationSeconds = 0, const QString &ticketId = {});

    // The agent's summary of a call they logged (the screen pop), with how long it lasted
    // and, optionally, the ticket it was about.
    Result completeCall(const QString &interactionId, const QString &summary, int durationSeconds,
        const QString &ticketId = {});

    // Marks the alert acknowledged by the actor. A detected finding (no stored alert yet)
    // is recorded as an acknowledged alert.
    Result acknowledge(const QString &customerId, const RiskAlertListModel::Row &row);
    // In one transaction: a ticket to call the customer about the alert (assigned to the
    // actor, high priority when critical), the alert acknowledged, and a first note
    // naming the alert and the investor-education article suggested for the reply.
    Result createOutreachTicket(const QString &customerId, const RiskAlertListModel::Row &row);

    // The in-force investor-education (投资者教育) article that fits the alert best.
    std::optional<Article> suggestedArticle(RiskAlertKind kind) const;
    // The ticket category an outreach about this alert goes under.
    static TicketCategory outreachCategory(RiskAlertKind kind);

private:
    static Result success(const QString &id);
    Result fail(const QString &error) const;
    // Why a contact's summary, duration or ticket is refused (translated); empty when fine.
    QString contactRefusal(const QString &customerId, const QString &summary, int durationSeconds,
        const QString &ticketId) const;
    bool writeAcknowledgement(const QString &customerId, const RiskAlertListModel::Row &row, QString *error);

    Database &m_db;
    Actor m_actor;
    std::function<QDateTime()> m_now = [] {
        return QDateTime::currentDateTime();
    };
};
