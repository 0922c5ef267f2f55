#pragma once

#include "core/enums.h"
#include "core/mutation.h"
#include "core/validationerror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Per-entity facts the mutation route needs and that are not the entities' own rules:
// which roles may create, update or delete each type, how a whole record is strictly
// decoded and validated with core/ (WireCodec + Validator), and the columns the server
// derives from a record for scope (team, customer, parent).
class EntityRules
{
    Q_DECLARE_TR_FUNCTIONS(EntityRules)

public:
    // Empty when the role may take this op on this type; otherwise why not.
    static QString roleRefusal(EntityType entity, MutationOp op, Role role);

    // Strict decode of a whole record, then Validator where one exists. Returns false
    // with *decodeError when the record does not decode; *errors lists rule failures and
    // *canonical receives the record re-encoded (UTC times, unknown keys dropped).
    static bool validate(EntityType entity, const QJsonObject &record, QString *decodeError,
        ValidationErrors *errors, QJsonObject *canonical);

    // The customer a record belongs to (the customer itself for a customer), or "".
    static QString customerId(EntityType entity, const QJsonObject &record);
    // The record it hangs under: an event's or attachment's ticket, a revision's article,
    // a comment's case; "" otherwise.
    static QString parentId(EntityType entity, const QJsonObject &record);
    // The parent entity type for parentId(), when the server checks it exists.
    static bool hasTicketParent(EntityType entity);
};
