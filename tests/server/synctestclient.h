#pragma once

// Shared by the sync route tests: a signed-in client of a real agentdesk-server that
// pushes mutations and pulls the change feed, and valid records to push.

#include "serverfixture.h"

#include "core/wirecodec.h"

#include <QJsonArray>

class SyncTestClient
{
public:
    SyncTestClient(ServerFixture *fixture, quint16 port, const QString &username)
        : m_fixture(fixture), m_port(port), m_clientId(QStringLiteral("client-") + Entity::newId())
    {
        m_token = fixture->login(port, username);
        const HttpResult me = fixture->request(port, "GET", QStringLiteral("/api/v1/me"), {}, m_token);
        m_user = me.json.value(QStringLiteral("user")).toObject();
    }

    bool isValid() const { return !m_token.isEmpty(); }
    QString userId() const { return m_user.value(QStringLiteral("id")).toString(); }
    QString teamId() const { return m_user.value(QStringLiteral("team_id")).toString(); }
    QString clientId() const { return m_clientId; }
    void setPort(quint16 port) { m_port = port; }
    void setClientId(const QString &clientId) { m_clientId = clientId; }

    HttpResult pushRaw(const QJsonArray &mutations)
    {
        const QJsonObject body {
            {QStringLiteral("client_id"), m_clientId}, {QStringLiteral("mutations"), mutations}};
        return m_fixture->request(
            m_port, "POST", QStringLiteral("/api/v1/mutations"), QJsonDocument(body).toJson(), m_token);
    }
    QJsonArray push(const QJsonArray &mutations)
    {
        const HttpResult result = pushRaw(mutations);
        if (result.status != 200)
            qWarning("push answered %d: %s", result.status, result.body.constData());
        return result.json.value(QStringLiteral("results")).toArray();
    }
    QJsonObject pushOne(const Mutation &mutation)
    {
        return push({WireCodec::encode(mutation)}).at(0).toObject();
    }

    HttpResult pull(const QString &since, int limit = 500)
    {
        return m_fixture->request(m_port, "GET",
            QStringLiteral("/api/v1/changes?since=%1&limit=%2").arg(since).arg(limit), {}, m_token);
    }
    // Pulls from `since` until more is false; the changes in order, *next the last cursor.
    QList<QJsonObject> pullAll(const QString &since = {}, int limit = 500, QString *next = nullptr)
    {
        QList<QJsonObject> changes;
        QString cursor = since;
        for (int page = 0; page < 10000; ++page) {
            const HttpResult result = pull(cursor, limit);
            if (result.status != 200) {
                qWarning("pull answered %d: %s", result.status, result.body.constData());
                break;
            }
            for (const QJsonValue &change : result.json.value(QStringLiteral("changes")).toArray())
                changes.append(change.toObject());
            cursor = result.json.value(QStringLiteral("next")).toString();
            if (!result.json.value(QStringLiteral("more")).toBool())
                break;
        }
        if (next)
            *next = cursor;
        return changes;
    }
    // The ids of the records of one type among changes.
    static QStringList ids(const QList<QJsonObject> &changes, const QString &entity)
    {
        QStringList out;
        for (const QJsonObject &change : changes)
            if (change.value(QStringLiteral("entity")).toString() == entity)
                out.append(change.value(QStringLiteral("id")).toString());
        return out;
    }

    static Mutation create(EntityType entity, const QString &id, const QJsonObject &record)
    {
        return {Entity::newId(), entity, id, 0, MutationOp::Create, WireCodec::dataFields(record)};
    }
    static Mutation update(EntityType entity, const QString &id, qint64 baseRev, const QJsonObject &fields)
    {
        return {Entity::newId(), entity, id, baseRev, MutationOp::Update, fields};
    }

    static Customer customer()
    {
        Customer c;
        c.id = Entity::newId();
        c.customerNo = QStringLiteral("C") + c.id.left(8);
        c.name = QStringLiteral("张三");
        c.pinyin = QStringLiteral("zhangsan");
        c.initials = QStringLiteral("zs");
        c.idType = IdType::Passport;
        c.idNumber = QStringLiteral("E12345678");
        c.mobile = QStringLiteral("13800138000");
        c.branch = QStringLiteral("Shanghai");
        return c;
    }
    static Ticket ticket(
        const QString &teamId, const QString &customerId, TicketKind kind = TicketKind::Inquiry)
    {
        Ticket t;
        t.id = Entity::newId();
        t.number = QStringLiteral("T") + t.id.left(8);
        t.customerId = customerId;
        t.kind = kind;
        t.subject = QStringLiteral("Margin call question");
        t.description = QStringLiteral("Asks why the ratio fell");
        t.teamId = teamId;
        t.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        return t;
    }
    static TicketEvent event(
        const QString &ticketId, const QString &authorId, EventKind kind, const QString &body)
    {
        TicketEvent e;
        e.id = Entity::newId();
        e.ticketId = ticketId;
        e.kind = kind;
        e.authorId = authorId;
        e.createdAt = QDateTime::currentDateTimeUtc();
        e.body = body;
        return e;
    }

private:
    ServerFixture *m_fixture;
    quint16 m_port;
    QString m_clientId;
    QString m_token;
    QJsonObject m_user;
};
