#include "server/customerroutes.h"

#include "core/auditentry.h"
#include "core/wirecodec.h"
#include "server/auditlog.h"
#include "server/customerquery.h"
#include "server/dbconnection.h"
#include "server/router.h"
#include "server/sqldialect.h"
#include "server/writetransaction.h"

#include <QJsonArray>
#include <QSqlQuery>

CustomerRoutes::CustomerRoutes(const DatabaseSettings &database) : m_database(database) { }

void CustomerRoutes::registerOn(Router &router) const
{
    router.add("GET", QStringLiteral("/api/v1/customers"), {Role::Agent, Role::Lead, Role::Admin},
        [this](const RouteContext &context) { return lookup(context); });
}

HttpResponse CustomerRoutes::lookup(const RouteContext &context) const
{
    const QUrlQuery &params = context.request.query;
    int limit = DefaultLimit;
    if (params.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = params.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded).toInt(&ok);
        if (!ok || limit < 1 || limit > MaxLimit)
            return HttpResponse::badRequest(QStringLiteral("invalid_parameter"),
                tr("limit must be an integer from 1 to %1.").arg(MaxLimit));
    }
    const CustomerQuery query
        = CustomerQuery::parse(params.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded));
    if (!query.isValid())
        return HttpResponse::unprocessable(query.error());

    const QSqlDatabase db = DbConnection::forThread(m_database);
    // One extra row tells whether the answer was cut.
    QStringList ids = findIds(db, query, limit + 1);
    const bool truncated = ids.size() > limit;
    if (truncated)
        ids = ids.mid(0, limit);

    QJsonArray customers;
    for (const QString &id : std::as_const(ids)) {
        QSqlQuery customer = DbConnection::exec(db,
            QStringLiteral("SELECT data FROM records WHERE entity = 'customer' AND id = ? AND deleted = 0"),
            {id});
        if (!customer.next())
            continue;
        QJsonObject data;
        WireCodec::parseObject(customer.value(0).toString().toUtf8(), data);
        QSqlQuery accountRows = DbConnection::exec(db,
            QStringLiteral("SELECT data FROM records WHERE customer_id = ? AND entity = 'account' "
                           "AND deleted = 0 ORDER BY id"),
            {id});
        QJsonArray accounts;
        while (accountRows.next()) {
            QJsonObject account;
            WireCodec::parseObject(accountRows.value(0).toString().toUtf8(), account);
            accounts.append(account);
        }
        customers.append(
            QJsonObject {{QStringLiteral("customer"), data}, {QStringLiteral("accounts"), accounts}});
    }

    WriteTransaction transaction(db, m_database.backend);
    AuditEntry entry;
    entry.userId = context.session->user.id;
    entry.action = QStringLiteral("customer_lookup");
    entry.entity = QStringLiteral("customer");
    entry.detail = {{QStringLiteral("kind"), query.kindKey()}, {QStringLiteral("count"), customers.size()},
        {QStringLiteral("truncated"), truncated}};
    AuditLog::append(db, entry);
    transaction.commit();

    return HttpResponse::json(
        200, {{QStringLiteral("customers"), customers}, {QStringLiteral("truncated"), truncated}});
}

QStringList CustomerRoutes::findIds(const QSqlDatabase &db, const CustomerQuery &query, int limit) const
{
    const QString customer = QStringLiteral("customer");
    switch (query.kind()) {
    case CustomerQuery::Kind::Mobile:
        return customersWhere(db, customer, QStringLiteral("mobile"), query.value(), limit);
    case CustomerQuery::Kind::IdNumber:
        return customersWhere(db, customer, QStringLiteral("id_number"), query.value(), limit);
    case CustomerQuery::Kind::Name:
        return customersWhere(db, customer, QStringLiteral("name"), query.value(), limit);
    case CustomerQuery::Kind::Number: {
        // A customer number, an account number or another document's number (passport,
        // permits): three index lookups, merged.
        QStringList ids = customersWhere(db, customer, QStringLiteral("customer_no"), query.value(), limit);
        const QStringList more
            = customersWhere(db, QStringLiteral("account"), QStringLiteral("number"), query.value(), limit)
            + customersWhere(db, customer, QStringLiteral("id_number"), query.value(), limit);
        for (const QString &id : more)
            if (!ids.contains(id))
                ids.append(id);
        std::sort(ids.begin(), ids.end());
        return ids.mid(0, limit);
    }
    case CustomerQuery::Kind::Invalid:
        break;
    }
    return {};
}

QStringList CustomerRoutes::customersWhere(
    const QSqlDatabase &db, const QString &entity, const QString &key, const QString &value, int limit) const
{
    // entity and key are constants of findIds(): the expression must be literally the
    // one migration 5 indexed, with the partial index's entity condition.
    const QString expression = SqlDialect(m_database.backend).jsonText(QStringLiteral("data"), key);
    const QString column
        = entity == QLatin1String("customer") ? QStringLiteral("id") : QStringLiteral("customer_id");
    QSqlQuery query = DbConnection::exec(db,
        QStringLiteral("SELECT DISTINCT %1 FROM records WHERE entity = '%2' AND %3 = ? AND deleted = 0 "
                       "ORDER BY %1 LIMIT ?")
            .arg(column, entity, expression),
        {value, limit});
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}
