#pragma once

#include "core/slapolicy.h"
#include "core/ticket.h"
#include "core/ticketevent.h"
#include "tools/demoarticleref.h"
#include "tools/ticketplanner.h"

#include <QHash>
#include <QList>

class DemoRandom;
class DemoSink;
struct DemoCustomerRef;
struct DemoOrg;
struct Actor;

// One ticket's whole life: its fields, then every event that walks it through the
// workflow to where it stands at "now" — assignments, notes, replies, citations, SLA
// events, transitions. Transitions go through TicketWorkflow::apply() with the acting
// user, so the history is a legal path by construction; SLA due times come from
// SlaPolicy.
class TicketBuilder
{
public:
    struct Spec
    {
        qint64 createdMs = 0;
        QString number;
        const DemoCustomerRef *customer = nullptr; // null for an incident parent
        enum Role { Regular, IncidentParent, IncidentChild } role = Regular;
        QString parentId; // IncidentChild
        QString incidentSubject; // IncidentParent
    };

    TicketBuilder(const DemoOrg &org, const QList<DemoArticleRef> &articles, const QDateTime &now);

    // Writes the ticket, its events and (for calls) the interaction; returns the rows.
    int build(const Spec &spec, DemoRandom &random, DemoSink &sink);
    const Ticket &ticket() const { return m_ticket; }
    // Transitions TicketWorkflow refused: always 0 unless the generator has a bug.
    qint64 workflowViolations() const { return m_violations; }

private:
    void decide(const Spec &spec, DemoRandom &random);
    void addEvent(EventKind kind, const QString &author, qint64 ms);
    bool transition(const TicketStep &step, qint64 ms, DemoRandom &random);
    void slaUpTo(qint64 ms);
    QString salutation() const;

    const DemoOrg &m_org;
    QHash<QString, QList<DemoArticleRef>> m_articlesByCategory;
    QDateTime m_now;
    qint64 m_nowMs;
    SlaPolicy m_sla;
    qint64 m_violations = 0;

    // Per ticket, reused.
    Ticket m_ticket;
    QList<TicketEvent> m_events;
    QList<TicketStep> m_steps;
    const DemoCustomerRef *m_customer = nullptr;
    int m_teamIndex = 0;
    QString m_agentId;
    qint64 m_lastMs = 0;
    qint64 m_extendAtMs = -1;
    bool m_acceptBreachDone = false;
    bool m_replyBreachDone = false;
    bool m_replied = false;
    DemoRandom *m_random = nullptr;
};
