#include "sync/remotecustomerlookup.h"

#include "core/change.h"
#include "store/database.h"
#include "store/remoteapplier.h"
#include "store/transaction.h"
#include "sync/restclient.h"

#include <QJsonArray>
#include <QNetworkReply>

namespace {

bool toChange(const QJsonObject &data, EntityType entity, Change &change)
{
    change.entity = entity;
    change.id = data.value(QLatin1String("id")).toString();
    change.rev = data.value(QLatin1String("rev")).toInteger();
    change.deleted = false;
    change.data = data;
    return !change.id.isEmpty() && change.rev > 0;
}

} // namespace

RemoteCustomerLookup::RemoteCustomerLookup(Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_client(new RestClient(this))
{
    // The caller waits on the line: a slow server is reported rather than waited for.
    m_client->setTimeout(8000);
}

RemoteCustomerLookup::~RemoteCustomerLookup()
{
    cancel();
}

void RemoteCustomerLookup::setSession(const QUrl &server, const QString &token)
{
    cancel();
    m_client->setBaseUrl(server);
    m_client->setToken(token);
}

bool RemoteCustomerLookup::isAvailable() const
{
    return m_client->baseUrl().isValid() && !m_client->baseUrl().isEmpty() && !m_client->token().isEmpty();
}

void RemoteCustomerLookup::cancel()
{
    ++m_generation;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->abort();
    }
}

void RemoteCustomerLookup::lookup(const QString &text)
{
    cancel();
    if (!isAvailable()) {
        Q_EMIT failed(text, tr("Not connected to the central service."));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), text);
    const quint64 generation = ++m_generation;
    m_reply = m_client->send("GET", QStringLiteral("/api/v1/customers"), query, {},
        [this, text, generation](const RestResult &result) {
            // A lookup cancelled for a newer one says nothing.
            if (generation != m_generation)
                return;
            m_reply = nullptr;
            if (!result.ok()) {
                if (result.error.kind == RestError::Invalid)
                    Q_EMIT failed(text, result.error.message);
                else
                    Q_EMIT failed(
                        text, tr("The central service could not be asked: %1").arg(result.error.describe()));
                return;
            }
            QList<Change> changes;
            QStringList ids;
            for (const QJsonValue &entry : result.json.value(QLatin1String("customers")).toArray()) {
                Change customer;
                if (!toChange(entry[QLatin1String("customer")].toObject(), EntityType::Customer, customer))
                    continue;
                ids.append(customer.id);
                changes.append(customer);
                for (const QJsonValue &account : entry[QLatin1String("accounts")].toArray()) {
                    Change change;
                    if (toChange(account.toObject(), EntityType::Account, change))
                        changes.append(change);
                }
            }
            QString error;
            Transaction tx(m_db);
            RemoteApplier applier(m_db);
            bool ok = tx.begin(&error);
            for (const Change &change : std::as_const(changes))
                ok = ok && applier.apply(change, &error);
            if (!ok || !tx.commit(&error)) {
                Q_EMIT failed(text, tr("The answer could not be stored: %1").arg(error));
                return;
            }
            Q_EMIT finished(text, ids, result.json.value(QLatin1String("truncated")).toBool());
        });
}
