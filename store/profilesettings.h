#pragma once

#include "store/keyvaluetable.h"

// Per-profile settings kept in the cache (table profile): who is signed in and display
// preferences that travel with the profile rather than the machine.
class ProfileSettings
{
public:
    explicit ProfileSettings(Database &db);

    QString currentUserId() const;
    bool setCurrentUserId(const QString &userId, QString *error = nullptr);

    // The server this profile syncs with, and who signed in last: the login dialog
    // starts from them and the workstation knows whether a server is configured at all.
    QString serverUrl() const;
    bool setServerUrl(const QString &url, QString *error = nullptr);
    QString lastUsername() const;
    bool setLastUsername(const QString &username, QString *error = nullptr);

    QString value(const QString &key, const QString &fallback = {}) const
    {
        return m_table.value(key, fallback);
    }
    bool setValue(const QString &key, const QString &value, QString *error = nullptr)
    {
        return m_table.setValue(key, value, error);
    }

private:
    KeyValueTable m_table;
};
