#pragma once

#include "core/actor.h"
#include "core/enums.h"
#include "core/ticket.h"
#include "core/transitionrequest.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// The ticket workflow of DESIGN.md §3: which state may follow which for each ticket
// kind, who may take the step and which fields it needs. Stateless and QtCore only,
// so the workstation (to offer buttons and explain greyed-out ones) and the server
// (to accept or reject a mutation) decide the same way. The transition table itself
// is in ticketworkflow.cpp.
class TicketWorkflow
{
public:
    // The answer to "may I?": allowed, or refused with a translated reason for the
    // user and the wire keys of the fields still missing ("reply_text", "resolution",
    // "follow_up", "mediation_body", "reason").
    struct Check
    {
        bool allowed = false;
        QString reason; // empty when allowed
        QStringList missingFields;

        explicit operator bool() const { return allowed; }
    };

    struct TransitionOption
    {
        TicketState to = TicketState::New;
        Check check; // permission only: roles, ownership, time limits (fields come later)
        QStringList requiredFields;
    };

    // Turns a user id into the name shown in reasons ("assigned to 王芳"); the id is
    // shown when no lookup is given or it returns an empty string.
    using NameLookup = std::function<QString(const QString &userId)>;

    // Closed tickets can be reopened for this many calendar days after closing.
    static constexpr int ReopenWindowDays = 30;

    // Every target the table allows from the ticket's current state for its kind,
    // allowed for this actor or not, each with the reason why not.
    static QList<TransitionOption> options(
        const Ticket &ticket, const Actor &actor, const QDateTime &now, const NameLookup &names = {});

    // Full validation of one request: structure, role, ownership, time limits and
    // required fields. missingFields is filled even when something else refuses first.
    static Check check(const Ticket &ticket, const TransitionRequest &request, const Actor &actor,
        const QDateTime &now, const NameLookup &names = {});

    // Wire keys of the fields needed to move this ticket to `to`; empty when no such
    // transition exists.
    static QStringList requiredFields(const Ticket &ticket, TicketState to);

    // Checks, then writes the transition into the ticket: state, the fields carried,
    // closedAt / firstResponseAt, and claims an unassigned ticket for the acting agent.
    // The ticket is untouched when the check refuses. Writing the TicketEvent is the
    // caller's job (it owns ids and storage).
    static Check apply(Ticket &ticket, const TransitionRequest &request, const Actor &actor,
        const QDateTime &now, const NameLookup &names = {});

    // Securities Law art. 94: a firm may not refuse an ordinary investor's request for
    // mediation; a professional investor's request may be declined.
    static Check canDeclineMediation(InvestorType investorType);

    // The reply due date (15 working days) may be extended to 30 once, by a lead of the
    // ticket's team, while the reply is still outstanding. Computing the new due date
    // is SlaPolicy's job.
    static Check canExtendReplyDue(const Ticket &ticket, const Actor &actor);
};
