#pragma once

#include "server/databasesettings.h"
#include "server/httpresponse.h"
#include "server/routecontext.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class Router;
class CustomerQuery;

// On-demand customer lookup outside the caller's cache (DESIGN.md §4), for agents,
// leads and admins:
//   GET /api/v1/customers?q=TEXT&limit=N  → {customers: [{customer, accounts}], truncated}
// q is one exact key (CustomerQuery: mobile, ID number, account or customer number,
// name), anything else is 422; limit defaults to 20, at most 50. Lookups use the JSON
// expression indexes of server migration 5. Every call writes an audit entry
// `customer_lookup` with the kind of key and the number of customers found — never the
// text looked up (it is PII).
class CustomerRoutes
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRoutes)

public:
    static constexpr int DefaultLimit = 20;
    static constexpr int MaxLimit = 50;

    explicit CustomerRoutes(const DatabaseSettings &database);

    void registerOn(Router &router) const;

private:
    HttpResponse lookup(const RouteContext &context) const;
    // Ids of the live customers matching the query, in id order, at most limit of them.
    QStringList findIds(const QSqlDatabase &db, const CustomerQuery &query, int limit) const;
    QStringList customersWhere(const QSqlDatabase &db, const QString &entity, const QString &key,
        const QString &value, int limit) const;

    DatabaseSettings m_database;
};
