#include "store/syncstate.h"

#include "core/entity.h"

namespace {
const QString kCursor = QStringLiteral("cursor");
const QString kLastSyncAt = QStringLiteral("last_sync_at");
const QString kClientId = QStringLiteral("client_id");
const QString kServerUrl = QStringLiteral("server_url");
} // namespace

SyncState::SyncState(Database &db) : m_table(db, QStringLiteral("sync_state")) { }

QString SyncState::cursor() const
{
    return m_table.value(kCursor);
}

bool SyncState::setCursor(const QString &cursor, QString *error)
{
    return m_table.setValue(kCursor, cursor, error);
}

QDateTime SyncState::lastSyncAt() const
{
    const QString v = m_table.value(kLastSyncAt);
    return v.isEmpty() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

bool SyncState::setLastSyncAt(const QDateTime &at, QString *error)
{
    return m_table.setValue(kLastSyncAt, QString::number(at.toMSecsSinceEpoch()), error);
}

QString SyncState::clientId()
{
    QString id = m_table.value(kClientId);
    if (id.isEmpty()) {
        id = Entity::newId();
        if (!m_table.setValue(kClientId, id))
            return {};
    }
    return id;
}

QString SyncState::serverUrl() const
{
    return m_table.value(kServerUrl);
}

bool SyncState::setServerUrl(const QString &url, QString *error)
{
    return m_table.setValue(kServerUrl, url, error);
}

bool SyncState::resetCursor(QString *error)
{
    return m_table.remove(kCursor, error);
}
