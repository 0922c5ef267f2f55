#include "models/sessionstatus.h"

#include "store/changenotifier.h"
#include "store/conflictrepository.h"
#include "store/database.h"
#include "store/profilesettings.h"
#include "store/statsrepository.h"
#include "store/syncstate.h"
#include "store/teamrepository.h"
#include "store/userrepository.h"

SessionStatus::SessionStatus(Database *database, QObject *parent) : QObject(parent), m_database(database)
{
    if (m_database && m_database->notifier()) {
        const ChangeNotifier *n = m_database->notifier();
        connect(n, &ChangeNotifier::usersChanged, this, &SessionStatus::refresh);
        connect(n, &ChangeNotifier::teamsChanged, this, &SessionStatus::refresh);
        connect(n, &ChangeNotifier::reset, this, &SessionStatus::refresh);
        connect(n, &ChangeNotifier::outboxChanged, this, &SessionStatus::setPendingChanges);
        connect(n, &ChangeNotifier::conflictsChanged, this, &SessionStatus::refreshConflicts);
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
    const ProfileSettings settings(db);
    m_userId = settings.currentUserId();
    m_displayName.clear();
    m_role.reset();
    m_teamName.clear();
    m_teamId.clear();
    if (!m_userId.isEmpty()) {
        if (const auto user = UserRepository(db).get(m_userId)) {
            m_displayName = user->displayName.isEmpty() ? user->username : user->displayName;
            m_role = user->role;
            m_teamId = user->teamId;
            if (!user->teamId.isEmpty())
                if (const auto team = TeamRepository(db).get(user->teamId))
                    m_teamName = team->name;
        }
    }
    const qint64 pending = StatsRepository(db).outboxPending();
    m_pending = pending < 0 ? 0 : int(pending);
    const qint64 conflicts = ConflictRepository(db).openCount();
    m_conflicts = conflicts < 0 ? 0 : conflicts;
    const SyncState state(db);
    if (m_serverUrl.isEmpty()) {
        m_serverUrl = settings.serverUrl();
        // A profile synced by `agentdesk sync` knows its server only from the engine.
        if (m_serverUrl.isEmpty())
            m_serverUrl = state.serverUrl();
        if (!m_serverUrl.isEmpty() && m_connection == Connection::NoServer)
            m_connection = Connection::Offline;
    }
    if (!m_lastSyncAt.isValid())
        m_lastSyncAt = state.lastSyncAt();
    Q_EMIT changed();
}

void SessionStatus::refreshConflicts()
{
    if (!m_database || !m_database->isOpen())
        return;
    const qint64 conflicts = qMax<qint64>(0, ConflictRepository(*m_database).openCount());
    if (conflicts == m_conflicts)
        return;
    m_conflicts = conflicts;
    Q_EMIT changed();
}

void SessionStatus::setServerUrl(const QString &url)
{
    if (url == m_serverUrl)
        return;
    m_serverUrl = url;
    if (url.isEmpty())
        m_connection = Connection::NoServer;
    else if (m_connection == Connection::NoServer)
        m_connection = Connection::Offline;
    Q_EMIT changed();
}

void SessionStatus::setConnection(Connection connection, const QString &error)
{
    if (connection == m_connection && error == m_syncError)
        return;
    m_connection = connection;
    m_syncError = error;
    Q_EMIT changed();
}

void SessionStatus::setLastSyncAt(const QDateTime &at)
{
    if (at == m_lastSyncAt)
        return;
    m_lastSyncAt = at;
    Q_EMIT changed();
}

void SessionStatus::setPendingChanges(int pending)
{
    if (pending == m_pending)
        return;
    m_pending = pending;
    Q_EMIT changed();
}

void SessionStatus::setHasSession(bool hasSession)
{
    if (hasSession == m_hasSession)
        return;
    m_hasSession = hasSession;
    Q_EMIT changed();
}
