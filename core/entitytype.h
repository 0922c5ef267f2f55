#pragma once

#include "core/enums.h"

// Every synchronised record type. The wire key (enumKey) names the entity in the
// change feed and in mutations: "customer", "risk_alert", "ticket_event", …
enum class EntityType {
    Customer,
    Account,
    Holding,
    Trade,
    RiskAlert,
    Interaction,
    Ticket,
    TicketEvent,
    Attachment,
    Article,
    ArticleCategory,
    ArticleRevision,
    CaseStudy,
    CaseComment,
    CannedReply,
    User,
    Team,
    AuditEntry
};

// Append-only records are only ever created, so they never conflict (DESIGN.md §4).
bool isAppendOnly(EntityType type);
