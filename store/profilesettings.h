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
