#pragma once

#include "core/attachmentpolicy.h"
#include "server/databasesettings.h"
#include "server/httpresponse.h"
#include "server/recordstore.h"
#include "server/routecontext.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class Router;
struct Actor;

// Attachment content (docs/api.md), for agents, leads and admins:
//   POST /api/v1/tickets/{ticketId}/attachments?name=NAME[&id=UUID]
//        raw body, Content-Type the MIME type, X-Content-SHA256 the hex digest
//        → 201 {attachment, event}: an attachment record and a ticket_event of kind
//        attachment, both delivered to clients through the change feed
//   GET  /api/v1/attachments/{id}   the content, streamed chunk by chunk (HEAD: headers)
// The ticket must be in the caller's scope (agents and leads: their team's tickets);
// one outside it answers 404, like one that does not exist. Content is stored once per
// SHA-256 (AttachmentStore), in the same transaction as the records.
class AttachmentRoutes
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentRoutes)

public:
    static constexpr qint64 DefaultMaxBytes = AttachmentPolicy::DefaultMaxBytes;
    static constexpr int MaxNameLength = AttachmentPolicy::MaxNameLength;

    AttachmentRoutes(const DatabaseSettings &database, qint64 maxBytes = DefaultMaxBytes);

    void registerOn(Router &router) const;

    // Whether the request is an upload, whose body limit is maxBytes and not --max-body.
    static bool isUpload(const HttpRequest &request);
    // The MIME types accepted, lower case, without parameters.
    static const QStringList &allowedMimeTypes();
    // Why a file name is refused, or empty: empty, too long, path separators, control
    // characters or characters Windows forbids in file names.
    static QString nameProblem(const QString &name);
    // `attachment; filename="ASCII fallback"; filename*=UTF-8''percent-encoded` (RFC 6266/5987).
    static QByteArray contentDisposition(const QString &name);

private:
    HttpResponse upload(const RouteContext &context) const;
    HttpResponse download(const RouteContext &context) const;
    // The ticket when it exists, is not deleted and the actor may see it.
    static std::optional<StoredRecord> visibleTicket(
        const QSqlDatabase &db, const Actor &actor, const QString &ticketId);
    // Not deleted, and in the actor's team for agents and leads.
    static bool visible(const StoredRecord &record, const Actor &actor);
    static QString eventIdFor(const QString &attachmentId);
    HttpResponse existing(const QSqlDatabase &db, const StoredRecord &record, const Actor &actor,
        const QString &ticketId, const QString &sha256) const;

    DatabaseSettings m_database;
    qint64 m_maxBytes;
};
