#pragma once

#include "core/enums.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

class Database;

// Who is signed in on this profile and the state of synchronisation, for the status bar.
// Follows the store: a change to users or teams re-reads the user, an outbox change
// updates the pending count, a conflicts change the open-conflicts count. The connection
// state is pushed in by the session layer (ui/session/SessionController), which owns the
// sync thread; this class stays free of the network.
class SessionStatus : public QObject
{
    Q_OBJECT

public:
    enum class Connection {
        NoServer, // no server configured: the profile works on its own
        SigningIn, // a login is on its way
        Offline, // a server is configured but not reachable (or the user chose offline)
        Online, // signed in, idle, the last cycle succeeded
        Syncing,
        NeedsLogin, // the session expired or was revoked: the password is asked again
        Error, // the last cycle failed for another reason (syncError() says which)
    };
    Q_ENUM(Connection)

    explicit SessionStatus(Database *database, QObject *parent = nullptr);

    QString profilePath() const;
    QString userId() const { return m_userId; }
    QString userDisplayName() const { return m_displayName; }
    std::optional<Role> role() const { return m_role; }
    QString teamName() const { return m_teamName; }
    QString teamId() const { return m_teamId; }
    int pendingChanges() const { return m_pending; }
    qint64 openConflicts() const { return m_conflicts; }

    QString serverUrl() const { return m_serverUrl; }
    bool serverConfigured() const { return !m_serverUrl.isEmpty(); }
    Connection connection() const { return m_connection; }
    // Why the last cycle or login failed (for the tooltip); empty when it did not.
    QString syncError() const { return m_syncError; }
    QDateTime lastSyncAt() const { return m_lastSyncAt; }
    // A session token is held (signed in during this run); false when working offline.
    bool hasSession() const { return m_hasSession; }

public Q_SLOTS:
    // Re-reads the user, the pending and conflict counts, the server URL and the last
    // successful sync from the store.
    void refresh();
    void setServerUrl(const QString &url);
    void setConnection(SessionStatus::Connection connection, const QString &error = QString());
    void setLastSyncAt(const QDateTime &at);
    void setPendingChanges(int pending);
    void setHasSession(bool hasSession);

Q_SIGNALS:
    void changed();

private:
    void refreshConflicts();

    Database *m_database;
    QString m_userId;
    QString m_displayName;
    std::optional<Role> m_role;
    QString m_teamName;
    QString m_teamId;
    int m_pending = 0;
    qint64 m_conflicts = 0;
    QString m_serverUrl;
    Connection m_connection = Connection::NoServer;
    QString m_syncError;
    QDateTime m_lastSyncAt;
    bool m_hasSession = false;
};
