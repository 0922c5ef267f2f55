#pragma once

#include "core/mutation.h"
#include "server/databasesettings.h"
#include "server/recordstore.h"
#include "server/sessionuser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

struct Ticket;

// Applies the mutations of one POST /api/v1/mutations for one signed-in user, each in
// its own write transaction with its idempotency record, record write and change row,
// so a refused or conflicting mutation never blocks the others of the batch.
//
// Answers (docs/api.md):
//   {mutation_id, status: "applied", rev}
//   {mutation_id, status: "duplicate", answer: <the first answer>}
//   {mutation_id, status: "conflict", server: <whole record>, fields: [...], server_wins}
//   {mutation_id, status: "rejected", code, message, fields?: [...]}
//
// Merge: every record keeps field_revs, the revision that last changed each field. An
// update touching only fields unchanged since its base_rev applies on top of the
// server's copy; one touching a field changed since (to a different value) is a
// conflict and changes nothing. Ticket state and assignment follow the same rule, and
// there the server copy wins: the client keeps its loser for the user to look at.
//
// The core/ rules run on the server: strict WireCodec decode, Validator on the merged
// record, TicketWorkflow for state changes (old → new for this actor, required fields),
// SlaPolicy for due times on ticket create, role and team scope for every write. The
// reply text or reason a transition needs comes from a ticket_event (kind reply, or
// transition to the target state, with a body) pushed after the ticket's last change,
// normally just before the ticket update in the same batch.
class MutationProcessor
{
    Q_DECLARE_TR_FUNCTIONS(MutationProcessor)

public:
    static constexpr int MaxMutationIdLength = 200;

    MutationProcessor(const QSqlDatabase &db, DatabaseSettings::Backend backend, const SessionUser &session,
        const QString &clientId);

    QJsonObject process(const QJsonValue &mutation);

private:
    struct Rejection
    {
        QString code;
        QString message;
        QStringList fields;
    };

    QJsonObject apply(const Mutation &mutation);
    QJsonObject create(const Mutation &mutation, const std::optional<StoredRecord> &current);
    QJsonObject update(const Mutation &mutation, const StoredRecord &current);
    QJsonObject remove(const Mutation &mutation, const StoredRecord &current);

    // Team and customer scope of desk roles, parent checks; fills the derived columns.
    void scope(StoredRecord &record, const StoredRecord *previous) const;
    void prepareNewTicket(QJsonObject &data) const;
    // An unassigned new ticket goes to an agent by the team's assignment rule, with an
    // assignment event written by the system; the agent's id, or empty.
    QString routeNewTicket(StoredRecord &record);
    void writeRoutingEvent(const StoredRecord &ticket, const QString &assigneeId);
    // A Team update: the lead chooses the assignment rule, nothing else changes.
    QJsonObject setAssignmentRule(const Mutation &mutation);
    void checkTicketUpdate(const StoredRecord &current, QJsonObject &merged) const;
    void checkAssignee(const Ticket &ticket) const;
    // Priority, parent incident and merge: the edits of TicketRelations.
    void checkTicketRelations(const Ticket &old, Ticket &next) const;
    Ticket loadTicket(const QString &id, const QString &field) const;
    // Strict decode + Validator; returns the canonical record or refuses.
    QJsonObject validate(EntityType entity, const QJsonObject &record) const;
    void finish(StoredRecord &record, bool exists, const QString &previousTeamId);

    QJsonObject applied(const StoredRecord &record) const;
    QJsonObject conflict(const StoredRecord &current, const QStringList &fields) const;
    static QJsonObject rejected(const QString &mutationId, const Rejection &rejection);
    [[noreturn]] static void refuse(
        const QString &code, const QString &message, const QStringList &fields = {});

    QSqlDatabase m_db;
    DatabaseSettings::Backend m_backend;
    const SessionUser &m_session;
    QString m_clientId;
    QString m_mutationId;
    QDateTime m_now;
};
