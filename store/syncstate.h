#pragma once

#include "store/keyvaluetable.h"

#include <QDateTime>

// The sync engine's bookkeeping (table sync_state). setCursor() joins the caller's
// transaction, so a page of changes and its cursor commit together.
class SyncState
{
public:
    explicit SyncState(Database &db);

    QString cursor() const; // empty before the first pull
    bool setCursor(const QString &cursor, QString *error = nullptr);
    QDateTime lastSyncAt() const; // invalid before the first sync
    bool setLastSyncAt(const QDateTime &at, QString *error = nullptr);
    // This installation's id in mutations; made and stored on first use.
    QString clientId();
    QString serverUrl() const;
    bool setServerUrl(const QString &url, QString *error = nullptr);
    // Forget the cursor (a 410 from the server: full resync).
    bool resetCursor(QString *error = nullptr);

    QString value(const QString &key) const { return m_table.value(key); }
    bool setValue(const QString &key, const QString &value, QString *error = nullptr)
    {
        return m_table.setValue(key, value, error);
    }

private:
    KeyValueTable m_table;
};
