#pragma once

#include "core/mutation.h"
#include "core/user.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// Audit entries written on a workstation (DESIGN.md §3: revealing PII needs a reason and
// is audited): the client records an AuditEntry locally and pushes it through its outbox
// as an `audit_entry` create mutation; the server appends it to its audit log.
//
// The server decides who and when: the actor is the signed-in user (a client-given
// user_id is ignored) and `at` is the server's time; the client's own time and entry id
// are kept in detail (client_at, client_entry_id). Only the actions of allowedActions()
// are accepted, so a client cannot forge administrative entries (user_add, …). The PII
// actions need a reason. detail is a small flat object naming fields, never values.
class ClientAudit
{
    Q_DECLARE_TR_FUNCTIONS(ClientAudit)

public:
    struct Refusal
    {
        QString code;
        QString message;
        QStringList fields;
    };

    static constexpr int MaxReasonLength = 500;
    static constexpr int MaxEntityIdLength = 64;
    static constexpr int MaxDetailBytes = 2048;

    // reveal_pii, export_pii, print_pii, customer_lookup
    static const QStringList &allowedActions();
    // The actions that need a non-empty reason.
    static bool needsReason(const QString &action);

    // Checks a create mutation and appends its entry in the caller's transaction;
    // the refusal when it is not acceptable (nothing written then). Throws DbError.
    static std::optional<Refusal> append(
        const QSqlDatabase &db, const User &actor, const Mutation &mutation, const QDateTime &now);
};
