#include "store/profilesettings.h"

ProfileSettings::ProfileSettings(Database &db) : m_table(db, QStringLiteral("profile")) { }

QString ProfileSettings::currentUserId() const
{
    return m_table.value(QStringLiteral("current_user_id"));
}

bool ProfileSettings::setCurrentUserId(const QString &userId, QString *error)
{
    return m_table.setValue(QStringLiteral("current_user_id"), userId, error);
}
