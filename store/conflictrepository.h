#pragma once

#include "store/conflict.h"

#include <QHash>
#include <QList>
#include <optional>

class Database;

class ConflictRepository
{
public:
    explicit ConflictRepository(Database &db);

    // Stores a new conflict (createdAt set to now when invalid); joins the caller's
    // transaction. Sets conflict.id.
    bool add(Conflict &conflict, QString *error = nullptr);
    std::optional<Conflict> get(qint64 id, QString *error = nullptr) const;
    // Unresolved, oldest first.
    QList<Conflict> open(QString *error = nullptr) const;
    QList<Conflict> openFor(EntityType entity, const QString &entityId, QString *error = nullptr) const;
    qint64 openCount(QString *error = nullptr) const;
    // Marks a conflict resolved without touching the record (see resolveWith).
    bool resolve(qint64 id, const QString &resolution, QString *error = nullptr);

    // The user's decision, per field of the local edit (Conflict::local). In one
    // transaction: the record becomes the server's copy (or the cached row, when a newer
    // one was pulled since) with the fields chosen Mine on top, and those fields are
    // queued as ONE new update whose base_rev is the server copy's revision, so the next
    // sync applies them; fields chosen Theirs (or not named) are dropped. Server-wins
    // fields (Conflict::serverWins) and records deleted on the server are always Theirs.
    // Other pending edits of the record stay on top. Resolution: "local", "server" or
    // "merged".
    enum class Side { Mine, Theirs };
    bool resolveWith(qint64 id, const QHash<QString, Side> &choices, QString *error = nullptr);
    // Every field of the edit: Mine.
    bool keepMine(qint64 id, QString *error = nullptr);
    // Every field: Theirs (also "dismiss" for information-only conflicts).
    bool takeTheirs(qint64 id, QString *error = nullptr);

private:
    QList<Conflict> select(const QString &tail, const QVariantList &binds, QString *error) const;

    Database &m_db;
};
