// POST /api/v1/mutations (MutationProcessor) over HTTP against a real agentdesk-server.
#include "synctestclient.h"

class TestMutationProcessor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    quint16 m_port = 0;
    std::unique_ptr<SyncTestClient> m_admin, m_lead, m_agent, m_agent2, m_otherAgent, m_trainer;
    QString m_customerId;

    static QString status(const QJsonObject &answer)
    {
        return answer.value(QStringLiteral("status")).toString();
    }
    static QString code(const QJsonObject &answer) { return answer.value(QStringLiteral("code")).toString(); }

    // A ticket of team A created by the lead; returns its id.
    QString newTicket(TicketKind kind = TicketKind::Inquiry)
    {
        const Ticket t = SyncTestClient::ticket(m_lead->teamId(), m_customerId, kind);
        const QJsonObject answer
            = m_lead->pushOne(SyncTestClient::create(EntityType::Ticket, t.id, WireCodec::encode(t)));
        return status(answer) == QLatin1String("applied") ? t.id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        AGENTDESK_REQUIRE_BACKEND();
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(m_fixture->addTeam(QStringLiteral("A")));
        QVERIFY(m_fixture->addTeam(QStringLiteral("B")));
        QVERIFY(m_fixture->addUser(QStringLiteral("admin"), QStringLiteral("admin")));
        QVERIFY(m_fixture->addUser(QStringLiteral("lead"), QStringLiteral("lead"), QStringLiteral("A")));
        QVERIFY(m_fixture->addUser(QStringLiteral("agent"), QStringLiteral("agent"), QStringLiteral("A")));
        QVERIFY(m_fixture->addUser(QStringLiteral("agent2"), QStringLiteral("agent"), QStringLiteral("A")));
        QVERIFY(m_fixture->addUser(QStringLiteral("other"), QStringLiteral("agent"), QStringLiteral("B")));
        QVERIFY(m_fixture->addUser(QStringLiteral("trainer"), QStringLiteral("trainer")));
        m_port = m_fixture->startServer();
        QVERIFY(m_port != 0);
        const auto client = [this](const char *name) {
            return std::make_unique<SyncTestClient>(m_fixture.get(), m_port, QString::fromLatin1(name));
        };
        m_admin = client("admin");
        m_lead = client("lead");
        m_agent = client("agent");
        m_agent2 = client("agent2");
        m_otherAgent = client("other");
        m_trainer = client("trainer");
        QVERIFY(m_admin->isValid() && m_lead->isValid() && m_agent->isValid() && m_otherAgent->isValid());
        const Customer c = SyncTestClient::customer();
        QCOMPARE(status(m_admin->pushOne(
                     SyncTestClient::create(EntityType::Customer, c.id, WireCodec::encode(c)))),
            QStringLiteral("applied"));
        m_customerId = c.id;
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_lead.reset();
        m_agent.reset();
        m_agent2.reset();
        m_otherAgent.reset();
        m_trainer.reset();
        m_fixture.reset();
    }

    void createFillsSla()
    {
        const Ticket t = SyncTestClient::ticket(m_agent->teamId(), m_customerId, TicketKind::Complaint);
        const QJsonObject answer
            = m_agent->pushOne(SyncTestClient::create(EntityType::Ticket, t.id, WireCodec::encode(t)));
        QCOMPARE(status(answer), QStringLiteral("applied"));
        QCOMPARE(answer.value(QStringLiteral("rev")).toInteger(), 1);
        QCOMPARE(answer.value(QStringLiteral("mutation_id")).toString().isEmpty(), false);
        QString next;
        const QList<QJsonObject> changes = m_agent->pullAll({}, 500, &next);
        QJsonObject data;
        for (const QJsonObject &change : changes)
            if (change.value(QStringLiteral("id")).toString() == t.id)
                data = change.value(QStringLiteral("data")).toObject();
        QVERIFY(!data.isEmpty());
        QVERIFY(!data.value(QStringLiteral("accept_due")).toString().isEmpty());
        QVERIFY(!data.value(QStringLiteral("reply_due")).toString().isEmpty());
        QVERIFY(
            WireCodec::dateTimeFromWire(data.value(QStringLiteral("reply_due")).toString()) > t.createdAt);
    }

    void idempotentRetry()
    {
        const Ticket t = SyncTestClient::ticket(m_lead->teamId(), m_customerId);
        const Mutation m = SyncTestClient::create(EntityType::Ticket, t.id, WireCodec::encode(t));
        const QJsonObject first = m_lead->pushOne(m);
        QCOMPARE(status(first), QStringLiteral("applied"));
        const QJsonObject again = m_lead->pushOne(m);
        QCOMPARE(status(again), QStringLiteral("duplicate"));
        QCOMPARE(again.value(QStringLiteral("answer")).toObject(), first);
        // Applied once: one change row, rev 1.
        const QList<QJsonObject> changes = m_admin->pullAll();
        QCOMPARE(SyncTestClient::ids(changes, QStringLiteral("ticket")).count(t.id), 1);
        // The same mutation id from another client is another mutation (here: a conflict).
        SyncTestClient other(m_fixture.get(), m_port, QStringLiteral("lead"));
        QCOMPARE(status(other.pushOne(m)), QStringLiteral("conflict"));
    }

    void mergeDifferentFields()
    {
        const QString id = newTicket();
        QVERIFY(!id.isEmpty());
        const QJsonObject a = m_lead->pushOne(SyncTestClient::update(
            EntityType::Ticket, id, 1, {{QStringLiteral("subject"), QStringLiteral("New subject")}}));
        QCOMPARE(status(a), QStringLiteral("applied"));
        QCOMPARE(a.value(QStringLiteral("rev")).toInteger(), 2);
        // Made against rev 1 too, but another field: merged on top.
        const QJsonObject b = m_agent->pushOne(SyncTestClient::update(
            EntityType::Ticket, id, 1, {{QStringLiteral("description"), QStringLiteral("More detail")}}));
        QCOMPARE(status(b), QStringLiteral("applied"));
        QCOMPARE(b.value(QStringLiteral("rev")).toInteger(), 3);
        // The same field from rev 1: conflict with the server copy, nothing changes.
        const QJsonObject c = m_agent2->pushOne(SyncTestClient::update(
            EntityType::Ticket, id, 1, {{QStringLiteral("subject"), QStringLiteral("Mine")}}));
        QCOMPARE(status(c), QStringLiteral("conflict"));
        const QJsonObject server = c.value(QStringLiteral("server")).toObject();
        QCOMPARE(server.value(QStringLiteral("subject")).toString(), QStringLiteral("New subject"));
        QCOMPARE(server.value(QStringLiteral("description")).toString(), QStringLiteral("More detail"));
        QCOMPARE(server.value(QStringLiteral("rev")).toInteger(), 3);
        QCOMPARE(c.value(QStringLiteral("fields")).toArray(), QJsonArray {QStringLiteral("subject")});
        QCOMPARE(c.value(QStringLiteral("server_wins")).toBool(), false);
        // Against the current rev the same edit applies.
        QCOMPARE(status(m_agent2->pushOne(SyncTestClient::update(
                     EntityType::Ticket, id, 3, {{QStringLiteral("subject"), QStringLiteral("Mine")}}))),
            QStringLiteral("applied"));
    }

    void agentsClaimAndHandBackButDoNotAssign()
    {
        const QString id = newTicket();
        QVERIFY(!id.isEmpty());
        const auto assign = [&](SyncTestClient &who, qint64 rev, const QString &assignee) {
            return who.pushOne(SyncTestClient::update(EntityType::Ticket, id, rev,
                {{QStringLiteral("assignee_id"), assignee.isEmpty() ? QJsonValue() : QJsonValue(assignee)}}));
        };
        // Giving an unassigned ticket to a colleague is a lead's job.
        const QJsonObject toColleague = assign(*m_agent, 1, m_agent2->userId());
        QCOMPARE(status(toColleague), QStringLiteral("rejected"));
        QCOMPARE(code(toColleague), QStringLiteral("forbidden"));
        QCOMPARE(status(assign(*m_agent, 1, m_agent->userId())), QStringLiteral("applied")); // claim
        // Held: the colleague can neither take it nor hand it back.
        QCOMPARE(code(assign(*m_agent2, 2, m_agent2->userId())), QStringLiteral("forbidden"));
        QCOMPARE(code(assign(*m_agent2, 2, QString())), QStringLiteral("forbidden"));
        // The holder hands it back; the lead then gives it to the colleague.
        QCOMPARE(status(assign(*m_agent, 2, QString())), QStringLiteral("applied"));
        QCOMPARE(status(assign(*m_lead, 3, m_agent2->userId())), QStringLiteral("applied"));
    }

    void mergeAndIncidentFollowTheRules()
    {
        const QString survivor = newTicket(TicketKind::Complaint);
        const QString duplicate = newTicket(TicketKind::Complaint);
        const QString child = newTicket();
        QVERIFY(!survivor.isEmpty() && !duplicate.isEmpty() && !child.isEmpty());
        const auto update = [](SyncTestClient &who, const QString &id, qint64 rev, const QJsonObject &fields) {
            return who.pushOne(SyncTestClient::update(EntityType::Ticket, id, rev, fields));
        };
        const QString merged = QStringLiteral("merged_into_id");
        // A trainer may not; the lead may, and the server closes the duplicate as merged
        // whatever state the client sent.
        QCOMPARE(code(update(*m_trainer, duplicate, 1, {{merged, survivor}})), QStringLiteral("forbidden"));
        const QJsonObject applied = update(*m_lead, duplicate, 1, {{merged, survivor}});
        QVERIFY2(status(applied) == QLatin1String("applied"), qPrintable(QJsonDocument(applied).toJson()));
        QJsonObject record;
        for (const QJsonObject &change : m_lead->pullAll())
            if (change.value(QStringLiteral("id")).toString() == duplicate)
                record = change.value(QStringLiteral("data")).toObject();
        QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
        QCOMPARE(record.value(QStringLiteral("resolution")).toString(), QStringLiteral("merged"));
        const qint64 rev = applied.value(QStringLiteral("rev")).toInteger();
        const QJsonObject undo = update(*m_lead, duplicate, rev, {{merged, QJsonValue()}});
        QCOMPARE(code(undo), QStringLiteral("invalid_record"));
        // Closing by hand "as merged" is not a merge.
        const QJsonObject fake = update(*m_lead, child, 1,
            {{QStringLiteral("state"), QStringLiteral("closed")}, {QStringLiteral("resolution"), QStringLiteral("merged")}});
        QCOMPARE(status(fake), QStringLiteral("rejected"));

        // Incidents are one level deep.
        QCOMPARE(status(update(*m_lead, child, 1, {{QStringLiteral("parent_id"), survivor}})),
            QStringLiteral("applied"));
        const QJsonObject nested = update(*m_lead, survivor, 1, {{QStringLiteral("parent_id"), child}});
        QCOMPARE(code(nested), QStringLiteral("forbidden"));
        QCOMPARE(nested.value(QStringLiteral("fields")).toArray(), QJsonArray {QStringLiteral("parent_id")});
        const QJsonObject unknown = update(*m_lead, survivor, 1, {{QStringLiteral("parent_id"), Entity::newId()}});
        QCOMPARE(code(unknown), QStringLiteral("unknown_ticket"));
    }

    void newTicketsFollowTheTeamsAssignmentRule()
    {
        QString teamId = m_lead->teamId();
        const auto setRule = [&](SyncTestClient &who, const char *rule) {
            return who.pushOne(SyncTestClient::update(
                EntityType::Team, teamId, 1, {{QStringLiteral("assignment_rule"), QString::fromLatin1(rule)}}));
        };
        QCOMPARE(code(setRule(*m_agent, "round_robin")), QStringLiteral("forbidden"));
        QCOMPARE(code(setRule(*m_otherAgent, "round_robin")), QStringLiteral("forbidden"));
        QCOMPARE(status(setRule(*m_lead, "by_mood")), QStringLiteral("rejected"));
        const QJsonObject renamed = m_lead->pushOne(SyncTestClient::update(
            EntityType::Team, teamId, 1, {{QStringLiteral("name"), QStringLiteral("X")}}));
        QCOMPARE(code(renamed), QStringLiteral("invalid_record"));
        QCOMPARE(status(setRule(*m_lead, "round_robin")), QStringLiteral("applied"));

        const auto assigneeOf = [&](const QString &id) {
            QString found;
            for (const QJsonObject &change : m_lead->pullAll())
                if (change.value(QStringLiteral("id")).toString() == id)
                    found = change.value(QStringLiteral("data")).toObject().value(QStringLiteral("assignee_id")).toString();
            return found;
        };
        // Round robin deals the team's two agents in turn.
        QStringList dealt;
        for (int i = 0; i < 4; ++i)
            dealt.append(assigneeOf(newTicket()));
        const QStringList agents {m_agent->userId(), m_agent2->userId()};
        for (const QString &who : dealt)
            QVERIFY(agents.contains(who));
        // Each routed ticket tells why in its history, written by the system.
        int routingEvents = 0;
        for (const QJsonObject &change : m_lead->pullAll()) {
            const QJsonObject data = change.value(QStringLiteral("data")).toObject();
            if (data.value(QStringLiteral("kind")).toString() == QLatin1String("assignment")
                && data.value(QStringLiteral("extra")).toObject().value(QStringLiteral("rule")).toString()
                    == QLatin1String("round_robin"))
                ++routingEvents;
        }
        QCOMPARE(routingEvents, 4);
        QCOMPARE(dealt.at(0), dealt.at(2));
        QCOMPARE(dealt.at(1), dealt.at(3));
        QVERIFY(dealt.at(0) != dealt.at(1));

        // Least loaded: give one agent three more open tickets; the next ones go to the other.
        const QString busy = dealt.at(0);
        SyncTestClient &busyClient = busy == m_agent->userId() ? *m_agent : *m_agent2;
        for (int i = 0; i < 3; ++i) {
            const Ticket t = SyncTestClient::ticket(teamId, m_customerId);
            Ticket mine = t;
            mine.assigneeId = busy;
            QCOMPARE(status(busyClient.pushOne(SyncTestClient::create(EntityType::Ticket, t.id, WireCodec::encode(mine)))),
                QStringLiteral("applied"));
        }
        QCOMPARE(status(setRule(*m_lead, "least_loaded")), QStringLiteral("applied"));
        QVERIFY(assigneeOf(newTicket()) != busy);
        QVERIFY(assigneeOf(newTicket()) != busy);
        // Manual again: new tickets wait in the team queue.
        QCOMPARE(status(setRule(*m_lead, "manual")), QStringLiteral("applied"));
        QVERIFY(assigneeOf(newTicket()).isEmpty());
    }

    void stateConflictServerWins()
    {
        const QString id = newTicket();
        QVERIFY(!id.isEmpty());
        const QJsonObject first = m_agent->pushOne(SyncTestClient::update(
            EntityType::Ticket, id, 1, {{QStringLiteral("state"), QStringLiteral("processing")}}));
        QCOMPARE(status(first), QStringLiteral("applied"));
        const QJsonObject second = m_lead->pushOne(SyncTestClient::update(
            EntityType::Ticket, id, 1, {{QStringLiteral("assignee_id"), m_agent2->userId()}}));
        QCOMPARE(status(second), QStringLiteral("conflict"));
        QCOMPARE(second.value(QStringLiteral("server_wins")).toBool(), true);
        // The first agent claimed the ticket by working it.
        QCOMPARE(
            second.value(QStringLiteral("server")).toObject().value(QStringLiteral("assignee_id")).toString(),
            m_agent->userId());
    }

    void illegalTransitionRejected()
    {
        const QString id = newTicket();
        QVERIFY(!id.isEmpty());
        const QJsonObject closed = m_agent->pushOne(SyncTestClient::update(EntityType::Ticket, id, 1,
            {{QStringLiteral("state"), QStringLiteral("closed")},
                {QStringLiteral("resolution"), QStringLiteral("explained")}}));
        QCOMPARE(status(closed), QStringLiteral("rejected"));
        QCOMPARE(code(closed), QStringLiteral("transition_refused"));
        QVERIFY(
            closed.value(QStringLiteral("message")).toString().contains(QStringLiteral("cannot go from")));

        // New → replied needs the reply text: refused without a reply event, applied after one.
        const QJsonObject noReply = m_agent->pushOne(SyncTestClient::update(
            EntityType::Ticket, id, 1, {{QStringLiteral("state"), QStringLiteral("replied")}}));
        QCOMPARE(code(noReply), QStringLiteral("transition_refused"));
        QCOMPARE(
            noReply.value(QStringLiteral("fields")).toArray(), QJsonArray {QStringLiteral("reply_text")});
        const TicketEvent reply
            = SyncTestClient::event(id, m_agent->userId(), EventKind::Reply, QStringLiteral("您好"));
        const QJsonArray results = m_agent->push({
            WireCodec::encode(
                SyncTestClient::create(EntityType::TicketEvent, reply.id, WireCodec::encode(reply))),
            WireCodec::encode(SyncTestClient::update(
                EntityType::Ticket, id, 1, {{QStringLiteral("state"), QStringLiteral("replied")}})),
        });
        QCOMPARE(status(results.at(0).toObject()), QStringLiteral("applied"));
        QCOMPARE(status(results.at(1).toObject()), QStringLiteral("applied"));
    }

    void appendOnlyUpdateRejected()
    {
        const QString id = newTicket();
        const TicketEvent note
            = SyncTestClient::event(id, m_agent->userId(), EventKind::Note, QStringLiteral("called back"));
        QCOMPARE(status(m_agent->pushOne(
                     SyncTestClient::create(EntityType::TicketEvent, note.id, WireCodec::encode(note)))),
            QStringLiteral("applied"));
        const QJsonObject update = m_agent->pushOne(SyncTestClient::update(
            EntityType::TicketEvent, note.id, 1, {{QStringLiteral("body"), QStringLiteral("edited")}}));
        QCOMPARE(status(update), QStringLiteral("rejected"));
        QCOMPARE(code(update), QStringLiteral("append_only"));
        const Mutation remove {Entity::newId(), EntityType::TicketEvent, note.id, 1, MutationOp::Delete, {}};
        QCOMPARE(code(m_agent->pushOne(remove)), QStringLiteral("append_only"));
    }

    void malformedInBatch()
    {
        const Ticket good = SyncTestClient::ticket(m_lead->teamId(), m_customerId);
        QJsonObject unknownEntity
            = WireCodec::encode(SyncTestClient::create(EntityType::Ticket, Entity::newId(), {}));
        unknownEntity.insert(QStringLiteral("entity"), QStringLiteral("spaceship"));
        QJsonObject badField = WireCodec::encode(SyncTestClient::create(EntityType::Ticket, Entity::newId(),
            WireCodec::encode(SyncTestClient::ticket(m_lead->teamId(), m_customerId))));
        QJsonObject fields = badField.value(QStringLiteral("fields")).toObject();
        fields.insert(QStringLiteral("priority"), 7);
        badField.insert(QStringLiteral("fields"), fields);
        Ticket invalid = SyncTestClient::ticket(m_lead->teamId(), m_customerId);
        invalid.subject.clear();
        const QJsonArray results = m_lead->push({
            WireCodec::encode(SyncTestClient::create(EntityType::Ticket, good.id, WireCodec::encode(good))),
            QJsonValue(7),
            QJsonObject {{QStringLiteral("mutation_id"), QStringLiteral("m-no-entity")}},
            unknownEntity,
            badField,
            WireCodec::encode(
                SyncTestClient::create(EntityType::Ticket, invalid.id, WireCodec::encode(invalid))),
        });
        QCOMPARE(results.size(), 6);
        QCOMPARE(status(results.at(0).toObject()), QStringLiteral("applied"));
        for (int i = 1; i < 5; ++i) {
            QCOMPARE(status(results.at(i).toObject()), QStringLiteral("rejected"));
            QCOMPARE(code(results.at(i).toObject()), QStringLiteral("invalid_mutation"));
            QVERIFY(!results.at(i).toObject().value(QStringLiteral("message")).toString().isEmpty());
        }
        QVERIFY(results.at(1).toObject().value(QStringLiteral("mutation_id")).isNull());
        QCOMPARE(results.at(2).toObject().value(QStringLiteral("mutation_id")).toString(),
            QStringLiteral("m-no-entity"));
        QVERIFY(results.at(4)
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("priority")));
        QCOMPARE(code(results.at(5).toObject()), QStringLiteral("invalid_record"));
        QCOMPARE(results.at(5).toObject().value(QStringLiteral("fields")).toArray(),
            QJsonArray {QStringLiteral("subject")});
    }

    void scopeAndRoleForbidden()
    {
        const QString id = newTicket();
        const QJsonObject otherTeam = m_otherAgent->pushOne(SyncTestClient::update(
            EntityType::Ticket, id, 1, {{QStringLiteral("subject"), QStringLiteral("hijack")}}));
        QCOMPARE(code(otherTeam), QStringLiteral("forbidden"));
        const Ticket foreign = SyncTestClient::ticket(m_lead->teamId(), m_customerId);
        QCOMPARE(code(m_otherAgent->pushOne(
                     SyncTestClient::create(EntityType::Ticket, foreign.id, WireCodec::encode(foreign)))),
            QStringLiteral("forbidden"));
        const TicketEvent note
            = SyncTestClient::event(id, m_otherAgent->userId(), EventKind::Note, QStringLiteral("x"));
        QCOMPARE(code(m_otherAgent->pushOne(
                     SyncTestClient::create(EntityType::TicketEvent, note.id, WireCodec::encode(note)))),
            QStringLiteral("forbidden"));
        const Ticket byTrainer = SyncTestClient::ticket(m_lead->teamId(), m_customerId);
        QCOMPARE(code(m_trainer->pushOne(
                     SyncTestClient::create(EntityType::Ticket, byTrainer.id, WireCodec::encode(byTrainer)))),
            QStringLiteral("forbidden"));
        // Team B never served this customer.
        QCOMPARE(code(m_otherAgent->pushOne(SyncTestClient::update(EntityType::Customer, m_customerId, 1,
                     {{QStringLiteral("branch"), QStringLiteral("Beijing")}}))),
            QStringLiteral("forbidden"));
        User user;
        user.id = Entity::newId();
        user.username = QStringLiteral("sneaky");
        user.displayName = QStringLiteral("S");
        QCOMPARE(code(m_admin->pushOne(
                     SyncTestClient::create(EntityType::User, user.id, WireCodec::encode(user)))),
            QStringLiteral("forbidden"));
    }

    void requestErrors()
    {
        const QByteArray noClient = R"({"mutations": []})";
        HttpResult result
            = m_fixture->request(m_port, "POST", QStringLiteral("/api/v1/mutations"), noClient, QString());
        QCOMPARE(result.status, 401);
        const QString token = m_fixture->login(m_port, QStringLiteral("agent"));
        result = m_fixture->request(m_port, "POST", QStringLiteral("/api/v1/mutations"), noClient, token);
        QCOMPARE(result.status, 422);
        result = m_fixture->request(m_port, "POST", QStringLiteral("/api/v1/mutations"), "{", token);
        QCOMPARE(result.json.value(QStringLiteral("code")).toString(), QStringLiteral("malformed_json"));
        QJsonArray many;
        for (int i = 0; i < 501; ++i)
            many.append(QJsonObject());
        result = m_agent->pushRaw(many);
        QCOMPARE(result.status, 413);
        QCOMPARE(result.json.value(QStringLiteral("code")).toString(), QStringLiteral("too_many_mutations"));
    }
};

QTEST_GUILESS_MAIN(TestMutationProcessor)
#include "tst_mutationprocessor.moc"
