#pragma once

#include "core/actor.h"
#include "server/databasesettings.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Reads the change feed (GET /api/v1/changes) in a caller's scope, and compacts it.
//
// Scope (DESIGN.md §4), decided per change row from the audience written with it:
//   agent, lead   their team's tickets, events and attachments; the customers (with
//                 accounts, holdings, trades, alerts, interactions) the team's tickets or
//                 calls brought into scope; published articles, categories, revisions,
//                 cases, comments, canned replies (global and the team's). Unpublished
//                 articles reach leads in full and agents as tombstones, so an article
//                 that is withdrawn disappears from the desk.
//   trainer       articles, categories, revisions, cases and comments; a case's
//                 source_ticket_id is scrubbed to null. No customers, no tickets.
//   admin         every record (but not the per-team grant/revoke copies).
//
// The cursor is the decimal text of the last sequence number delivered; clients treat
// it as opaque. A page never goes past the committed change_seq counter read before
// the query, so it cannot skip a change that commits later (see RecordStore).
class ChangeFeed
{
public:
    struct Page
    {
        QByteArray changes; // JSON array text of WireCodec::encode(Change) objects
        int count = 0; // changes in it
        QString next;
        bool more = false;
        // An estimate of the in-scope changes after this page, for a progress bar: the
        // sequence distance left scaled by this page's share of in-scope rows. Exact
        // counts would scan the rest of the feed on every page.
        qint64 remaining = 0;
    };
    enum class Result { Ok, CursorExpired };

    static constexpr int DefaultLimit = 500;
    static constexpr int MaxLimit = 5000;
    static constexpr int DefaultTombstoneDays = 30;

    // nullopt for a malformed cursor; an empty cursor is the beginning (0).
    static std::optional<qint64> parseCursor(const QString &cursor);

    // CursorExpired when since is below the compaction horizon or beyond the newest
    // change (a cursor from another database): the client must resync from scratch.
    static Result page(const QSqlDatabase &db, const Actor &actor, qint64 since, int limit, Page *out);

    // Removes, in one transaction, change rows older than tombstoneDays that are
    // tombstones or superseded by a later row for the same record and audience, and
    // idempotency answers as old. Returns the rows removed.
    static qint64 compact(const QSqlDatabase &db, DatabaseSettings::Backend backend, int tombstoneDays);

private:
    static qint64 counter(const QSqlDatabase &db, const QString &name);
};
