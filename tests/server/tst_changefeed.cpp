// GET /api/v1/changes (ChangeFeed) over HTTP against real agentdesk-server processes:
// visibility of pushed records, paging, scope per role, compaction and 410, and two
// instances on one database.
#include "synctestclient.h"

#include <QNetworkAccessManager>
#include <QSet>

class TestChangeFeed : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    quint16 m_port = 0;
    std::unique_ptr<SyncTestClient> m_admin, m_leadA, m_agentA, m_agentB, m_trainer;

    static QString status(const QJsonObject &answer)
    {
        return answer.value(QStringLiteral("status")).toString();
    }

    QString pushCustomer(SyncTestClient &by)
    {
        const Customer c = SyncTestClient::customer();
        const QJsonObject answer
            = by.pushOne(SyncTestClient::create(EntityType::Customer, c.id, WireCodec::encode(c)));
        return status(answer) == QLatin1String("applied") ? c.id : QString();
    }
    QString pushTicket(SyncTestClient &by, const QString &customerId)
    {
        const Ticket t = SyncTestClient::ticket(by.teamId(), customerId);
        const QJsonObject answer
            = by.pushOne(SyncTestClient::create(EntityType::Ticket, t.id, WireCodec::encode(t)));
        return status(answer) == QLatin1String("applied") ? t.id : QString();
    }
    QString pushCannedReply(SyncTestClient &by, int n)
    {
        CannedReply r;
        r.id = Entity::newId();
        r.title = QStringLiteral("Reply %1").arg(n);
        r.body = QStringLiteral("您好，{customer_name}");
        const QJsonObject answer
            = by.pushOne(SyncTestClient::create(EntityType::CannedReply, r.id, WireCodec::encode(r)));
        return status(answer) == QLatin1String("applied") ? r.id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        AGENTDESK_REQUIRE_BACKEND();
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(m_fixture->addTeam(QStringLiteral("A")));
        QVERIFY(m_fixture->addTeam(QStringLiteral("B")));
        QVERIFY(m_fixture->addUser(QStringLiteral("admin"), QStringLiteral("admin")));
        QVERIFY(m_fixture->addUser(QStringLiteral("leadA"), QStringLiteral("lead"), QStringLiteral("A")));
        QVERIFY(m_fixture->addUser(QStringLiteral("agentA"), QStringLiteral("agent"), QStringLiteral("A")));
        QVERIFY(m_fixture->addUser(QStringLiteral("agentB"), QStringLiteral("agent"), QStringLiteral("B")));
        QVERIFY(m_fixture->addUser(QStringLiteral("trainer"), QStringLiteral("trainer")));
        m_port = m_fixture->startServer();
        QVERIFY(m_port != 0);
        const auto client = [this](const char *name) {
            return std::make_unique<SyncTestClient>(m_fixture.get(), m_port, QString::fromLatin1(name));
        };
        m_admin = client("admin");
        m_leadA = client("leadA");
        m_agentA = client("agentA");
        m_agentB = client("agentB");
        m_trainer = client("trainer");
        QVERIFY(m_admin->isValid() && m_leadA->isValid() && m_agentA->isValid() && m_agentB->isValid()
            && m_trainer->isValid());
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_leadA.reset();
        m_agentA.reset();
        m_agentB.reset();
        m_trainer.reset();
        m_fixture.reset();
    }

    void emptyFeed()
    {
        const HttpResult result = m_agentA->pull({});
        QCOMPARE(result.status, 200);
        // No records yet: only the users and teams, which every role receives.
        const QJsonArray changes = result.json.value(QStringLiteral("changes")).toArray();
        QVERIFY(!changes.isEmpty());
        for (const QJsonValue &change : changes) {
            const QString entity = change.toObject().value(QStringLiteral("entity")).toString();
            QVERIFY2(entity == QLatin1String("user") || entity == QLatin1String("team"), qPrintable(entity));
        }
        QCOMPARE(result.json.value(QStringLiteral("more")).toBool(), false);
        QVERIFY(result.json.value(QStringLiteral("next")).isString());
    }

    void createdRecordIsVisible()
    {
        QString cursor;
        m_agentA->pullAll({}, 500, &cursor);
        const QString customer = pushCustomer(*m_agentA);
        QVERIFY(!customer.isEmpty());
        const QString ticket = pushTicket(*m_agentA, customer);
        QVERIFY(!ticket.isEmpty());
        const QList<QJsonObject> changes = m_agentA->pullAll(cursor);
        QCOMPARE(SyncTestClient::ids(changes, QStringLiteral("customer")), QStringList {customer});
        QCOMPARE(SyncTestClient::ids(changes, QStringLiteral("ticket")), QStringList {ticket});
        for (const QJsonObject &json : changes) {
            Change change;
            QString error;
            QVERIFY2(WireCodec::decode(json, change, &error), qPrintable(error));
            QCOMPARE(change.rev, 1);
            QVERIFY(!change.deleted);
        }
    }

    void pagingGivesEveryChangeOnce()
    {
        for (int i = 0; i < 23; ++i)
            QVERIFY(!pushCannedReply(*m_admin, i).isEmpty());
        const QList<QJsonObject> all = m_agentA->pullAll({}, 5000);
        QList<QJsonObject> paged;
        QString cursor;
        int pages = 0;
        for (; pages < 100; ++pages) {
            const HttpResult result = m_agentA->pull(cursor, 5);
            QCOMPARE(result.status, 200);
            const QJsonArray changes = result.json.value(QStringLiteral("changes")).toArray();
            QVERIFY(changes.size() <= 5);
            for (const QJsonValue &change : changes)
                paged.append(change.toObject());
            cursor = result.json.value(QStringLiteral("next")).toString();
            if (!result.json.value(QStringLiteral("more")).toBool())
                break;
            QCOMPARE(changes.size(), 5);
        }
        QVERIFY(pages >= 4); // 25 or more changes in pages of 5
        QCOMPARE(paged, all);
        QSet<qint64> seqs;
        qint64 last = 0;
        for (const QJsonObject &change : paged) {
            const qint64 seq = change.value(QStringLiteral("seq")).toInteger();
            QVERIFY(seq > last);
            last = seq;
            seqs.insert(seq);
        }
        QCOMPARE(SyncTestClient::ids(paged, QStringLiteral("canned_reply")).size(), 23);
        // At the end: nothing more, and the cursor stays put.
        const HttpResult end = m_agentA->pull(cursor, 5);
        QVERIFY(end.json.value(QStringLiteral("changes")).toArray().isEmpty());
        QCOMPARE(end.json.value(QStringLiteral("more")).toBool(), false);
        QCOMPARE(end.json.value(QStringLiteral("next")).toString(), cursor);
    }

    void scopePerTeamAndRole()
    {
        const QString customerA = pushCustomer(*m_admin);
        const QString customerB = pushCustomer(*m_admin);
        QString cursorA;
        m_agentA->pullAll({}, 500, &cursorA);
        const QString ticketA = pushTicket(*m_leadA, customerA);
        const QString ticketB = pushTicket(*m_agentB, customerB);
        QVERIFY(!ticketA.isEmpty() && !ticketB.isEmpty());

        const QList<QJsonObject> a = m_agentA->pullAll();
        QVERIFY(SyncTestClient::ids(a, QStringLiteral("ticket")).contains(ticketA));
        QVERIFY(!SyncTestClient::ids(a, QStringLiteral("ticket")).contains(ticketB));
        QVERIFY(SyncTestClient::ids(a, QStringLiteral("customer")).contains(customerA));
        QVERIFY(!SyncTestClient::ids(a, QStringLiteral("customer")).contains(customerB));
        // customerA was written before it entered team A's scope: an incremental pull
        // still brings it (a grant), before the ticket that names it.
        const QList<QJsonObject> incremental = m_agentA->pullAll(cursorA);
        QCOMPARE(SyncTestClient::ids(incremental, QStringLiteral("customer")), QStringList {customerA});
        QCOMPARE(SyncTestClient::ids(incremental, QStringLiteral("ticket")), QStringList {ticketA});
        QVERIFY(incremental.first().value(QStringLiteral("entity")).toString() == QLatin1String("customer"));

        const QList<QJsonObject> b = m_agentB->pullAll();
        QVERIFY(!SyncTestClient::ids(b, QStringLiteral("ticket")).contains(ticketA));
        QVERIFY(!SyncTestClient::ids(b, QStringLiteral("customer")).contains(customerA));
        QVERIFY(SyncTestClient::ids(b, QStringLiteral("customer")).contains(customerB));

        const QList<QJsonObject> admin = m_admin->pullAll();
        QVERIFY(SyncTestClient::ids(admin, QStringLiteral("ticket")).contains(ticketA));
        QVERIFY(SyncTestClient::ids(admin, QStringLiteral("ticket")).contains(ticketB));
        QCOMPARE(SyncTestClient::ids(admin, QStringLiteral("customer")).count(customerA), 1);

        const QList<QJsonObject> trainer = m_trainer->pullAll();
        QVERIFY(SyncTestClient::ids(trainer, QStringLiteral("ticket")).isEmpty());
        QVERIFY(SyncTestClient::ids(trainer, QStringLiteral("customer")).isEmpty());
        QVERIFY(SyncTestClient::ids(trainer, QStringLiteral("canned_reply")).isEmpty());
    }

    void trainerGetsKnowledgeScrubbed()
    {
        Article article;
        article.id = Entity::newId();
        article.title = QStringLiteral("融资融券维持担保比例");
        article.body = QStringLiteral("低于130%将平仓");
        article.status = ArticleStatus::Draft;
        article.authorId = m_trainer->userId();
        QCOMPARE(status(m_trainer->pushOne(
                     SyncTestClient::create(EntityType::Article, article.id, WireCodec::encode(article)))),
            QStringLiteral("applied"));
        CaseStudy study;
        study.id = Entity::newId();
        study.title = QStringLiteral("Margin call complaint");
        study.issue = QStringLiteral("Forced liquidation without notice");
        study.handling = QStringLiteral("Showed the notices sent");
        study.sourceTicketId = Entity::newId();
        study.authorId = m_trainer->userId();
        study.createdAt = QDateTime::currentDateTimeUtc();
        const QJsonObject answer = m_trainer->pushOne(
            SyncTestClient::create(EntityType::CaseStudy, study.id, WireCodec::encode(study)));
        QVERIFY2(status(answer) == QLatin1String("applied"),
            answer.value(QStringLiteral("message")).toString().toUtf8());

        QJsonObject seen;
        for (const QJsonObject &change : m_trainer->pullAll())
            if (change.value(QStringLiteral("id")).toString() == study.id)
                seen = change.value(QStringLiteral("data")).toObject();
        QVERIFY(!seen.isEmpty());
        QVERIFY(seen.value(QStringLiteral("source_ticket_id")).isNull());
        QCOMPARE(seen.value(QStringLiteral("title")).toString(), study.title);

        // A draft reaches the desk as a tombstone, and in full once published.
        QJsonObject draft;
        for (const QJsonObject &change : m_agentA->pullAll())
            if (change.value(QStringLiteral("id")).toString() == article.id)
                draft = change;
        QCOMPARE(draft.value(QStringLiteral("deleted")).toBool(), true);
        QVERIFY(draft.value(QStringLiteral("data")).toObject().isEmpty());
        QCOMPARE(status(m_trainer->pushOne(SyncTestClient::update(EntityType::Article, article.id, 1,
                     {{QStringLiteral("status"), QStringLiteral("published")},
                         {QStringLiteral("category_id"), Entity::newId()},
                         {QStringLiteral("effective_from"), QStringLiteral("2026-11-01")},
                         {QStringLiteral("signed_off_by"), m_admin->userId()},
                         {QStringLiteral("signed_off_at"),
                             WireCodec::dateTimeToWire(QDateTime::currentDateTimeUtc())}}))),
            QStringLiteral("applied"));
        QJsonObject published;
        for (const QJsonObject &change : m_agentA->pullAll())
            if (change.value(QStringLiteral("id")).toString() == article.id)
                published = change;
        QCOMPARE(published.value(QStringLiteral("deleted")).toBool(), false);
        QCOMPARE(
            published.value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("published"));
    }

    void cursorErrors()
    {
        QCOMPARE(m_agentA->pull(QStringLiteral("abc")).status, 400);
        QCOMPARE(m_agentA->pull({}, 0).status, 400);
        QCOMPARE(m_agentA->pull({}, 5001).status, 400);
        const HttpResult future = m_agentA->pull(QStringLiteral("999999999"));
        QCOMPARE(future.status, 410);
        QCOMPARE(future.json.value(QStringLiteral("code")).toString(), QStringLiteral("cursor_expired"));
        QCOMPARE(m_fixture->request(m_port, "GET", QStringLiteral("/api/v1/changes")).status, 401);
    }

    void expiredAfterCompaction()
    {
        QString before;
        m_admin->pullAll({}, 500, &before);
        const QString doomed = pushCannedReply(*m_admin, 99);
        const Mutation remove {Entity::newId(), EntityType::CannedReply, doomed, 1, MutationOp::Delete, {}};
        QCOMPARE(status(m_admin->pushOne(remove)), QStringLiteral("applied"));
        QString after;
        const QList<QJsonObject> changes = m_admin->pullAll(before, 500, &after);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.last().value(QStringLiteral("deleted")).toBool(), true);
        QVERIFY(changes.last().value(QStringLiteral("data")).toObject().isEmpty());

        QCOMPARE(m_fixture->cli(
                     {QStringLiteral("compact"), QStringLiteral("--tombstone-days"), QStringLiteral("0")}),
            0);
        const HttpResult expired = m_admin->pull(before);
        QCOMPARE(expired.status, 410);
        QCOMPARE(expired.json.value(QStringLiteral("code")).toString(), QStringLiteral("cursor_expired"));
        QVERIFY(!expired.json.value(QStringLiteral("message")).toString().isEmpty());
        // A cursor at or past the horizon, and a full resync, still work.
        QCOMPARE(m_admin->pull(after).status, 200);
        const QList<QJsonObject> resync = m_admin->pullAll();
        QVERIFY(!resync.isEmpty());
        QVERIFY(!SyncTestClient::ids(resync, QStringLiteral("canned_reply")).contains(doomed));
    }

    void twoInstances()
    {
        const quint16 second = m_fixture->startServer();
        QVERIFY(second != 0);
        SyncTestClient onA(m_fixture.get(), m_port, QStringLiteral("leadA"));
        SyncTestClient onB(m_fixture.get(), second, QStringLiteral("leadA"));
        onB.setClientId(onA.clientId());
        QString cursor;
        onB.pullAll({}, 500, &cursor);

        const QString customer = pushCustomer(*m_admin);
        const Ticket t = SyncTestClient::ticket(onA.teamId(), customer);
        const Mutation m = SyncTestClient::create(EntityType::Ticket, t.id, WireCodec::encode(t));
        const QJsonObject first = onA.pushOne(m);
        QCOMPARE(status(first), QStringLiteral("applied"));
        QCOMPARE(SyncTestClient::ids(onB.pullAll(cursor), QStringLiteral("ticket")), QStringList {t.id});
        const QJsonObject retried = onB.pushOne(m);
        QCOMPARE(status(retried), QStringLiteral("duplicate"));
        QCOMPARE(retried.value(QStringLiteral("answer")).toObject(), first);
        QCOMPARE(SyncTestClient::ids(onA.pullAll(), QStringLiteral("ticket")).count(t.id), 1);
    }
    void concurrentPushToTwoInstances()
    {
        // The same batch sent to two instances at once: each mutation is applied by one
        // and answered duplicate by the other, and the feed carries each record once.
        const quint16 second = m_fixture->startServer();
        QVERIFY(second != 0);
        const QString token = m_fixture->login(m_port, QStringLiteral("leadA"));
        QJsonArray mutations;
        QStringList ids;
        for (int i = 0; i < 40; ++i) {
            const Ticket t = SyncTestClient::ticket(m_leadA->teamId(), {});
            ids.append(t.id);
            mutations.append(
                WireCodec::encode(SyncTestClient::create(EntityType::Ticket, t.id, WireCodec::encode(t))));
        }
        const QByteArray body = QJsonDocument(
            QJsonObject {{QStringLiteral("client_id"), QStringLiteral("racer")},
                {QStringLiteral("mutations"),
                    mutations}}).toJson();
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QList<QNetworkReply *> replies;
        for (const quint16 port : {m_port, second}) {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/mutations").arg(port)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            replies.append(nam.post(request, body));
        }
        for (QNetworkReply *reply : std::as_const(replies)) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(60000));
        }
        QList<QJsonArray> results;
        for (QNetworkReply *reply : std::as_const(replies)) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            results.append(QJsonDocument::fromJson(reply->readAll())
                               .object()
                               .value(QStringLiteral("results"))
                               .toArray());
            reply->deleteLater();
        }
        for (int i = 0; i < ids.size(); ++i) {
            const QString a = results.at(0).at(i).toObject().value(QStringLiteral("status")).toString();
            const QString b = results.at(1).at(i).toObject().value(QStringLiteral("status")).toString();
            QVERIFY2((a == QLatin1String("applied") && b == QLatin1String("duplicate"))
                    || (a == QLatin1String("duplicate") && b == QLatin1String("applied")),
                qPrintable(a + QLatin1Char('/') + b));
        }
        const QStringList fed = SyncTestClient::ids(m_admin->pullAll(), QStringLiteral("ticket"));
        for (const QString &id : std::as_const(ids))
            QCOMPARE(fed.count(id), 1);
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
