#pragma once

#include "core/entitytype.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

class Database;

// Wire fields as people read them: a translated field name, and the value with enum
// labels, localised dates, money in yuan and personal data masked (DESIGN.md §3). Ids of
// users, teams, customers and tickets become names or numbers when the cache has them.
class FieldFormatter
{
    Q_DECLARE_TR_FUNCTIONS(FieldFormatter)

public:
    explicit FieldFormatter(Database *db = nullptr);

    static QString label(EntityType entity, const QString &key);
    QString display(EntityType entity, const QString &key, const QJsonValue &value) const;

    // How the record is named in a list: ticket number, masked customer name, title, …
    // data is the record's wire JSON (any subset); falls back to the cached row.
    QString recordTitle(EntityType entity, const QString &id, const QJsonObject &data) const;

private:
    QString reference(const QString &key, const QString &id) const;
    static QString enumDisplay(EntityType entity, const QString &key, const QString &value);

    Database *m_db;
};
