#pragma once

#include "core/change.h"
#include "core/mutation.h"
#include "store/feedpage.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

class Database;
struct sqlite3_stmt;

// Applies the server's change feed to the cache (sync engine): any entity type, no outbox.
// applyPage() writes a page of changes and the next cursor in ONE transaction, so a crash
// never leaves a cursor ahead of the data or data behind a stale cursor.
//
// Local edits still in the outbox stay on top of what arrives: the pending field values
// are applied again over the incoming server copy, so an unsynced edit never vanishes
// from the screen while its push is outstanding (the server merges or answers conflict).
//
// A full resync (410 from the feed) is mark-and-sweep: startResync() before the first
// page, every page afterwards records the records it received, and finishResync() after
// the last page removes whatever was not received (deleted on the server or out of the
// user's scope) — except records with outbox entries. The list of received records is a
// TEMP table of this connection; a flag in sync_state notices a resync cut short by a
// restart (resyncInterrupted()), which must then start over.
class RemoteApplier
{
public:
    explicit RemoteApplier(Database &db);
    ~RemoteApplier();
    RemoteApplier(const RemoteApplier &) = delete;
    RemoteApplier &operator=(const RemoteApplier &) = delete;

    // One change, in its own transaction or the caller's; pending edits kept on top.
    bool apply(const Change &change, QString *error = nullptr);
    bool applyPage(const FeedPage &page, const QString &nextCursor, QString *error = nullptr);
    // The same for changes built in memory (checked as FeedPage::assign checks them).
    bool applyPage(const QList<Change> &changes, const QString &nextCursor, QString *error = nullptr);

    bool startResync(QString *error = nullptr);
    // A resync runs on this connection (pages are being recorded).
    bool isResyncing() const;
    // A resync was started but this connection holds no record of it (the process ended
    // in the middle): the feed must be pulled again from the start.
    bool resyncInterrupted() const;
    // Sweeps and ends the resync in one transaction. removed: wire entity key → ids.
    bool finishResync(QHash<QString, QStringList> *removed = nullptr, QString *error = nullptr);

    // The incoming server data with the outbox's pending edits (oldest first) on top.
    static QJsonObject withPendingEdits(const QJsonObject &serverData, const QList<Mutation> &pending);

private:
    using PendingMap = QHash<QString, QList<Mutation>>; // "entity/id" → pending, oldest first
    bool loadPending(PendingMap &out, QString *error) const;
    bool applyOne(const Change &change, const PendingMap &pending, QString *error);
    // Server data with no local edit pending, checked by FeedPage, inside the page's
    // transaction: the upsert, nothing else (the notification is the caller's).
    bool upsert(EntityType entity, const FeedPage::Cell *cells, QString *error);
    bool recordSeen(const FeedPage &page, QString *error);
    bool hasSeenTable() const;

    Database &m_db;
    // The upserts of upsert(), prepared on the raw handle on first use (the pull's hot path).
    std::array<sqlite3_stmt *, int(EntityType::AuditEntry) + 1> m_upserts {};
};
