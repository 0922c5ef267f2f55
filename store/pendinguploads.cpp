#include "store/pendinguploads.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

PendingUploads::PendingUploads(Database &db) : m_db(db) { }

bool PendingUploads::add(const PendingUpload &u, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO pending_uploads (attachment_id, ticket_id, name, mime_type, size, "
                             "blob_path, created_at, author_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList {u.attachmentId, u.ticketId, u.name, u.mimeType, u.size, u.blobPath,
             u.createdAt.toMSecsSinceEpoch(), u.authorId})
        q.addBindValue(v);
    if (!exec(q, error))
        return false;
    // The ticket's timeline shows the waiting file.
    m_db.notifyChanged(QStringLiteral("attachment"), {u.attachmentId});
    return true;
}

QList<PendingUpload> PendingUploads::waiting(QString *error) const
{
    return select(QStringLiteral("WHERE refused = 0 ORDER BY created_at, attachment_id"), {}, error);
}

QList<PendingUpload> PendingUploads::forTicket(const QString &ticketId, QString *error) const
{
    return select(QStringLiteral("WHERE ticket_id = ? ORDER BY created_at, attachment_id"), {ticketId}, error);
}

bool PendingUploads::remove(const QString &attachmentId, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM pending_uploads WHERE attachment_id = ?"));
    q.addBindValue(attachmentId);
    if (!exec(q, error))
        return false;
    m_db.notifyChanged(QStringLiteral("attachment"), {attachmentId});
    return true;
}

bool PendingUploads::markFailed(const QString &attachmentId, const QString &message, bool refused, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE pending_uploads SET last_error = ?, refused = ? WHERE attachment_id = ?"));
    q.addBindValue(message);
    q.addBindValue(refused ? 1 : 0);
    q.addBindValue(attachmentId);
    if (!exec(q, error))
        return false;
    m_db.notifyChanged(QStringLiteral("attachment"), {attachmentId});
    return true;
}

QList<PendingUpload> PendingUploads::select(const QString &tail, const QVariantList &binds, QString *error) const
{
    QList<PendingUpload> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT attachment_id, ticket_id, name, mime_type, size, blob_path, created_at, "
                             "author_id, last_error, refused FROM pending_uploads ")
        + tail);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!exec(q, error))
        return out;
    while (q.next()) {
        PendingUpload u;
        u.attachmentId = q.value(0).toString();
        u.ticketId = q.value(1).toString();
        u.name = q.value(2).toString();
        u.mimeType = q.value(3).toString();
        u.size = q.value(4).toLongLong();
        u.blobPath = q.value(5).toString();
        u.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), QTimeZone::utc());
        u.authorId = q.value(7).toString();
        u.lastError = q.value(8).toString();
        u.refused = q.value(9).toBool();
        out.append(u);
    }
    return out;
}
