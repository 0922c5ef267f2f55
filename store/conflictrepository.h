#pragma once

#include "store/conflict.h"

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
    bool resolve(qint64 id, const QString &resolution, QString *error = nullptr);

private:
    QList<Conflict> select(const QString &tail, const QVariantList &binds, QString *error) const;

    Database &m_db;
};
