#pragma once

#include "server/databasesettings.h"

#include <QSqlDatabase>

// The server schema, as numbered migrations run in order, each in its own transaction
// with the version bump (schema_version). The same statements serve SQLite and
// PostgreSQL; SqlDialect covers the differences. Several instances starting together
// on one PostgreSQL database serialise on an advisory lock, so each migration runs once.
//
// Tables (times are milliseconds since the epoch, booleans INTEGER 0/1, JSON as TEXT):
//   teams, users        staff accounts; users.password_hash is an argon2id string
//   sessions            bearer tokens, stored as the SHA-256 hex of the token only
//   audit               append-only (triggers refuse UPDATE and DELETE); paged by id
//   records             the entity store: ONE generic table keyed (entity, id) holding
//                       the WireCodec JSON of every synchronised record plus the columns
//                       the server filters on (rev, deleted, team_id and customer_id for
//                       scope, updated_at). One table keeps mutations, the change feed
//                       and tombstones uniform across 18 entity types; per-type query
//                       needs (customer lookup) get their own index tables later.
//   changes             the change feed: seq strictly increasing, one row per
//                       revision, team_id copied from the record for scoped reads
//   counters            named counters; 'change_seq' is taken with UPDATE … RETURNING
//                       inside the writing transaction, so sequence numbers become
//                       visible in commit order (a reader never skips a late commit,
//                       which a SERIAL/IDENTITY column would allow on PostgreSQL)
//   mutations           idempotency: (client_id, mutation_id) → the first answer
//   (3) records.field_revs, parent_id, seq; changes.customer_id, audience, origin;
//       team_customers; counter compacted_through — per-field merge, feed scope and
//       compaction (RecordStore, ChangeFeed)
//   (4) attachment_blobs, attachment_chunks — attachment content by SHA-256, in chunks
//       (AttachmentStore)
//   (5) JSON expression indexes on customer mobile, id_number, customer_no, name and
//       account number (CustomerRoutes); counter compaction_claimed_at (PeriodicCompactor)
class ServerMigrations
{
public:
    static int latestVersion();
    // Brings the database to latestVersion(); throws DbError.
    static void apply(const QSqlDatabase &db, DatabaseSettings::Backend backend);
    // The version the database is at (0 for an empty one).
    static int currentVersion(const QSqlDatabase &db);
};
