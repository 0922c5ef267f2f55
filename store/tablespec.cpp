#include "store/tablespec.h"

#include "core/wirecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {
using Kind = TableSpec::Kind;

// Only the columns that are not text need naming; everything else is Text.
QHash<QString, Kind> kindsFor(EntityType type)
{
    QHash<QString, Kind> k = {
        {QStringLiteral("rev"), Kind::Integer},
        {QStringLiteral("updated_at"), Kind::DateTime},
        {QStringLiteral("deleted"), Kind::Bool},
    };
    auto set = [&k](std::initializer_list<const char *> names, Kind kind) {
        for (const char *n : names)
            k.insert(QLatin1String(n), kind);
    };
    switch (type) {
    case EntityType::Customer:
        set({"vip_level"}, Kind::Integer);
        set({"tags"}, Kind::Json);
        break;
    case EntityType::Account:
        set({"assets_fen", "liabilities_fen"}, Kind::Integer);
        set({"maintenance_ratio"}, Kind::Real);
        break;
    case EntityType::Holding:
        set({"quantity", "market_value_fen"}, Kind::Integer);
        break;
    case EntityType::Trade:
        set({"quantity", "price_milli"}, Kind::Integer);
        set({"traded_at"}, Kind::DateTime);
        break;
    case EntityType::RiskAlert:
        set({"raised_at", "acknowledged_at"}, Kind::DateTime);
        break;
    case EntityType::Interaction:
        set({"duration_seconds"}, Kind::Integer);
        set({"started_at"}, Kind::DateTime);
        break;
    case EntityType::Ticket:
        set({"satisfaction"}, Kind::Integer);
        set({"reply_due_extended"}, Kind::Bool);
        set({"created_at", "accept_due", "reply_due", "external_due", "first_response_at", "closed_at"},
            Kind::DateTime);
        break;
    case EntityType::TicketEvent:
        set({"article_revision"}, Kind::Integer);
        set({"created_at"}, Kind::DateTime);
        set({"extra"}, Kind::Json);
        break;
    case EntityType::Attachment:
        set({"size"}, Kind::Integer);
        break;
    case EntityType::Article:
        set({"revision", "helpful_yes", "helpful_no"}, Kind::Integer);
        set({"signed_off_at"}, Kind::DateTime);
        set({"tags"}, Kind::Json);
        break;
    case EntityType::ArticleCategory:
        set({"sort_order"}, Kind::Integer);
        break;
    case EntityType::ArticleRevision:
        set({"revision"}, Kind::Integer);
        set({"created_at"}, Kind::DateTime);
        break;
    case EntityType::CaseStudy:
        set({"created_at"}, Kind::DateTime);
        set({"rules_cited", "tags"}, Kind::Json);
        break;
    case EntityType::CaseComment:
        set({"created_at"}, Kind::DateTime);
        break;
    case EntityType::CannedReply:
        break;
    case EntityType::User:
        set({"active"}, Kind::Bool);
        break;
    case EntityType::Team:
        break;
    case EntityType::AuditEntry:
        set({"at"}, Kind::DateTime);
        set({"detail"}, Kind::Json);
        break;
    }
    return k;
}

QString tableFor(EntityType type)
{
    switch (type) {
    case EntityType::Customer:
        return QStringLiteral("customers");
    case EntityType::Account:
        return QStringLiteral("accounts");
    case EntityType::Holding:
        return QStringLiteral("holdings");
    case EntityType::Trade:
        return QStringLiteral("trades");
    case EntityType::RiskAlert:
        return QStringLiteral("risk_alerts");
    case EntityType::Interaction:
        return QStringLiteral("interactions");
    case EntityType::Ticket:
        return QStringLiteral("tickets");
    case EntityType::TicketEvent:
        return QStringLiteral("ticket_events");
    case EntityType::Attachment:
        return QStringLiteral("attachments");
    case EntityType::Article:
        return QStringLiteral("articles");
    case EntityType::ArticleCategory:
        return QStringLiteral("article_categories");
    case EntityType::ArticleRevision:
        return QStringLiteral("article_revisions");
    case EntityType::CaseStudy:
        return QStringLiteral("case_studies");
    case EntityType::CaseComment:
        return QStringLiteral("case_comments");
    case EntityType::CannedReply:
        return QStringLiteral("canned_replies");
    case EntityType::User:
        return QStringLiteral("users");
    case EntityType::Team:
        return QStringLiteral("teams");
    case EntityType::AuditEntry:
        return QStringLiteral("audit_entries");
    }
    return {};
}
} // namespace

TableSpec::TableSpec(EntityType type, const QString &table, const QHash<QString, Kind> &kinds)
    : m_type(type), m_entityKey(enumKey(type)), m_table(table)
{
    // id first: repositories read it at a fixed position.
    m_columns = WireCodec::fieldKeys(type);
    m_columns.removeAll(QStringLiteral("id"));
    m_columns.prepend(QStringLiteral("id"));
    for (const QString &c : std::as_const(m_columns))
        m_kinds.append(kinds.value(c, Kind::Text));
}

const TableSpec &TableSpec::of(EntityType type)
{
    static const auto specs = [] {
        std::vector<TableSpec> v;
        for (int i = 0; i <= int(EntityType::AuditEntry); ++i) {
            const auto t = static_cast<EntityType>(i);
            v.push_back(TableSpec(t, tableFor(t), kindsFor(t)));
        }
        return v;
    }();
    return specs.at(static_cast<size_t>(type));
}

QString TableSpec::selectList(const QString &prefix) const
{
    QStringList cols;
    for (const QString &c : m_columns)
        cols.append(prefix + c);
    return cols.join(QStringLiteral(", "));
}

QString TableSpec::insertSql() const
{
    QStringList marks(m_columns.size(), QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(m_table, m_columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

QString TableSpec::upsertSql() const
{
    QStringList sets;
    for (const QString &c : m_columns)
        if (c != QLatin1String("id"))
            sets.append(c + QStringLiteral(" = excluded.") + c);
    return insertSql() + QStringLiteral(" ON CONFLICT(id) DO UPDATE SET ") + sets.join(QStringLiteral(", "));
}

QVariant TableSpec::toSql(qsizetype column, const QJsonValue &value) const
{
    if (value.isNull() || value.isUndefined())
        return QVariant(QMetaType::fromType<QString>()); // NULL
    switch (m_kinds.at(column)) {
    case Kind::Text:
        return value.toString();
    case Kind::Integer:
        return value.toInteger();
    case Kind::Real:
        return value.toDouble();
    case Kind::Bool:
        return value.toBool() ? 1 : 0;
    case Kind::DateTime: {
        const QDateTime dt = WireCodec::dateTimeFromWire(value.toString());
        return dt.isValid() ? QVariant(dt.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
    }
    case Kind::Json:
        return value.isArray()
            ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
            : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QJsonValue TableSpec::fromSql(qsizetype column, const QVariant &value) const
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (m_kinds.at(column)) {
    case Kind::Text:
        return value.toString();
    case Kind::Integer:
        return value.toLongLong();
    case Kind::Real:
        return value.toDouble();
    case Kind::Bool:
        return value.toLongLong() != 0;
    case Kind::DateTime:
        return WireCodec::dateTimeToWire(QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC));
    case Kind::Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    }
    return QJsonValue::Null;
}

QJsonObject TableSpec::rowToJson(const QSqlQuery &query, int offset) const
{
    QJsonObject o;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        o.insert(m_columns.at(i), fromSql(i, query.value(offset + int(i))));
    return o;
}

QVariantList TableSpec::jsonToRow(const QJsonObject &json) const
{
    QVariantList row;
    row.reserve(m_columns.size());
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        row.append(toSql(i, json.value(m_columns.at(i))));
    return row;
}
