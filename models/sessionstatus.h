#pragma once

#include "core/enums.h"

#include <QObject>
#include <QString>

#include <optional>

class Database;
class QTimer;

// Who is signed in on this profile and the state of synchronisation, for the status bar.
// Follows the store: a change to users or teams re-reads the user, an outbox change
// updates the pending count.
class SessionStatus : public QObject
{
    Q_OBJECT

public:
    explicit SessionStatus(Database *database, QObject *parent = nullptr);

    QString profilePath() const;
    QString userId() const { return m_userId; }
    QString userDisplayName() const { return m_displayName; }
    std::optional<Role> role() const { return m_role; }
    QString teamName() const { return m_teamName; }
    int pendingChanges() const { return m_pending; }
    // No sync engine exists yet: the workstation works offline from its profile.
    bool serverConfigured() const { return false; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void changed();

private:
    void setPending(int pending);

    Database *m_database;
    QString m_userId;
    QString m_displayName;
    std::optional<Role> m_role;
    QString m_teamName;
    int m_pending = 0;
};
