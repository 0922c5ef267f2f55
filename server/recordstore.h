#pragma once

#include "core/entitytype.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// One row of the generic records table, with the columns the server filters on.
struct StoredRecord
{
    EntityType entity = EntityType::Ticket;
    QString id;
    qint64 rev = 0;
    bool deleted = false;
    QString teamId; // tickets (and their events, attachments), team canned replies
    QString customerId; // customer-related records and tickets
    QString parentId; // ticket of an event/attachment, article of a revision, case of a comment
    qint64 updatedAtMs = 0;
    qint64 seq = 0; // feed sequence number of the last change
    QJsonObject data; // WireCodec::encode form, rev/updated_at/deleted kept in step
    QJsonObject fieldRevs; // data key → the rev that last changed it
};

// The records, changes, team_customers and mutations tables: everything a mutation
// writes, always inside the caller's write transaction. Failures throw DbError.
//
// Ordering: lockFeed() is called first in every writing transaction. It takes the row
// lock of the change_seq counter (a no-op UPDATE; SQLite's BEGIN IMMEDIATE already
// serialises), so writers are serialised, sequence numbers are handed out in commit
// order, and a reader that sees the committed counter value V knows every change with
// seq <= V is visible — on one SQLite file and across instances on one PostgreSQL.
class RecordStore
{
public:
    static void lockFeed(const QSqlDatabase &db);

    static std::optional<StoredRecord> load(const QSqlDatabase &db, EntityType entity, const QString &id);

    // A record made by the server itself (an upload's records, a routing event): rev 1,
    // every field at revision 1.
    static StoredRecord newRecord(EntityType entity, const QString &id, const QString &teamId,
        const QString &parentId, const QJsonObject &data, qint64 nowMs);
    // Inserts or updates the record with a fresh seq and appends its change row
    // (origin 'write'). `previousTeamId`, when it differs from the record's team, gets
    // a 'revoke' tombstone: the record left that team's scope.
    static void write(
        const QSqlDatabase &db, StoredRecord &record, bool exists, const QString &previousTeamId = {});

    // Records the customer as in scope of the team. When the link is new, the
    // customer's current records are sent to the team as 'grant' changes, so clients
    // whose cursor is past their original changes still receive them.
    static void linkCustomer(const QSqlDatabase &db, const QString &teamId, const QString &customerId);
    static bool customerInScope(const QSqlDatabase &db, const QString &teamId, const QString &customerId);

    // The newest non-empty body of an event of this ticket created after the ticket's
    // last change, of the given kind (and target state for transitions).
    static QString recentEventBody(const QSqlDatabase &db, const QString &ticketId, qint64 afterSeq,
        const QString &kind, const QString &toState = {});

    // Idempotency: the first answer given to (clientId, mutationId).
    static std::optional<QJsonObject> findAnswer(
        const QSqlDatabase &db, const QString &clientId, const QString &mutationId);
    static void storeAnswer(const QSqlDatabase &db, const QString &clientId, const QString &mutationId,
        const QString &userId, const QJsonObject &answer);

    // Who may read a change of this record: staff, desk, editors, team, customer, admin.
    static QString audience(EntityType entity, const QJsonObject &data);

private:
    static qint64 nextSeq(const QSqlDatabase &db);
    static void appendChange(const QSqlDatabase &db, qint64 seq, const StoredRecord &record,
        const QString &teamId, const QString &origin, bool deleted, bool withData);
};
