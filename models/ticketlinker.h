#pragma once

#include "models/ticketeditor.h"

// The edits that relate tickets (TicketRelations): link two tickets, merge a duplicate
// into its survivor, put tickets under a parent incident — one or many at once — and
// open an incident for a mass event. Each writes a Link event on every ticket concerned,
// so both timelines tell the story, in one transaction through the store and its outbox.
class TicketLinker
{
    Q_DECLARE_TR_FUNCTIONS(TicketLinker)

public:
    using Result = TicketEditor::Result;
    using BulkResult = TicketEditor::BulkResult;

    explicit TicketLinker(TicketEditor &editor);

    Result link(const QString &ticketId, const QString &otherId, const QString &note = {});
    // Closes the duplicate as merged; its events stay its own, and the survivor's timeline
    // shows them (TicketTimelineModel follows merged tickets).
    Result merge(const QString &duplicateId, const QString &survivorId);
    BulkResult setParent(const QStringList &ticketIds, const QString &parentId);
    BulkResult clearParent(const QStringList &ticketIds);
    // A new incident ticket (a request without customer, run by the team) with the given
    // subject and category, and the tickets put under it. Result::id is the incident's id.
    Result createIncident(const QString &subject, TicketCategory category, const QStringList &childIds);

private:
    bool linkEvent(const QString &ticketId, const QString &otherId, const QString &relation,
        const QString &body, QString *error);

    TicketEditor &m_editor;
};
