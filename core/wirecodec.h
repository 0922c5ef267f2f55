#pragma once

#include "core/account.h"
#include "core/article.h"
#include "core/articlecategory.h"
#include "core/articlerevision.h"
#include "core/attachment.h"
#include "core/auditentry.h"
#include "core/cannedreply.h"
#include "core/casecomment.h"
#include "core/casestudy.h"
#include "core/change.h"
#include "core/customer.h"
#include "core/entitytype.h"
#include "core/holding.h"
#include "core/interaction.h"
#include "core/mutation.h"
#include "core/riskalert.h"
#include "core/team.h"
#include "core/ticket.h"
#include "core/ticketevent.h"
#include "core/trade.h"
#include "core/user.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>

#include <QString>
#include <QStringList>
#include <functional>

// The JSON wire format shared by the workstation and the server (DESIGN.md §4).
//
// Keys are the struct fields in lower_snake_case (customerNo → customer_no); every
// entity carries id, rev, updated_at and deleted. Values:
//   QString             string. References to other records (…_id, signed_off_by,
//                       acknowledged_by) and blob_path/recording_ref are null when empty,
//                       except a parent the record cannot exist without (account.customer_id,
//                       holding/trade account_id + customer_id, risk_alert/interaction
//                       customer_id, ticket_event/attachment ticket_id, article_revision
//                       article_id, case_comment case_id) and id: non-empty strings.
//                       Every other string may be "" but not null.
//   qint64 / int        integral JSON number within ±(2^53 − 1) (int: within int range)
//   double              number
//   bool                true / false
//   enum                its wire key (core/enums.h enumKey); std::optional → null when empty
//   QDateTime           "2026-11-27T03:04:05.123Z" (UTC, milliseconds); invalid → null
//   QDate               "2026-11-27"; invalid → null
//   QStringList         array of strings
//   QJsonObject         object
//   Attachment::sha256  the struct holds the hex digest text; on the wire a string of
//                       64 lowercase hex digits, or "" while unknown
//
// Decoding is strict: every key must be present (null only where the table above
// allows it), with the right JSON type; an unknown enum key, a fractional or
// out-of-range integer, a malformed date or an empty id is an error, never a default.
// Decoding also accepts a "+08:00"-style offset on date-times (converted to UTC) and
// 1–3 fractional digits. Keys the codec does not know are IGNORED, so an older client
// reads a newer server's records (forward compatibility); validateFields is the
// exception, since an update naming an unknown field is a client bug.
//
// Errors name the path: `ticket.state: unknown value "foo" (expected one of new,
// accepted, …)`, `customer.mobile: expected a string, got a number`. On failure
// decode() leaves `out` untouched and returns false; `error` may be null.
//
// Encoding is byte-stable: QJsonObject keeps keys sorted, so toBytes(encode(x)) is
// the same for equal records.
class WireCodec
{
    Q_DECLARE_TR_FUNCTIONS(WireCodec)

public:
    static QJsonObject encode(const Customer &value);
    static QJsonObject encode(const Account &value);
    static QJsonObject encode(const Holding &value);
    static QJsonObject encode(const Trade &value);
    static QJsonObject encode(const RiskAlert &value);
    static QJsonObject encode(const Interaction &value);
    static QJsonObject encode(const Ticket &value);
    static QJsonObject encode(const TicketEvent &value);
    static QJsonObject encode(const Attachment &value);
    static QJsonObject encode(const Article &value);
    static QJsonObject encode(const ArticleCategory &value);
    static QJsonObject encode(const ArticleRevision &value);
    static QJsonObject encode(const CaseStudy &value);
    static QJsonObject encode(const CaseComment &value);
    static QJsonObject encode(const CannedReply &value);
    static QJsonObject encode(const User &value);
    static QJsonObject encode(const Team &value);
    static QJsonObject encode(const AuditEntry &value);

    static bool decode(const QJsonObject &json, Customer &out, QString *error = nullptr);
    static bool decode(const QJsonObject &json, Account &out, QString *error = nullptr);
    static bool decode(const QJsonObject &json, Holding &out, QString *error = nullptr);
    static bool decode(const QJsonObject &json, Trade &out, QString *error = nullptr);
    static bool decode(const QJsonObject &json, RiskAlert &out, QString *error = nullptr);
    static bool decode(const QJsonObject &json, Interaction &out, QString *error = nullptr);
    static bool decode(const QJsonObject &json, Ticket &out, QString *error = nullptr);
    static bool decode(const QJsonObject &json, TicketEvent &out, QString *error = nullptr);
    static bool decode(const QJsonObject &json, Attachment &out, QString *error = nullptr);
    static bool decode(const QJsonObject &json, Article &out, QString *error = nullptr);
    static bool decode(const QJsonObject &json, ArticleCategory &out, QString *error = nullptr);
    static bool decode(const QJsonObject &json, ArticleRevision &out, QString *error = nullptr);
    static bool decode(const QJsonObject &json, CaseStudy &out, QString *error = nullptr);
    static bool decode(const QJsonObject &json, CaseComment &out, QString *error = nullptr);
    static bool decode(const QJsonObject &json, CannedReply &out, QString *error = nullptr);
    static bool decode(const QJsonObject &json, User &out, QString *error = nullptr);
    static bool decode(const QJsonObject &json, Team &out, QString *error = nullptr);
    static bool decode(const QJsonObject &json, AuditEntry &out, QString *error = nullptr);

    // {mutation_id, entity, id, base_rev, op, fields}. Decoding checks the envelope and
    // the fields: Create needs every data key (fieldKeys minus the common ones),
    // Update at least one valid data key (validateFields), Delete an empty object.
    static QJsonObject encode(const Mutation &value);
    static bool decode(const QJsonObject &json, Mutation &out, QString *error = nullptr);

    // {seq, entity, id, rev, deleted, data}. A non-empty data must decode as the entity
    // named, with the same id; an empty data is allowed only when deleted is true.
    static QJsonObject encode(const Change &value);
    static bool decode(const QJsonObject &json, Change &out, QString *error = nullptr);

    // The wire keys of an entity, sorted, including the common id, rev, updated_at, deleted.
    static QStringList fieldKeys(EntityType type);
    // The keys every record carries and a mutation may not set.
    static QStringList commonKeys();
    // A partial field set (an Update's fields): every key must be a data key of the
    // entity (not a common key, not unknown) with a value of the right type.
    static bool validateFields(EntityType type, const QJsonObject &fields, QString *error = nullptr);
    // Field by field, for readers that do not build a QJsonObject (the pull parses its
    // pages with simdjson): checks the value of key fieldKeys(type)[keyIndex] exactly as
    // decode() does. The function keeps its own scratch record: one per reader.
    using FieldCheck = std::function<bool(qsizetype keyIndex, const QJsonValue &value, QString *why)>;
    static FieldCheck fieldCheck(EntityType type);
    // A whole record of the given type, exactly as decode() checks it.
    static bool validateEntity(EntityType type, const QJsonObject &json, QString *error = nullptr);
    // json without the common keys: the fields of a Create mutation made from encode(x).
    static QJsonObject dataFields(const QJsonObject &json);

    // The scalar formats, for other layers that store or print wire values.
    static QString dateTimeToWire(const QDateTime &value); // empty when invalid
    static QDateTime dateTimeFromWire(
        QStringView text, bool *ok = nullptr); // UTC; invalid + !ok when malformed
    static QString dateToWire(QDate value); // empty when invalid
    static QDate dateFromWire(QStringView text, bool *ok = nullptr);

    // Compact UTF-8 JSON text; stable for equal objects.
    static QByteArray toBytes(const QJsonObject &json);
    // Parses text that must hold one JSON object.
    static bool parseObject(const QByteArray &bytes, QJsonObject &out, QString *error = nullptr);
};
