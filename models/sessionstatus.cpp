#include "models/sessionstatus.h"

#include "store/changenotifier.h"
#include "store/database.h"
#include "store/profilesettings.h"
#include "store/statsrepository.h"
#include "store/teamrepository.h"
#include "store/userrepository.h"

SessionStatus::SessionStatus(Database *database, QObject *parent) : QObject(parent), m_database(database)
{
    if (m_database && m_database->notifier()) {
        const ChangeNotifier *n = m_database->notifier();
        connect(n, &ChangeNotifier::usersChanged, this, &SessionStatus::refresh);
        connect(n, &ChangeNotifier::teamsChanged, this, &SessionStatus::refresh);
        connect(n, &ChangeNotifier::reset, this, &SessionStatus::refresh);
        connect(n, &ChangeNotifier::outboxChanged, this, &SessionStatus::setPending);
    }
}

QString SessionStatus::profilePath() const
{
    return m_database ? m_database->profileDir() : QString();
}

void SessionStatus::refresh()
{
    if (!m_database || !m_database->isOpen())
        return;
    Database &db = *m_database;
    m_userId = ProfileSettings(db).currentUserId();
    m_displayName.clear();
    m_role.reset();
    m_teamName.clear();
    if (!m_userId.isEmpty()) {
        if (const auto user = UserRepository(db).get(m_userId)) {
            m_displayName = user->displayName.isEmpty() ? user->username : user->displayName;
            m_role = user->role;
            if (!user->teamId.isEmpty())
                if (const auto team = TeamRepository(db).get(user->teamId))
                    m_teamName = team->name;
        }
    }
    const qint64 pending = StatsRepository(db).outboxPending();
    m_pending = pending < 0 ? 0 : int(pending);
    Q_EMIT changed();
}

void SessionStatus::setPending(int pending)
{
    if (pending == m_pending)
        return;
    m_pending = pending;
    Q_EMIT changed();
}
