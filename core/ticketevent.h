#pragma once

#include "core/entity.h"
#include "core/enums.h"

#include <QJsonObject>
#include <optional>

// Append-only: an event is never edited, so it never conflicts.
struct TicketEvent : Entity
{
    QString ticketId;
    EventKind kind = EventKind::Note;
    QString authorId;
    QDateTime createdAt;
    QString body;                          // note or reply text, SLA event text
    std::optional<TicketState> fromState;  // transitions
    std::optional<TicketState> toState;    // transitions
    QString assigneeId;                    // assignments
    QString attachmentId;                  // attachments
    QString articleId;                     // citations
    int articleRevision = 0;               // citations
    QString linkedTicketId;                // links and merges
    QJsonObject extra;                     // transition fields: resolution, mediation body, …
};
