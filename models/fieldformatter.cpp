#include "models/fieldformatter.h"

#include "core/enums.h"
#include "core/piimasker.h"
#include "core/wirecodec.h"
#include "store/repositorybase.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
// Field names shared by several entities; entity-specific meanings come first in label().
const QHash<QString, const char *> &labels()
{
    static const QHash<QString, const char *> table {
        {QStringLiteral("account_id"), QT_TRANSLATE_NOOP("FieldFormatter", "Account")},
        {QStringLiteral("account_manager"), QT_TRANSLATE_NOOP("FieldFormatter", "Account manager")},
        {QStringLiteral("accept_due"), QT_TRANSLATE_NOOP("FieldFormatter", "Accept by")},
        {QStringLiteral("assessed_on"), QT_TRANSLATE_NOOP("FieldFormatter", "Assessed on")},
        {QStringLiteral("assessment_expires"), QT_TRANSLATE_NOOP("FieldFormatter", "Assessment expires")},
        {QStringLiteral("assets_fen"), QT_TRANSLATE_NOOP("FieldFormatter", "Assets")},
        {QStringLiteral("assignee_id"), QT_TRANSLATE_NOOP("FieldFormatter", "Assignee")},
        {QStringLiteral("assignment_rule"), QT_TRANSLATE_NOOP("FieldFormatter", "Assignment rule")},
        {QStringLiteral("author_id"), QT_TRANSLATE_NOOP("FieldFormatter", "Author")},
        {QStringLiteral("background"), QT_TRANSLATE_NOOP("FieldFormatter", "Background")},
        {QStringLiteral("body"), QT_TRANSLATE_NOOP("FieldFormatter", "Text")},
        {QStringLiteral("branch"), QT_TRANSLATE_NOOP("FieldFormatter", "Branch")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("FieldFormatter", "Category")},
        {QStringLiteral("category_id"), QT_TRANSLATE_NOOP("FieldFormatter", "Category")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("FieldFormatter", "Channel")},
        {QStringLiteral("closed_at"), QT_TRANSLATE_NOOP("FieldFormatter", "Closed at")},
        {QStringLiteral("created_at"), QT_TRANSLATE_NOOP("FieldFormatter", "Created at")},
        {QStringLiteral("customer_id"), QT_TRANSLATE_NOOP("FieldFormatter", "Customer")},
        {QStringLiteral("customer_no"), QT_TRANSLATE_NOOP("FieldFormatter", "Customer number")},
        {QStringLiteral("deleted"), QT_TRANSLATE_NOOP("FieldFormatter", "Deleted")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("FieldFormatter", "Description")},
        {QStringLiteral("display_name"), QT_TRANSLATE_NOOP("FieldFormatter", "Display name")},
        {QStringLiteral("effective_from"), QT_TRANSLATE_NOOP("FieldFormatter", "Effective from")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("FieldFormatter", "E-mail")},
        {QStringLiteral("expires_on"), QT_TRANSLATE_NOOP("FieldFormatter", "Expires on")},
        {QStringLiteral("external_due"), QT_TRANSLATE_NOOP("FieldFormatter", "External due date")},
        {QStringLiteral("first_response_at"), QT_TRANSLATE_NOOP("FieldFormatter", "First response")},
        {QStringLiteral("follow_up"), QT_TRANSLATE_NOOP("FieldFormatter", "Follow-up result")},
        {QStringLiteral("handling"), QT_TRANSLATE_NOOP("FieldFormatter", "Handling")},
        {QStringLiteral("id_number"), QT_TRANSLATE_NOOP("FieldFormatter", "ID number")},
        {QStringLiteral("id_type"), QT_TRANSLATE_NOOP("FieldFormatter", "ID type")},
        {QStringLiteral("investor_type"), QT_TRANSLATE_NOOP("FieldFormatter", "Investor type")},
        {QStringLiteral("issue"), QT_TRANSLATE_NOOP("FieldFormatter", "Issue")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("FieldFormatter", "Kind")},
        {QStringLiteral("lessons"), QT_TRANSLATE_NOOP("FieldFormatter", "Lessons")},
        {QStringLiteral("liabilities_fen"), QT_TRANSLATE_NOOP("FieldFormatter", "Liabilities")},
        {QStringLiteral("maintenance_ratio"), QT_TRANSLATE_NOOP("FieldFormatter", "Maintenance ratio")},
        {QStringLiteral("mediation_body"), QT_TRANSLATE_NOOP("FieldFormatter", "Mediation body")},
        {QStringLiteral("mobile"), QT_TRANSLATE_NOOP("FieldFormatter", "Mobile")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("FieldFormatter", "Name")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("FieldFormatter", "Number")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("FieldFormatter", "Outcome")},
        {QStringLiteral("parent_id"), QT_TRANSLATE_NOOP("FieldFormatter", "Parent")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("FieldFormatter", "Priority")},
        {QStringLiteral("reply_due"), QT_TRANSLATE_NOOP("FieldFormatter", "Reply by")},
        {QStringLiteral("reply_due_extended"),
            QT_TRANSLATE_NOOP("FieldFormatter", "Reply deadline extended")},
        {QStringLiteral("resolution"), QT_TRANSLATE_NOOP("FieldFormatter", "Resolution")},
        {QStringLiteral("risk_class"), QT_TRANSLATE_NOOP("FieldFormatter", "Risk class")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("FieldFormatter", "Role")},
        {QStringLiteral("rules_cited"), QT_TRANSLATE_NOOP("FieldFormatter", "Rules cited")},
        {QStringLiteral("satisfaction"), QT_TRANSLATE_NOOP("FieldFormatter", "Satisfaction")},
        {QStringLiteral("severity"), QT_TRANSLATE_NOOP("FieldFormatter", "Severity")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("FieldFormatter", "Source")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("FieldFormatter", "State")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("FieldFormatter", "Status")},
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("FieldFormatter", "Subject")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("FieldFormatter", "Summary")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("FieldFormatter", "Tags")},
        {QStringLiteral("team_id"), QT_TRANSLATE_NOOP("FieldFormatter", "Team")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("FieldFormatter", "Text")},
        {QStringLiteral("ticket_id"), QT_TRANSLATE_NOOP("FieldFormatter", "Ticket")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("FieldFormatter", "Title")},
        {QStringLiteral("top_up_deadline"), QT_TRANSLATE_NOOP("FieldFormatter", "Top-up deadline")},
        {QStringLiteral("username"), QT_TRANSLATE_NOOP("FieldFormatter", "User name")},
        {QStringLiteral("vip_level"), QT_TRANSLATE_NOOP("FieldFormatter", "VIP level")},
    };
    return table;
}

template<typename E> QString labelOf(const QString &key)
{
    const std::optional<E> value = enumFromKey<E>(key);
    return value ? enumLabel(*value) : key;
}

QString dash()
{
    return QStringLiteral("—");
}
} // namespace

FieldFormatter::FieldFormatter(Database *db) : m_db(db) { }

QString FieldFormatter::label(EntityType entity, const QString &key)
{
    if (entity == EntityType::Team && key == QLatin1String("name"))
        return tr("Team name");
    if (entity == EntityType::Account && key == QLatin1String("number"))
        return tr("Account number");
    if (entity == EntityType::Ticket && key == QLatin1String("number"))
        return tr("Ticket number");
    const auto it = labels().constFind(key);
    if (it != labels().constEnd())
        return QCoreApplication::translate("FieldFormatter", *it);
    // A field this table does not know yet: readable, though untranslated.
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString FieldFormatter::enumDisplay(EntityType entity, const QString &key, const QString &value)
{
    if (key == QLatin1String("state"))
        return entity == EntityType::RiskAlert ? labelOf<AlertState>(value) : labelOf<TicketState>(value);
    if (key == QLatin1String("status")) {
        switch (entity) {
        case EntityType::Customer:
            return labelOf<CustomerStatus>(value);
        case EntityType::Account:
            return labelOf<AccountStatus>(value);
        case EntityType::Article:
            return labelOf<ArticleStatus>(value);
        default:
            return value;
        }
    }
    if (key == QLatin1String("kind")) {
        switch (entity) {
        case EntityType::Ticket:
            return labelOf<TicketKind>(value);
        case EntityType::Account:
            return labelOf<AccountKind>(value);
        case EntityType::RiskAlert:
            return labelOf<RiskAlertKind>(value);
        case EntityType::TicketEvent:
            return labelOf<EventKind>(value);
        default:
            return value;
        }
    }
    static const QHash<QString, QString (*)(const QString &)> byKey {
        {QStringLiteral("source"), &labelOf<Channel>},
        {QStringLiteral("channel"), &labelOf<Channel>},
        {QStringLiteral("priority"), &labelOf<Priority>},
        {QStringLiteral("category"), &labelOf<TicketCategory>},
        {QStringLiteral("resolution"), &labelOf<ResolutionCode>},
        {QStringLiteral("follow_up"), &labelOf<FollowUpResult>},
        {QStringLiteral("mediation_body"), &labelOf<MediationBody>},
        {QStringLiteral("role"), &labelOf<Role>},
        {QStringLiteral("assignment_rule"), &labelOf<AssignmentRule>},
        {QStringLiteral("investor_type"), &labelOf<InvestorType>},
        {QStringLiteral("risk_class"), &labelOf<RiskClass>},
        {QStringLiteral("product_risk"), &labelOf<ProductRisk>},
        {QStringLiteral("id_type"), &labelOf<IdType>},
        {QStringLiteral("severity"), &labelOf<Severity>},
        {QStringLiteral("direction"), &labelOf<Direction>},
        {QStringLiteral("side"), &labelOf<TradeSide>},
    };
    const auto it = byKey.constFind(key);
    return it != byKey.constEnd() ? (*it)(value) : QString();
}

QString FieldFormatter::reference(const QString &key, const QString &id) const
{
    if (!m_db || id.isEmpty())
        return {};
    EntityType type;
    QString field;
    if (key == QLatin1String("assignee_id") || key == QLatin1String("author_id")
        || key == QLatin1String("agent_id") || key == QLatin1String("acknowledged_by")) {
        type = EntityType::User;
        field = QStringLiteral("display_name");
    } else if (key == QLatin1String("team_id")) {
        type = EntityType::Team;
        field = QStringLiteral("name");
    } else if (key == QLatin1String("customer_id")) {
        type = EntityType::Customer;
        field = QStringLiteral("name");
    } else if (key == QLatin1String("ticket_id") || key == QLatin1String("parent_id")
        || key == QLatin1String("merged_into_id")) {
        type = EntityType::Ticket;
        field = QStringLiteral("number");
    } else {
        return {};
    }
    const std::optional<QJsonObject> row = RepositoryBase(*m_db, type).getJson(id);
    if (!row)
        return {};
    const QString text = row->value(field).toString();
    return type == EntityType::Customer ? PiiMasker::mask(PiiField::Name, text) : text;
}

QString FieldFormatter::display(EntityType entity, const QString &key, const QJsonValue &value) const
{
    if (value.isNull() || value.isUndefined())
        return dash();
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << (v.isString()
                    ? v.toString()
                    : QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact)));
        return parts.isEmpty() ? dash() : parts.join(QStringLiteral(", "));
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    const QLocale locale;
    if (value.isDouble()) {
        if (key.endsWith(QLatin1String("_fen")))
            return QStringLiteral("¥") + locale.toString(value.toDouble() / 100.0, 'f', 2);
        if (key == QLatin1String("maintenance_ratio"))
            return locale.toString(value.toDouble() * 100.0, 'f', 1) + QLatin1Char('%');
        return locale.toString(value.toDouble(), 'g', 15);
    }
    const QString text = value.toString();
    if (text.isEmpty())
        return dash();
    // Personal data stays masked here: revealing it needs a reason and an audit entry.
    if (entity == EntityType::Customer && key == QLatin1String("name"))
        return PiiMasker::mask(PiiField::Name, text);
    if (key == QLatin1String("mobile"))
        return PiiMasker::mask(PiiField::Mobile, text);
    if (key == QLatin1String("id_number"))
        return PiiMasker::mask(PiiField::IdNumber, text);
    if (key == QLatin1String("email"))
        return PiiMasker::mask(PiiField::Email, text);
    if (entity == EntityType::Account && key == QLatin1String("number"))
        return PiiMasker::mask(PiiField::AccountNumber, text);
    const QString label = enumDisplay(entity, key, text);
    if (!label.isEmpty())
        return label;
    if (key.endsWith(QLatin1String("_id")) || key == QLatin1String("acknowledged_by")) {
        const QString name = reference(key, text);
        return name.isEmpty() ? text : name;
    }
    bool ok = false;
    const QDateTime at = WireCodec::dateTimeFromWire(text, &ok);
    if (ok && at.isValid())
        return locale.toString(at.toLocalTime(), QLocale::ShortFormat);
    const QDate day = WireCodec::dateFromWire(text, &ok);
    if (ok && day.isValid())
        return locale.toString(day, QLocale::ShortFormat);
    return text;
}

QString FieldFormatter::recordTitle(EntityType entity, const QString &id, const QJsonObject &data) const
{
    QString key;
    switch (entity) {
    case EntityType::Ticket:
        key = QStringLiteral("number");
        break;
    case EntityType::Customer:
    case EntityType::Team:
    case EntityType::ArticleCategory:
        key = QStringLiteral("name");
        break;
    case EntityType::Account:
        key = QStringLiteral("number");
        break;
    case EntityType::User:
        key = QStringLiteral("display_name");
        break;
    case EntityType::Article:
    case EntityType::CaseStudy:
    case EntityType::CannedReply:
    case EntityType::ArticleRevision:
        key = QStringLiteral("title");
        break;
    default:
        break;
    }
    QString text = key.isEmpty() ? QString() : data.value(key).toString();
    if (text.isEmpty() && !key.isEmpty() && m_db) {
        const std::optional<QJsonObject> row = RepositoryBase(*m_db, entity).getJson(id);
        if (row)
            text = row->value(key).toString();
    }
    if (text.isEmpty())
        return id.left(8);
    return display(entity, key, text);
}
