#include "server/attachmentroutes.h"

#include "core/actor.h"
#include "core/attachmentpolicy.h"
#include "core/wirecodec.h"
#include "server/attachmentblobstream.h"
#include "server/attachmentstore.h"
#include "server/dbconnection.h"
#include "server/dberror.h"
#include "server/router.h"
#include "server/writetransaction.h"

#include <QUrl>
#include <QUuid>

#include <memory>

namespace {

QString key(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

bool isDesk(Role role)
{
    return role == Role::Agent || role == Role::Lead;
}

QList<Role> deskAndAdmin()
{
    return {Role::Agent, Role::Lead, Role::Admin};
}

// "Application/PDF; name=x" → "application/pdf"
QString bareMimeType(const QByteArray &header)
{
    const qsizetype semicolon = header.indexOf(';');
    return QString::fromLatin1(semicolon < 0 ? header : header.left(semicolon)).trimmed().toLower();
}

} // namespace

AttachmentRoutes::AttachmentRoutes(const DatabaseSettings &database, qint64 maxBytes)
    : m_database(database), m_maxBytes(maxBytes)
{
}

void AttachmentRoutes::registerOn(Router &router) const
{
    router.add("POST", QStringLiteral("/api/v1/tickets/{ticketId}/attachments"), deskAndAdmin(),
        [this](const RouteContext &context) { return upload(context); });
    const auto download = [this](const RouteContext &context) {
        return this->download(context);
    };
    router.add("GET", QStringLiteral("/api/v1/attachments/{id}"), deskAndAdmin(), download);
    router.add("HEAD", QStringLiteral("/api/v1/attachments/{id}"), deskAndAdmin(), download);
}

bool AttachmentRoutes::isUpload(const HttpRequest &request)
{
    if (request.method != "POST")
        return false;
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return segments.size() == 5 && segments.at(0) == QLatin1String("api")
        && segments.at(1) == QLatin1String("v1") && segments.at(2) == QLatin1String("tickets")
        && segments.at(4) == QLatin1String("attachments");
}

const QStringList &AttachmentRoutes::allowedMimeTypes()
{
    return AttachmentPolicy::allowedMimeTypes();
}

QString AttachmentRoutes::nameProblem(const QString &name)
{
    return AttachmentPolicy::nameProblem(name);
}

QByteArray AttachmentRoutes::contentDisposition(const QString &name)
{
    QByteArray fallback;
    for (const QChar c : name)
        fallback.append(
            c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\' ? char(c.unicode()) : '_');
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(name);
}

bool AttachmentRoutes::visible(const StoredRecord &record, const Actor &actor)
{
    if (record.deleted)
        return false;
    return !isDesk(actor.role) || record.teamId == actor.teamId;
}

std::optional<StoredRecord> AttachmentRoutes::visibleTicket(
    const QSqlDatabase &db, const Actor &actor, const QString &ticketId)
{
    std::optional<StoredRecord> ticket = RecordStore::load(db, EntityType::Ticket, ticketId);
    if (!ticket || !visible(*ticket, actor))
        return std::nullopt;
    return ticket;
}

QString AttachmentRoutes::eventIdFor(const QString &attachmentId)
{
    // Derived, not random: a retried upload finds the event the first one wrote.
    static const QUuid ns = QUuid::fromString(QStringLiteral("6f1c1f5e-8d0c-4f55-9a43-6a3b2f0d7a10"));
    return QUuid::createUuidV5(ns, attachmentId).toString(QUuid::WithoutBraces);
}

HttpResponse AttachmentRoutes::existing(const QSqlDatabase &db, const StoredRecord &record,
    const Actor &actor, const QString &ticketId, const QString &sha256) const
{
    // A retry of an upload that succeeded (the answer was lost): the same answer again.
    if (!visible(record, actor) || record.parentId != ticketId
        || record.data.value(QLatin1String("sha256")).toString() != sha256)
        return HttpResponse::conflict(tr("Another attachment has this id."));
    const std::optional<StoredRecord> event
        = RecordStore::load(db, EntityType::TicketEvent, eventIdFor(record.id));
    return HttpResponse::json(200,
        {{key("attachment"), record.data}, {key("event"), event ? QJsonValue(event->data) : QJsonValue()}});
}

HttpResponse AttachmentRoutes::upload(const RouteContext &context) const
{
    const HttpRequest &request = context.request;
    const QString ticketId = context.params.value(0);
    bool declared = false;
    const qint64 contentLength = request.header("content-length").toLongLong(&declared);
    if ((declared && contentLength > m_maxBytes) || request.body.size() > m_maxBytes)
        return HttpResponse::payloadTooLarge(m_maxBytes);

    const QString mimeType = bareMimeType(request.header("content-type"));
    if (!allowedMimeTypes().contains(mimeType))
        return HttpResponse::unsupportedMediaType(
            tr("Attachments of type “%1” are not accepted; accepted: %2.")
                .arg(mimeType, allowedMimeTypes().join(QLatin1String(", "))));
    const QString name = request.query.queryItemValue(key("name"), QUrl::FullyDecoded);
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return HttpResponse::error(422, key("invalid_name"), problem);
    QString id = request.query.queryItemValue(key("id"), QUrl::FullyDecoded);
    if (!id.isEmpty() && QUuid::fromString(id).isNull())
        return HttpResponse::unprocessable(tr("id must be a UUID chosen by the client, or absent."));
    const QString claimed = QString::fromLatin1(request.header("x-content-sha256")).trimmed().toLower();
    if (!AttachmentStore::isDigest(claimed))
        return HttpResponse::unprocessable(
            tr("X-Content-SHA256 must carry the SHA-256 of the body as 64 hexadecimal digits."));
    if (request.body.isEmpty())
        return HttpResponse::unprocessable(tr("The attachment is empty."));
    const QString sha256 = AttachmentStore::digest(request.body);
    if (sha256 != claimed)
        return HttpResponse::error(422, key("checksum_mismatch"),
            tr("The body does not match X-Content-SHA256: it was damaged or cut short on the way. "
               "Send it again."));

    const Actor actor = context.session->actor();
    const QSqlDatabase db = DbConnection::forThread(m_database);
    // Checked before the content is written, and again under the feed lock.
    if (!visibleTicket(db, actor, ticketId))
        return HttpResponse::error(404, key("not_found"), tr("No such ticket in your scope."));
    if (!id.isEmpty()) {
        if (const std::optional<StoredRecord> record = RecordStore::load(db, EntityType::Attachment, id))
            return existing(db, *record, actor, ticketId, sha256);
    } else {
        id = Entity::newId();
    }

    WriteTransaction transaction(db, m_database.backend);
    AttachmentStore::store(db, sha256, request.body);
    // Taken after the content: writers of other records are not held up by the chunks.
    RecordStore::lockFeed(db);
    const std::optional<StoredRecord> ticket = visibleTicket(db, actor, ticketId);
    if (!ticket)
        return HttpResponse::error(404, key("not_found"), tr("No such ticket in your scope."));
    if (const std::optional<StoredRecord> record = RecordStore::load(db, EntityType::Attachment, id))
        return existing(db, *record, actor, ticketId, sha256);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Attachment attachment;
    attachment.id = id;
    attachment.rev = 1;
    attachment.updatedAt = now;
    attachment.ticketId = ticketId;
    attachment.name = name;
    attachment.mimeType = mimeType;
    attachment.size = request.body.size();
    attachment.sha256 = sha256.toLatin1();
    StoredRecord attachmentRecord = RecordStore::newRecord(EntityType::Attachment, id, ticket->teamId, ticketId,
        WireCodec::encode(attachment), now.toMSecsSinceEpoch());
    RecordStore::write(db, attachmentRecord, false);

    TicketEvent event;
    event.id = eventIdFor(id);
    event.rev = 1;
    event.updatedAt = now;
    event.ticketId = ticketId;
    event.kind = EventKind::Attachment;
    event.authorId = actor.userId;
    event.createdAt = now;
    event.attachmentId = id;
    StoredRecord eventRecord = RecordStore::newRecord(EntityType::TicketEvent, event.id, ticket->teamId, ticketId,
        WireCodec::encode(event), now.toMSecsSinceEpoch());
    RecordStore::write(db, eventRecord, false);
    transaction.commit();

    HttpResponse response = HttpResponse::json(
        201, {{key("attachment"), attachmentRecord.data}, {key("event"), eventRecord.data}});
    response.headers.append(qMakePair(QByteArray("Location"), "/api/v1/attachments/" + id.toUtf8()));
    return response;
}

HttpResponse AttachmentRoutes::download(const RouteContext &context) const
{
    const Actor actor = context.session->actor();
    const QSqlDatabase db = DbConnection::forThread(m_database);
    const std::optional<StoredRecord> record
        = RecordStore::load(db, EntityType::Attachment, context.params.value(0));
    if (!record || !visible(*record, actor))
        return HttpResponse::error(404, key("not_found"), tr("No such attachment in your scope."));
    Attachment attachment;
    QString error;
    if (!WireCodec::decode(record->data, attachment, &error))
        throw DbError(QStringLiteral("a stored attachment does not decode: %1").arg(error));
    const QString sha256 = QString::fromLatin1(attachment.sha256);
    const std::optional<AttachmentStore::BlobInfo> blob
        = sha256.isEmpty() ? std::nullopt : AttachmentStore::blob(db, sha256);
    if (!blob)
        return HttpResponse::error(404, key("content_missing"),
            tr("The content of this attachment was never uploaded to the server."));

    HttpResponse response;
    response.status = 200;
    response.contentType = attachment.mimeType.toLatin1();
    response.headers = {
        {"ETag", '"' + sha256.toLatin1() + '"'},
        {"X-Content-SHA256", sha256.toLatin1()},
        {"Content-Disposition", contentDisposition(attachment.name)},
        {"X-Content-Type-Options", "nosniff"},
    };
    response.stream = std::make_shared<AttachmentBlobStream>(m_database, sha256, *blob);
    return response;
}
