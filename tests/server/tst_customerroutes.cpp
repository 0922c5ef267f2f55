// GET /api/v1/customers (CustomerRoutes, CustomerQuery) over HTTP against a real
// agentdesk-server: exact-key lookup outside the caller's scope, refusals, audit.
#include "serverfixture.h"
#include "synctestclient.h"

#include "core/chineseid.h"

#include <QJsonArray>

class TestCustomerRoutes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    quint16 m_port = 0;
    std::unique_ptr<SyncTestClient> m_admin;
    QString m_agentToken;
    QString m_trainerToken;
    QString m_adminToken;
    Customer m_zhang; // resident ID, one cash and one margin account
    Customer m_zhang2; // the same name, another customer
    Customer m_gone; // deleted

    static QString residentId(const QString &first17) { return first17 + ChineseId::checkDigit(first17); }

    Customer makeCustomer(
        const QString &no, const QString &name, const QString &mobile, const QString &idNumber)
    {
        Customer c = SyncTestClient::customer();
        c.customerNo = no;
        c.name = name;
        c.mobile = mobile;
        c.idType = IdType::ResidentId;
        c.idNumber = idNumber;
        const QJsonObject answer
            = m_admin->pushOne(SyncTestClient::create(EntityType::Customer, c.id, WireCodec::encode(c)));
        if (answer.value(QStringLiteral("status")).toString() != QLatin1String("applied"))
            qWarning("customer refused: %s", QJsonDocument(answer).toJson().constData());
        return c;
    }
    bool addAccount(const QString &customerId, const QString &number, AccountKind kind)
    {
        Account a;
        a.id = Entity::newId();
        a.customerId = customerId;
        a.number = number;
        a.kind = kind;
        a.openedOn = QDate(2020, 1, 2);
        const QJsonObject answer
            = m_admin->pushOne(SyncTestClient::create(EntityType::Account, a.id, WireCodec::encode(a)));
        return answer.value(QStringLiteral("status")).toString() == QLatin1String("applied");
    }
    HttpResult lookup(const QString &q, const QString &token, const QString &extra = {})
    {
        return m_fixture->request(m_port, "GET",
            QStringLiteral("/api/v1/customers?q=") + QString::fromLatin1(QUrl::toPercentEncoding(q)) + extra,
            {}, token);
    }
    static QStringList foundIds(const HttpResult &result)
    {
        QStringList ids;
        for (const QJsonValue &value : result.json.value(QStringLiteral("customers")).toArray())
            ids.append(value.toObject()
                           .value(QStringLiteral("customer"))
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString());
        return ids;
    }
    QList<QJsonObject> lookupAudit()
    {
        QList<QJsonObject> out;
        const HttpResult result
            = m_fixture->request(m_port, "GET", QStringLiteral("/api/v1/audit?limit=1000"), {}, m_adminToken);
        for (const QJsonValue &value : result.json.value(QStringLiteral("entries")).toArray())
            if (value.toObject().value(QStringLiteral("action")).toString()
                == QLatin1String("customer_lookup"))
                out.append(value.toObject());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        AGENTDESK_REQUIRE_BACKEND();
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(m_fixture->addTeam(QStringLiteral("Desk A")));
        QVERIFY(m_fixture->addTeam(QStringLiteral("Desk B")));
        QVERIFY(m_fixture->addUser(QStringLiteral("admin"), QStringLiteral("admin")));
        QVERIFY(
            m_fixture->addUser(QStringLiteral("agent"), QStringLiteral("agent"), QStringLiteral("Desk B")));
        QVERIFY(m_fixture->addUser(QStringLiteral("lead"), QStringLiteral("lead"), QStringLiteral("Desk B")));
        QVERIFY(m_fixture->addUser(QStringLiteral("trainer"), QStringLiteral("trainer")));
        m_port = m_fixture->startServer();
        QVERIFY(m_port);
        m_admin = std::make_unique<SyncTestClient>(m_fixture.get(), m_port, QStringLiteral("admin"));
        QVERIFY(m_admin->isValid());
        m_adminToken = m_fixture->login(m_port, QStringLiteral("admin"));
        m_agentToken = m_fixture->login(m_port, QStringLiteral("agent"));
        m_trainerToken = m_fixture->login(m_port, QStringLiteral("trainer"));

        m_zhang = makeCustomer(QStringLiteral("310100000001"), QStringLiteral("张三"),
            QStringLiteral("13800138000"), residentId(QStringLiteral("11010519491231002")));
        QVERIFY(addAccount(m_zhang.id, QStringLiteral("1080000000001"), AccountKind::Cash));
        QVERIFY(addAccount(m_zhang.id, QStringLiteral("2080000000001"), AccountKind::Margin));
        m_zhang2 = makeCustomer(QStringLiteral("310100000002"), QStringLiteral("张三"),
            QStringLiteral("13900139000"), residentId(QStringLiteral("31010419800101123")));
        m_gone = makeCustomer(QStringLiteral("310100000003"), QStringLiteral("李四"),
            QStringLiteral("13700137000"), residentId(QStringLiteral("44030519900615201")));
        const QJsonObject removed
            = m_admin->pushOne({Entity::newId(), EntityType::Customer, m_gone.id, 1, MutationOp::Delete, {}});
        QCOMPARE(removed.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_fixture.reset();
    }

    void findsByExactKey_data()
    {
        QTest::addColumn<QString>("q");
        QTest::addColumn<QString>("kind");
        QTest::newRow("mobile") << QStringLiteral("13800138000") << QStringLiteral("mobile");
        QTest::newRow("mobile spaced, +86")
            << QStringLiteral("+86 138-0013-8000") << QStringLiteral("mobile");
        QTest::newRow("id number") << residentId(QStringLiteral("11010519491231002"))
                                   << QStringLiteral("id_number");
        QTest::newRow("customer number") << QStringLiteral("310100000001") << QStringLiteral("number");
        QTest::newRow("cash account") << QStringLiteral("1080000000001") << QStringLiteral("number");
        QTest::newRow("margin account") << QStringLiteral("2080000000001") << QStringLiteral("number");
    }
    // A passport or a HK/Macau or Taiwan permit: the number kind finds it by the document.
    void findsByOtherDocumentNumber()
    {
        Customer visitor = SyncTestClient::customer();
        visitor.customerNo = QStringLiteral("310100000009");
        visitor.name = QStringLiteral("约翰");
        visitor.mobile = QStringLiteral("13600000009");
        visitor.idType = IdType::Passport;
        visitor.idNumber = QStringLiteral("E12345678");
        QCOMPARE(m_admin->pushOne(SyncTestClient::create(EntityType::Customer, visitor.id, WireCodec::encode(visitor)))
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("applied"));
        const HttpResult result = lookup(QStringLiteral("e12345678"), m_agentToken);
        QCOMPARE(result.status, 200);
        QCOMPARE(foundIds(result), QStringList {visitor.id});
    }

    void findsByExactKey()
    {
        QFETCH(QString, q);
        QFETCH(QString, kind);
        // The agent's team has never served this customer: found all the same.
        const HttpResult result = lookup(q, m_agentToken);
        QCOMPARE(result.status, 200);
        QCOMPARE(foundIds(result), QStringList {m_zhang.id});
        QCOMPARE(result.json.value(QStringLiteral("truncated")).toBool(), false);
        const QJsonObject found = result.json.value(QStringLiteral("customers")).toArray().at(0).toObject();
        QCOMPARE(
            found.value(QStringLiteral("customer")).toObject().value(QStringLiteral("mobile")).toString(),
            QStringLiteral("13800138000"));
        Customer decoded;
        QVERIFY(WireCodec::decode(found.value(QStringLiteral("customer")).toObject(), decoded));
        const QJsonArray accounts = found.value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 2);
        QStringList numbers;
        for (const QJsonValue &account : accounts)
            numbers.append(account.toObject().value(QStringLiteral("number")).toString());
        numbers.sort();
        QCOMPARE(numbers, (QStringList {QStringLiteral("1080000000001"), QStringLiteral("2080000000001")}));

        // Audited with the kind and the count, never the text.
        const QList<QJsonObject> audit = lookupAudit();
        QVERIFY(!audit.isEmpty());
        const QJsonObject last = audit.constLast();
        QCOMPARE(
            last.value(QStringLiteral("detail")).toObject().value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(last.value(QStringLiteral("detail")).toObject().value(QStringLiteral("count")).toInt(), 1);
        QVERIFY(!QJsonDocument(last).toJson().contains(QStringLiteral("13800138000").toUtf8()));
        QVERIFY(!QJsonDocument(last).toJson().contains(q.toUtf8()));
    }

    void nameFindsEveryOneAndTruncates()
    {
        HttpResult result = lookup(QStringLiteral("张三"), m_agentToken);
        QCOMPARE(result.status, 200);
        QStringList expected {m_zhang.id, m_zhang2.id};
        expected.sort();
        QCOMPARE(foundIds(result), expected);
        result = lookup(QStringLiteral("张三"), m_agentToken, QStringLiteral("&limit=1"));
        QCOMPARE(result.status, 200);
        QCOMPARE(foundIds(result).size(), 1);
        QCOMPARE(result.json.value(QStringLiteral("truncated")).toBool(), true);
        QCOMPARE(lookupAudit()
                     .constLast()
                     .value(QStringLiteral("detail"))
                     .toObject()
                     .value(QStringLiteral("truncated")),
            QJsonValue(true));
    }

    void deletedAndUnknownAreNotFound_data()
    {
        QTest::addColumn<QString>("q");
        QTest::newRow("deleted by mobile") << QStringLiteral("13700137000");
        QTest::newRow("deleted by name") << QStringLiteral("李四");
        QTest::newRow("unknown mobile") << QStringLiteral("13600136000");
        QTest::newRow("unknown number") << QStringLiteral("999999999999");
        QTest::newRow("unknown name") << QStringLiteral("王五");
        // Digits that are no mobile or ID number are looked up as an exact account or
        // customer number: part of a mobile number finds nothing.
        QTest::newRow("part of a mobile") << QStringLiteral("38001380");
        QString wrongCheck = residentId(QStringLiteral("11010519491231002"));
        wrongCheck.back() = wrongCheck.back() == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        QTest::newRow("wrong check digit") << wrongCheck;
    }
    void deletedAndUnknownAreNotFound()
    {
        QFETCH(QString, q);
        const HttpResult result = lookup(q, m_adminToken);
        QCOMPARE(result.status, 200);
        QVERIFY(foundIds(result).isEmpty());
        QCOMPARE(lookupAudit()
                     .constLast()
                     .value(QStringLiteral("detail"))
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInt(),
            0);
    }

    void refusesAnythingElse_data()
    {
        QTest::addColumn<QString>("q");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("masked mobile") << QStringLiteral("138****8000");
        QTest::newRow("partial name") << QStringLiteral("张");
        QTest::newRow("lower-case sql") << QStringLiteral("' OR 1=1 --");
        QTest::newRow("sql in name") << QStringLiteral("张三'; DROP TABLE records; --");
        QTest::newRow("like wildcard") << QStringLiteral("%");
        QTest::newRow("json path") << QStringLiteral("$.mobile");
        QTest::newRow("quote") << QStringLiteral("\"");
        QTest::newRow("emoji") << QStringLiteral("张三😀");
        QTest::newRow("latin name") << QStringLiteral("Zhang San");
        QTest::newRow("oversize") << QString(5000, QLatin1Char('1'));
        QTest::newRow("oversize han") << QString(200, QChar(0x5f20));
        QTest::newRow("nul") << QStringLiteral("1380013800%1").arg(QChar(0));
    }
    void refusesAnythingElse()
    {
        QFETCH(QString, q);
        const HttpResult result = lookup(q, m_agentToken);
        QCOMPARE(result.status, 422);
        QCOMPARE(result.json.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_request"));
        QVERIFY(!result.json.value(QStringLiteral("message")).toString().isEmpty());
    }

    void recordsSurviveInjection()
    {
        QCOMPARE(foundIds(lookup(QStringLiteral("13800138000"), m_adminToken)), QStringList {m_zhang.id});
    }

    void limitIsChecked_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("above max") << QStringLiteral("51");
        QTest::newRow("text") << QStringLiteral("x");
        QTest::newRow("sql") << QStringLiteral("1;DELETE");
    }
    void limitIsChecked()
    {
        QFETCH(QString, limit);
        const HttpResult result = lookup(QStringLiteral("13800138000"), m_agentToken,
            QStringLiteral("&limit=") + QString::fromLatin1(QUrl::toPercentEncoding(limit)));
        QCOMPARE(result.status, 400);
        QCOMPARE(result.json.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_parameter"));
    }

    void rolesAndAuth()
    {
        QCOMPARE(lookup(QStringLiteral("13800138000"), m_trainerToken).status, 403);
        QCOMPARE(lookup(QStringLiteral("13800138000"), QString()).status, 401);
        QCOMPARE(
            lookup(QStringLiteral("13800138000"), m_fixture->login(m_port, QStringLiteral("lead"))).status,
            200);
    }
};

QTEST_GUILESS_MAIN(TestCustomerRoutes)
#include "tst_customerroutes.moc"
