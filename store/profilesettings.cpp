#include "store/profilesettings.h"

namespace {

const auto currentUserKey = QStringLiteral("current_user_id");
const auto serverUrlKey = QStringLiteral("server_url");
const auto lastUsernameKey = QStringLiteral("last_username");

} // namespace

ProfileSettings::ProfileSettings(Database &db) : m_table(db, QStringLiteral("profile")) { }

QString ProfileSettings::currentUserId() const
{
    return m_table.value(currentUserKey);
}

bool ProfileSettings::setCurrentUserId(const QString &userId, QString *error)
{
    return m_table.setValue(currentUserKey, userId, error);
}

QString ProfileSettings::serverUrl() const
{
    return m_table.value(serverUrlKey);
}

bool ProfileSettings::setServerUrl(const QString &url, QString *error)
{
    return m_table.setValue(serverUrlKey, url, error);
}

QString ProfileSettings::lastUsername() const
{
    return m_table.value(lastUsernameKey);
}

bool ProfileSettings::setLastUsername(const QString &username, QString *error)
{
    return m_table.setValue(lastUsernameKey, username, error);
}
