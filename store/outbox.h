#pragma once

#include "core/mutation.h"
#include "store/outboxentry.h"

#include <QList>
#include <QStringList>

class Database;

// Local edits waiting to be pushed (DESIGN.md §4). Repositories enqueue inside the
// transaction of the row they write; the sync engine reads pending() in order and marks
// each mutation done or poison after the server answered.
class Outbox
{
public:
    explicit Outbox(Database &db);

    // Inserts inside the caller's transaction (or alone when none is open).
    bool enqueue(const Mutation &mutation, QString *error = nullptr);

    // Pending (not poison) entries, oldest first.
    QList<OutboxEntry> pending(int limit, QString *error = nullptr) const;
    QList<OutboxEntry> poisoned(QString *error = nullptr) const;
    // Pending entries for one record, oldest first (edits not yet on the server).
    QList<OutboxEntry> pendingFor(EntityType entity, const QString &id, QString *error = nullptr) const;

    // Applied or duplicate: the entries are removed.
    bool markDone(const QStringList &mutationIds, QString *error = nullptr);
    // After the server applied an edit of a record as revision toBaseRev, the later pending
    // edits of that record made on top of it (still against fromBaseRev) are against
    // toBaseRev: they were made on the applied one, so they must not conflict with it.
    bool rebase(EntityType entity, const QString &id, qint64 fromBaseRev, qint64 toBaseRev, qint64 afterSeq,
        QString *error = nullptr);
    // A retryable failure: attempts + 1, last_error kept, stays pending.
    bool markFailed(const QString &mutationId, const QString &message, QString *error = nullptr);
    // Rejected by the server: never retried, shown to the user.
    bool markPoison(const QString &mutationId, const QString &message, QString *error = nullptr);
    // Drops a poison entry the user has dismissed.
    bool discard(const QString &mutationId, QString *error = nullptr);

    int count(QString *error = nullptr) const; // pending only
    int poisonCount(QString *error = nullptr) const;

private:
    QList<OutboxEntry> select(const QString &tail, const QVariantList &binds, QString *error) const;

    Database &m_db;
};
