#pragma once

#include "core/actor.h"
#include "core/cannedreply.h"
#include "core/customer.h"
#include "core/user.h"
#include "core/enums.h"
#include "core/ticket.h"
#include "core/ticketevent.h"
#include "core/ticketworkflow.h"
#include "core/transitionrequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>

class Database;

// Every edit an agent or a lead makes to tickets, as the acting user: workflow steps,
// notes and replies, assignment, priority, new tickets. Each edit checks the rules of
// core/ (TicketWorkflow, TicketAssignment, TicketRelations) on the stored ticket, then
// writes the ticket and its events in one transaction through the store, whose outbox
// carries them to the server. Events are written before the ticket, so the server finds
// a reply or a reason when it checks the state change that needs it.
class TicketEditor
{
    Q_DECLARE_TR_FUNCTIONS(TicketEditor)

public:
    struct Result
    {
        bool ok = false;
        QString error; // translated
        QStringList missingFields; // workflow fields still needed (wire keys)
        QString id; // the ticket created, for createTicket()

        explicit operator bool() const { return ok; }
        static Result success(const QString &id = {})
        {
            Result r;
            r.ok = true;
            r.id = id;
            return r;
        }
    };
    struct BulkResult
    {
        int changed = 0;
        QStringList refused; // "T2026…: reason", one per ticket left as it was
    };
    // An article cited in a reply (the knowledge base's revision at the time).
    struct Citation
    {
        QString articleId;
        int revision = 0;
    };

    TicketEditor(Database &db, const Actor &actor);

    const Actor &actor() const { return m_actor; }
    // "Now" for SLA and event times; the current time unless set (tests).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    QDateTime now() const { return m_now(); }

    std::optional<Ticket> ticket(const QString &ticketId) const;
    std::optional<Ticket> ticketByNumber(const QString &number) const;
    std::optional<Customer> customer(const QString &customerId) const;
    // By customer number or mobile (one match only), for a new ticket.
    std::optional<Customer> findCustomer(const QString &text) const;
    // The active members of the actor's team, by name (for "assign to").
    QList<User> teamMembers() const;
    // The canned replies of the actor's team for the ticket's category first, then the rest.
    QList<CannedReply> cannedReplies(TicketCategory category) const;
    // The display name of a user, or the id when unknown.
    QString userName(const QString &userId) const;
    TicketWorkflow::NameLookup nameLookup() const;

    // The workflow steps from the ticket's state, each allowed or not with the reason.
    QList<TicketWorkflow::TransitionOption> options(const Ticket &ticket) const;
    Result transition(const QString &ticketId, const TransitionRequest &request,
        const QList<Citation> &citations = {});
    Result addNote(const QString &ticketId, const QString &text);
    // A reply that does not change the state (an interim answer); the first one sets the
    // first-response time.
    Result sendReply(const QString &ticketId, const QString &text, const QList<Citation> &citations = {});
    Result extendReplyDue(const QString &ticketId);

    // Checks the file against AttachmentPolicy, copies it into the profile and queues its
    // upload (PendingUploads) for the next sync cycle.
    Result attachFile(const QString &ticketId, const QString &filePath);

    BulkResult assign(const QStringList &ticketIds, const QString &assigneeId);
    BulkResult setPriority(const QStringList &ticketIds, Priority priority);

    // How the actor's team assigns new tickets (a lead's choice; the server applies it).
    std::optional<AssignmentRule> assignmentRule() const;
    Result setAssignmentRule(AssignmentRule rule);

    // A new ticket in the actor's team (a lead may name another team member as assignee),
    // numbered here so it has a number while offline. The SLA due times are the server's.
    Result createTicket(Ticket draft, const QString &note = {});
    static QString newTicketNumber(const QDateTime &now);

    // Applies edit to each stored ticket of ticketIds in one transaction. edit returns why a
    // ticket is refused (reported as "number: reason"), or an empty string; it sets *changed
    // when it wrote something.
    using TicketEdit = std::function<QString(Ticket &ticket, bool *changed)>;
    BulkResult editEach(const QStringList &ticketIds, const TicketEdit &edit);

    // Writes an event of the ticket; the caller holds the transaction.
    bool appendEvent(TicketEvent event, QString *error);
    Database &database() const { return m_db; }

private:
    Result fail(const QString &error, const QStringList &fields = {}) const;
    bool writeCitations(const QString &ticketId, const QList<Citation> &citations, QString *error);

    Database &m_db;
    Actor m_actor;
    std::function<QDateTime()> m_now;
    QDateTime m_lastEventAt;
};
