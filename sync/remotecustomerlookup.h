#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class Database;
class QNetworkReply;
class RestClient;

// The central service's customer lookup (GET /api/v1/customers?q=, DESIGN.md §4) for a
// caller outside the local cache: the customers and their accounts it answers with are
// written into the cache, so the 360 view opens them like any other, offline included.
// One lookup at a time: a new one cancels the one in flight (the agent typed on).
class RemoteCustomerLookup : public QObject
{
    Q_OBJECT

public:
    explicit RemoteCustomerLookup(Database &db, QObject *parent = nullptr);
    ~RemoteCustomerLookup() override;

    // Empty server or token: no lookups (offline, signed out).
    void setSession(const QUrl &server, const QString &token);
    bool isAvailable() const;

    // q is sent as typed; the server classifies it (whole identifiers and full names only).
    void lookup(const QString &text);
    void cancel();

Q_SIGNALS:
    // The customers the server knows under text, now in the cache.
    void finished(const QString &text, const QStringList &customerIds, bool truncated);
    // Translated, for the search box.
    void failed(const QString &text, const QString &error);

private:
    Database &m_db;
    RestClient *m_client;
    QPointer<QNetworkReply> m_reply;
    quint64 m_generation = 0; // answers of older lookups are dropped
};
