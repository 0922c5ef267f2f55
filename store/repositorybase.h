#pragma once

#include "core/change.h"
#include "core/mutation.h"
#include "store/tablespec.h"

#include <QJsonObject>
#include <QList>
#include <QVariantList>

#include <optional>

class Database;

// The untyped half of every repository: rows as wire JSON (TableSpec), local writes with
// their outbox entry in one transaction, server data applied without one, and the change
// notification after commit. Repository<T> adds the types; subclasses add list queries.
class RepositoryBase
{
public:
    RepositoryBase(Database &db, EntityType type);
    virtual ~RepositoryBase() = default;

    Database &database() const { return m_db; }
    EntityType entityType() const { return m_spec.type(); }
    const TableSpec &spec() const { return m_spec; }

    // Server data (sync): upsert the record, or remove it with its owned children when the
    // change is a tombstone. No outbox entry. Joins the caller's transaction when one is
    // open (a page of changes and its cursor commit together).
    bool applyRemote(const Change &change, QString *error = nullptr);

    // Rows not marked deleted.
    qint64 count(QString *error = nullptr) const;
    bool contains(const QString &id) const;

    // The wire JSON of one row (deleted rows included); nullopt when absent or on error.
    std::optional<QJsonObject> getJson(const QString &id, QString *error = nullptr) const;

    // Local writes: row and outbox entry in one transaction, then the change signal.
    // createJson: a new record (every data field goes to the server).
    bool createJson(const QJsonObject &json, QString *error = nullptr);
    // updateJson: only the fields that differ from the stored row; nothing happens (and
    // true is returned) when none does.
    bool updateJson(const QJsonObject &json, QString *error = nullptr);
    // removeLocal: marks the row deleted (lists hide it) and queues a Delete.
    bool removeLocal(const QString &id, QString *error = nullptr);

protected:
    // "SELECT <columns> FROM <table> " + tail, with positional binds.
    QList<QJsonObject> selectJson(const QString &tail, const QVariantList &binds, QString *error) const;
    qint64 countWhere(const QString &where, const QVariantList &binds, QString *error) const;
    // The same, counting no further than cap (a sidebar's "10,000+" needs no exact total).
    qint64 countWhereUpTo(const QString &where, const QVariantList &binds, qint64 cap, QString *error = nullptr) const;

    // Escapes %, _ and \ for LIKE … ESCAPE '\'.
    static QString likeEscaped(const QString &text);
    // Upper bound for a prefix range: col >= prefix AND col < prefixUpperBound(prefix).
    static QString prefixUpperBound(const QString &prefix);

    Database &m_db;
    const TableSpec &m_spec;

private:
    // Runs a COUNT statement with positional binds; −1 with *error on failure.
    qint64 countSql(const QString &sql, const QVariantList &binds, QString *error) const;
    bool upsertRow(const QJsonObject &json, QString *error);
    bool deleteRowAndChildren(const QString &id, QString *error);
    bool writeLocal(const QJsonObject &row, const Mutation &mutation, QString *error);
};
