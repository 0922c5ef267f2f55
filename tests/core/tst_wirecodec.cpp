#include "core/wirecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {

const QDateTime kTime(QDate(2026, 11, 27), QTime(3, 4, 5, 123), QTimeZone::utc());
const QDate kDate(2026, 11, 27);

QDateTime at(int minutes)
{
    return kTime.addSecs(qint64(minutes) * 60);
}

template<typename T> T withCommon(const char *id)
{
    T t;
    t.id = QString::fromLatin1(id);
    t.rev = 7;
    t.updatedAt = kTime;
    t.deleted = true;
    return t;
}

// Every field set to a value other than its default, so that a field read into
// the wrong member shows up as a difference on re-encoding.
Customer fullCustomer()
{
    auto c = withCommon<Customer>("c-1");
    c.customerNo = QStringLiteral("880012345678");
    c.name = QStringLiteral("张三");
    c.pinyin = QStringLiteral("zhangsan");
    c.initials = QStringLiteral("zs");
    c.idType = IdType::Passport;
    c.idNumber = QStringLiteral("E12345678");
    c.mobile = QStringLiteral("13800001234");
    c.email = QStringLiteral("zs@example.com");
    c.branch = QStringLiteral("上海浦东营业部");
    c.accountManager = QStringLiteral("李四");
    c.investorType = InvestorType::Professional;
    c.riskClass = RiskClass::Lowest;
    c.assessedOn = kDate;
    c.assessmentExpires = kDate.addYears(2);
    c.vipLevel = 3;
    c.status = CustomerStatus::Frozen;
    c.tags = {QStringLiteral("vip"), QStringLiteral("两融")};
    return c;
}

Account fullAccount()
{
    auto a = withCommon<Account>("a-1");
    a.customerId = QStringLiteral("c-1");
    a.number = QStringLiteral("0800123456");
    a.kind = AccountKind::Margin;
    a.status = AccountStatus::Dormant;
    a.assetsFen = 9007199254740991; // 2^53 - 1, the largest integer allowed
    a.liabilitiesFen = -12345;
    a.maintenanceRatio = 1.35;
    a.topUpDeadline = kDate.addDays(2);
    a.openedOn = QDate(2019, 1, 2);
    return a;
}

Holding fullHolding()
{
    auto h = withCommon<Holding>("h-1");
    h.accountId = QStringLiteral("a-1");
    h.customerId = QStringLiteral("c-1");
    h.productCode = QStringLiteral("600519");
    h.productName = QStringLiteral("贵州茅台");
    h.productRisk = ProductRisk::R5;
    h.quantity = 300;
    h.marketValueFen = 51234500;
    return h;
}

Trade fullTrade()
{
    auto t = withCommon<Trade>("tr-1");
    t.accountId = QStringLiteral("a-1");
    t.customerId = QStringLiteral("c-1");
    t.productCode = QStringLiteral("510300");
    t.productName = QStringLiteral("沪深300ETF");
    t.side = TradeSide::Sell;
    t.quantity = 1000;
    t.priceMilli = 3912;
    t.tradedAt = at(-60);
    return t;
}

RiskAlert fullRiskAlert()
{
    auto r = withCommon<RiskAlert>("r-1");
    r.customerId = QStringLiteral("c-1");
    r.accountId = QStringLiteral("a-1");
    r.kind = RiskAlertKind::MarginCall;
    r.severity = Severity::Critical;
    r.text = QStringLiteral("维持担保比例低于130%");
    r.state = AlertState::Acknowledged;
    r.raisedAt = at(-5);
    r.acknowledgedBy = QStringLiteral("u-1");
    r.acknowledgedAt = at(-1);
    return r;
}

Interaction fullInteraction()
{
    auto i = withCommon<Interaction>("i-1");
    i.customerId = QStringLiteral("c-1");
    i.channel = Channel::Transfer12386;
    i.direction = Direction::Outbound;
    i.agentId = QStringLiteral("u-1");
    i.startedAt = at(-30);
    i.durationSeconds = 425;
    i.summary = QStringLiteral("回访");
    i.recordingRef = QStringLiteral("rec://2026/11/27/0001");
    i.ticketId = QStringLiteral("t-1");
    return i;
}

Ticket fullTicket()
{
    auto t = withCommon<Ticket>("t-1");
    t.number = QStringLiteral("T20261127000042");
    t.customerId = QStringLiteral("c-1");
    t.kind = TicketKind::Complaint;
    t.source = Channel::Transfer12386;
    t.category = TicketCategory::Margin;
    t.subject = QStringLiteral("强制平仓");
    t.description = QStringLiteral("客户对平仓有异议");
    t.priority = Priority::Urgent;
    t.state = TicketState::Mediation;
    t.assigneeId = QStringLiteral("u-1");
    t.teamId = QStringLiteral("team-1");
    t.createdAt = at(-600);
    t.acceptDue = at(-500);
    t.replyDue = at(20000);
    t.externalDue = at(15000);
    t.replyDueExtended = true;
    t.firstResponseAt = at(-590);
    t.closedAt = at(-2);
    t.resolution = ResolutionCode::Mediated;
    t.followUp = FollowUpResult::Unreachable;
    t.mediationBody = MediationBody::InvestorServiceCentre;
    t.satisfaction = 4;
    t.parentId = QStringLiteral("t-0");
    t.mergedIntoId = QStringLiteral("t-9");
    return t;
}

TicketEvent fullTicketEvent()
{
    auto e = withCommon<TicketEvent>("e-1");
    e.ticketId = QStringLiteral("t-1");
    e.kind = EventKind::Transition;
    e.authorId = QStringLiteral("u-1");
    e.createdAt = at(-3);
    e.body = QStringLiteral("转调解");
    e.fromState = TicketState::Processing;
    e.toState = TicketState::Mediation;
    e.assigneeId = QStringLiteral("u-2");
    e.attachmentId = QStringLiteral("att-1");
    e.articleId = QStringLiteral("art-1");
    e.articleRevision = 5;
    e.linkedTicketId = QStringLiteral("t-2");
    e.extra = {{QStringLiteral("mediation_body"), QStringLiteral("sac_centre")}, {QStringLiteral("n"), 2}};
    return e;
}

Attachment fullAttachment()
{
    auto a = withCommon<Attachment>("att-1");
    a.ticketId = QStringLiteral("t-1");
    a.name = QStringLiteral("对账单.pdf");
    a.mimeType = QStringLiteral("application/pdf");
    a.size = 123456;
    a.sha256 = QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    a.blobPath = QStringLiteral("blobs/e3/b0c4");
    return a;
}

Article fullArticle()
{
    auto a = withCommon<Article>("art-1");
    a.categoryId = QStringLiteral("cat-1");
    a.title = QStringLiteral("融资融券维持担保比例");
    a.body = QStringLiteral("# 维持担保比例\n\n低于 130% …");
    a.tags = {QStringLiteral("两融")};
    a.status = ArticleStatus::Published;
    a.revision = 3;
    a.authorId = QStringLiteral("u-3");
    a.signedOffBy = QStringLiteral("u-4");
    a.signedOffAt = at(-100);
    a.effectiveFrom = QDate(2026, 1, 1);
    a.expiresOn = QDate(2027, 12, 31);
    a.helpfulYes = 12;
    a.helpfulNo = 1;
    return a;
}

ArticleCategory fullArticleCategory()
{
    auto c = withCommon<ArticleCategory>("cat-1");
    c.parentId = QStringLiteral("cat-0");
    c.name = QStringLiteral("两融业务");
    c.sortOrder = 4;
    return c;
}

ArticleRevision fullArticleRevision()
{
    auto r = withCommon<ArticleRevision>("rev-1");
    r.articleId = QStringLiteral("art-1");
    r.revision = 3;
    r.title = QStringLiteral("标题");
    r.body = QStringLiteral("正文");
    r.authorId = QStringLiteral("u-3");
    r.createdAt = at(-50);
    return r;
}

CaseStudy fullCaseStudy()
{
    auto c = withCommon<CaseStudy>("case-1");
    c.title = QStringLiteral("强平争议");
    c.background = QStringLiteral("背景");
    c.issue = QStringLiteral("问题");
    c.handling = QStringLiteral("处理");
    c.outcome = QStringLiteral("结果");
    c.lessons = QStringLiteral("启示");
    c.rulesCited = {QStringLiteral("证券法第94条"), QStringLiteral("T/SAC 001-2024")};
    c.tags = {QStringLiteral("两融"), QStringLiteral("调解")};
    c.sourceTicketId = QStringLiteral("t-1");
    c.authorId = QStringLiteral("u-5");
    c.createdAt = at(-40);
    return c;
}

CaseComment fullCaseComment()
{
    auto c = withCommon<CaseComment>("cc-1");
    c.caseId = QStringLiteral("case-1");
    c.authorId = QStringLiteral("u-1");
    c.body = QStringLiteral("很好的案例");
    c.createdAt = at(-10);
    return c;
}

CannedReply fullCannedReply()
{
    auto r = withCommon<CannedReply>("cr-1");
    r.title = QStringLiteral("转账时间");
    r.body = QStringLiteral("{customer_name}您好，银证转账时间为交易日 9:00–16:00。");
    r.category = TicketCategory::BankTransfer;
    r.teamId = QStringLiteral("team-1");
    return r;
}

User fullUser()
{
    auto u = withCommon<User>("u-1");
    u.username = QStringLiteral("wangwu");
    u.displayName = QStringLiteral("王五");
    u.role = Role::Lead;
    u.teamId = QStringLiteral("team-1");
    u.active = false;
    return u;
}

Team fullTeam()
{
    auto t = withCommon<Team>("team-1");
    t.name = QStringLiteral("两融专席");
    t.assignmentRule = AssignmentRule::LeastLoaded;
    return t;
}

AuditEntry fullAuditEntry()
{
    auto a = withCommon<AuditEntry>("au-1");
    a.at = at(-7);
    a.userId = QStringLiteral("u-1");
    a.action = QStringLiteral("reveal_pii");
    a.entity = QStringLiteral("customer");
    a.entityId = QStringLiteral("c-1");
    a.reason = QStringLiteral("客户来电核实身份");
    a.detail = {{QStringLiteral("field"), QStringLiteral("mobile")}};
    return a;
}

// The encoded form of a fully populated record of every type.
QJsonObject fullJson(EntityType type)
{
    switch (type) {
    case EntityType::Customer:
        return WireCodec::encode(fullCustomer());
    case EntityType::Account:
        return WireCodec::encode(fullAccount());
    case EntityType::Holding:
        return WireCodec::encode(fullHolding());
    case EntityType::Trade:
        return WireCodec::encode(fullTrade());
    case EntityType::RiskAlert:
        return WireCodec::encode(fullRiskAlert());
    case EntityType::Interaction:
        return WireCodec::encode(fullInteraction());
    case EntityType::Ticket:
        return WireCodec::encode(fullTicket());
    case EntityType::TicketEvent:
        return WireCodec::encode(fullTicketEvent());
    case EntityType::Attachment:
        return WireCodec::encode(fullAttachment());
    case EntityType::Article:
        return WireCodec::encode(fullArticle());
    case EntityType::ArticleCategory:
        return WireCodec::encode(fullArticleCategory());
    case EntityType::ArticleRevision:
        return WireCodec::encode(fullArticleRevision());
    case EntityType::CaseStudy:
        return WireCodec::encode(fullCaseStudy());
    case EntityType::CaseComment:
        return WireCodec::encode(fullCaseComment());
    case EntityType::CannedReply:
        return WireCodec::encode(fullCannedReply());
    case EntityType::User:
        return WireCodec::encode(fullUser());
    case EntityType::Team:
        return WireCodec::encode(fullTeam());
    case EntityType::AuditEntry:
        break;
    }
    return WireCodec::encode(fullAuditEntry());
}

// encode → bytes → parse → decode → encode gives the same bytes; every key of
// fieldKeys() is written and nothing else.
template<typename T> void checkRoundTrip(const T &original, EntityType type)
{
    const QJsonObject json = WireCodec::encode(original);
    QCOMPARE(json.keys(), WireCodec::fieldKeys(type));
    const QByteArray bytes = WireCodec::toBytes(json);

    QJsonObject parsed;
    QString error;
    QVERIFY2(WireCodec::parseObject(bytes, parsed, &error), qPrintable(error));
    T decoded;
    QVERIFY2(WireCodec::decode(parsed, decoded, &error), qPrintable(error));
    QCOMPARE(WireCodec::toBytes(WireCodec::encode(decoded)), bytes);
    QCOMPARE(decoded.id, original.id);
    QCOMPARE(decoded.rev, original.rev);
    QCOMPARE(decoded.updatedAt, original.updatedAt);
    QCOMPARE(decoded.deleted, original.deleted);
    QVERIFY(WireCodec::validateEntity(type, parsed, &error));
}

// The JSON of a full record with one key replaced (or removed when value is undefined).
QJsonObject patched(EntityType type, const QString &key, const QJsonValue &value)
{
    QJsonObject json = fullJson(type);
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    return json;
}

} // namespace

class TestWireCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entityTypeKeys();
    void mutationOpKeys();
    void roundTripFull();
    void roundTripEmpty();
    void exactWireFormat();
    void byteStableEncoding();
    void scalarFormats_data();
    void scalarFormats();
    void fieldKeys();
    void unknownKeysIgnored();
    void rejections_data();
    void rejections();
    void everyMissingKeyRejected();
    void everyWrongTypeRejected();
    void decodeLeavesOutUntouched();
    void nonObjectInput_data();
    void nonObjectInput();
    void validateFields_data();
    void validateFields();
    void mutationRoundTrip();
    void mutationRejections_data();
    void mutationRejections();
    void changeRoundTrip();
    void changeRejections_data();
    void changeRejections();
};

void TestWireCodec::entityTypeKeys()
{
    const QList<EntityType> all = enumValues<EntityType>();
    QCOMPARE(all.size(), 18);
    QStringList keys;
    for (EntityType t : all) {
        keys.append(enumKey(t));
        QCOMPARE(enumFromKey<EntityType>(enumKey(t)), std::optional<EntityType>(t));
        QVERIFY(!enumLabel(t).isEmpty());
    }
    QCOMPARE(keys,
        QStringList({"customer", "account", "holding", "trade", "risk_alert", "interaction", "ticket",
            "ticket_event", "attachment", "article", "article_category", "article_revision", "case_study",
            "case_comment", "canned_reply", "user", "team", "audit_entry"}));
    QVERIFY(!enumFromKey<EntityType>(u"RiskAlert"));

    QStringList appendOnly;
    for (EntityType t : all)
        if (isAppendOnly(t))
            appendOnly.append(enumKey(t));
    QCOMPARE(appendOnly, QStringList({"ticket_event", "article_revision", "case_comment", "audit_entry"}));
}

void TestWireCodec::mutationOpKeys()
{
    QCOMPARE(enumKey(MutationOp::Create), QStringLiteral("create"));
    QCOMPARE(enumKey(MutationOp::Update), QStringLiteral("update"));
    QCOMPARE(enumKey(MutationOp::Delete), QStringLiteral("delete"));
    QCOMPARE(enumFromKey<MutationOp>(u"delete"), std::optional<MutationOp>(MutationOp::Delete));
    QVERIFY(!enumFromKey<MutationOp>(u"upsert"));
}

void TestWireCodec::roundTripFull()
{
    checkRoundTrip(fullCustomer(), EntityType::Customer);
    checkRoundTrip(fullAccount(), EntityType::Account);
    checkRoundTrip(fullHolding(), EntityType::Holding);
    checkRoundTrip(fullTrade(), EntityType::Trade);
    checkRoundTrip(fullRiskAlert(), EntityType::RiskAlert);
    checkRoundTrip(fullInteraction(), EntityType::Interaction);
    checkRoundTrip(fullTicket(), EntityType::Ticket);
    checkRoundTrip(fullTicketEvent(), EntityType::TicketEvent);
    checkRoundTrip(fullAttachment(), EntityType::Attachment);
    checkRoundTrip(fullArticle(), EntityType::Article);
    checkRoundTrip(fullArticleCategory(), EntityType::ArticleCategory);
    checkRoundTrip(fullArticleRevision(), EntityType::ArticleRevision);
    checkRoundTrip(fullCaseStudy(), EntityType::CaseStudy);
    checkRoundTrip(fullCaseComment(), EntityType::CaseComment);
    checkRoundTrip(fullCannedReply(), EntityType::CannedReply);
    checkRoundTrip(fullUser(), EntityType::User);
    checkRoundTrip(fullTeam(), EntityType::Team);
    checkRoundTrip(fullAuditEntry(), EntityType::AuditEntry);

    // A few members compared directly, beyond the re-encoding.
    Ticket t;
    QVERIFY(WireCodec::decode(WireCodec::encode(fullTicket()), t, nullptr));
    QCOMPARE(t.state, TicketState::Mediation);
    QCOMPARE(t.resolution, std::optional<ResolutionCode>(ResolutionCode::Mediated));
    QCOMPARE(t.mediationBody, std::optional<MediationBody>(MediationBody::InvestorServiceCentre));
    QCOMPARE(t.replyDue, at(20000));
    QCOMPARE(t.replyDue.timeSpec(), Qt::UTC);
    QCOMPARE(t.subject, QStringLiteral("强制平仓"));
    Account a;
    QVERIFY(WireCodec::decode(WireCodec::encode(fullAccount()), a, nullptr));
    QCOMPARE(a.assetsFen, qint64(9007199254740991));
    QCOMPARE(a.liabilitiesFen, qint64(-12345));
    QCOMPARE(a.maintenanceRatio, 1.35);
    QCOMPARE(a.topUpDeadline, QDate(2026, 11, 29));
    Customer c;
    QVERIFY(WireCodec::decode(WireCodec::encode(fullCustomer()), c, nullptr));
    QCOMPARE(c.tags, QStringList({"vip", "两融"}));
    QCOMPARE(c.riskClass, RiskClass::Lowest);
    TicketEvent e;
    QVERIFY(WireCodec::decode(WireCodec::encode(fullTicketEvent()), e, nullptr));
    QCOMPARE(e.extra.value(QStringLiteral("n")).toInt(), 2);
    QCOMPARE(e.fromState, std::optional<TicketState>(TicketState::Processing));
}

void TestWireCodec::roundTripEmpty()
{
    // Optional members empty: refs, dates, optional enums, lists, objects, digest.
    auto t = withCommon<Ticket>("t-2");
    t.deleted = false;
    t.updatedAt = QDateTime();
    checkRoundTrip(t, EntityType::Ticket);
    const QJsonObject json = WireCodec::encode(t);
    for (const char *key : {"customer_id", "assignee_id", "team_id", "parent_id", "merged_into_id",
             "created_at", "accept_due", "reply_due", "external_due", "first_response_at", "closed_at",
             "resolution", "follow_up", "mediation_body", "updated_at"})
        QVERIFY2(json.value(QLatin1String(key)).isNull(), key);
    QCOMPARE(json.value(QLatin1String("number")), QJsonValue(QString()));

    auto c = withCommon<Customer>("c-2");
    checkRoundTrip(c, EntityType::Customer);
    QCOMPARE(WireCodec::encode(c).value(QLatin1String("tags")), QJsonValue(QJsonArray()));
    QVERIFY(WireCodec::encode(c).value(QLatin1String("assessed_on")).isNull());

    auto e = withCommon<TicketEvent>("e-2");
    e.ticketId = QStringLiteral("t-2");
    checkRoundTrip(e, EntityType::TicketEvent);
    QCOMPARE(WireCodec::encode(e).value(QLatin1String("extra")), QJsonValue(QJsonObject()));

    auto att = withCommon<Attachment>("att-2");
    att.ticketId = QStringLiteral("t-2");
    checkRoundTrip(att, EntityType::Attachment);
    QCOMPARE(WireCodec::encode(att).value(QLatin1String("sha256")), QJsonValue(QString()));

    auto acc = withCommon<Account>("a-2");
    acc.customerId = QStringLiteral("c-2");
    checkRoundTrip(acc, EntityType::Account);

    checkRoundTrip(withCommon<Article>("art-2"), EntityType::Article);
    checkRoundTrip(withCommon<AuditEntry>("au-2"), EntityType::AuditEntry);
    checkRoundTrip(withCommon<CaseStudy>("case-2"), EntityType::CaseStudy);
    checkRoundTrip(withCommon<User>("u-2"), EntityType::User);
    checkRoundTrip(withCommon<Team>("team-2"), EntityType::Team);
}

void TestWireCodec::exactWireFormat()
{
    const QJsonObject t = WireCodec::encode(fullTicket());
    QCOMPARE(t.value(QLatin1String("updated_at")).toString(), QStringLiteral("2026-11-27T03:04:05.123Z"));
    QCOMPARE(t.value(QLatin1String("state")).toString(), QStringLiteral("mediation"));
    QCOMPARE(t.value(QLatin1String("source")).toString(), QStringLiteral("transfer_12386"));
    QCOMPARE(t.value(QLatin1String("mediation_body")).toString(), QStringLiteral("isc"));
    QCOMPARE(t.value(QLatin1String("reply_due_extended")), QJsonValue(true));
    QCOMPARE(t.value(QLatin1String("rev")), QJsonValue(7));

    const QJsonObject c = WireCodec::encode(fullCustomer());
    QCOMPARE(c.value(QLatin1String("assessed_on")).toString(), QStringLiteral("2026-11-27"));
    QCOMPARE(c.value(QLatin1String("customer_no")).toString(), QStringLiteral("880012345678"));
    QCOMPARE(c.value(QLatin1String("risk_class")).toString(), QStringLiteral("lowest"));

    // A local time with an offset is written in UTC.
    auto r = fullRiskAlert();
    r.raisedAt = QDateTime(QDate(2026, 11, 27), QTime(8, 0), QTimeZone(8 * 3600));
    QCOMPARE(WireCodec::encode(r).value(QLatin1String("raised_at")).toString(),
        QStringLiteral("2026-11-27T00:00:00.000Z"));

    QCOMPARE(WireCodec::dateTimeToWire(QDateTime(QDate(2026, 1, 2), QTime(0, 0, 0, 5), QTimeZone::utc())),
        QStringLiteral("2026-01-02T00:00:00.005Z"));
    QCOMPARE(WireCodec::dateTimeToWire(QDateTime(QDate(812, 3, 4), QTime(23, 59, 59, 999), QTimeZone::utc())),
        QStringLiteral("0812-03-04T23:59:59.999Z"));

    auto a = fullAttachment();
    a.sha256 = a.sha256.toUpper();
    QCOMPARE(WireCodec::encode(a).value(QLatin1String("sha256")).toString(),
        QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));

    // Integers stay exact up to 2^53 - 1 in the text.
    QVERIFY(WireCodec::toBytes(WireCodec::encode(fullAccount())).contains("\"assets_fen\":9007199254740991"));
}

void TestWireCodec::byteStableEncoding()
{
    auto team = fullTeam();
    QCOMPARE(WireCodec::toBytes(WireCodec::encode(team)),
        QByteArray(R"({"assignment_rule":"least_loaded","deleted":true,"id":"team-1",)"
                   R"("name":"两融专席","rev":7,"updated_at":"2026-11-27T03:04:05.123Z"})"));
    // Equal records give equal bytes whatever the order the JSON arrived in.
    QCOMPARE(WireCodec::toBytes(WireCodec::encode(fullTicket())),
        WireCodec::toBytes(WireCodec::encode(fullTicket())));
    QJsonObject reordered;
    const QJsonObject json = fullJson(EntityType::Ticket);
    const QStringList keys = json.keys();
    for (auto it = keys.crbegin(); it != keys.crend(); ++it)
        reordered.insert(*it, json.value(*it));
    Ticket t;
    QVERIFY(WireCodec::decode(reordered, t, nullptr));
    QCOMPARE(WireCodec::toBytes(WireCodec::encode(t)), WireCodec::toBytes(json));
}

void TestWireCodec::scalarFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QDateTime>("expected");
    const QDate d(2026, 11, 27);
    const auto utc = QTimeZone::utc();
    QTest::newRow("ms Z") << "2026-11-27T03:04:05.123Z" << true << QDateTime(d, QTime(3, 4, 5, 123), utc);
    QTest::newRow("no fraction") << "2026-11-27T03:04:05Z" << true << QDateTime(d, QTime(3, 4, 5), utc);
    QTest::newRow("one digit") << "2026-11-27T03:04:05.1Z" << true << QDateTime(d, QTime(3, 4, 5, 100), utc);
    QTest::newRow("+08:00") << "2026-11-27T11:04:05.000+08:00" << true << QDateTime(d, QTime(3, 4, 5), utc);
    QTest::newRow("-05:30") << "2026-11-26T21:34:05-05:30" << true << QDateTime(d, QTime(3, 4, 5), utc);
    QTest::newRow("no zone") << "2026-11-27T03:04:05.123" << false << QDateTime();
    QTest::newRow("space") << "2026-11-27 03:04:05Z" << false << QDateTime();
    QTest::newRow("four digits") << "2026-11-27T03:04:05.1234Z" << false << QDateTime();
    QTest::newRow("empty fraction") << "2026-11-27T03:04:05.Z" << false << QDateTime();
    QTest::newRow("hour 24") << "2026-11-27T24:00:00Z" << false << QDateTime();
    QTest::newRow("Feb 30") << "2026-02-30T00:00:00Z" << false << QDateTime();
    QTest::newRow("trailing") << "2026-11-27T03:04:05Zx" << false << QDateTime();
    QTest::newRow("lower z") << "2026-11-27T03:04:05z" << false << QDateTime();
    QTest::newRow("date only") << "2026-11-27" << false << QDateTime();
    QTest::newRow("empty") << "" << false << QDateTime();
}

void TestWireCodec::scalarFormats()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QDateTime, expected);
    bool parsed = !ok;
    const QDateTime value = WireCodec::dateTimeFromWire(text, &parsed);
    QCOMPARE(parsed, ok);
    QCOMPARE(value.isValid(), ok);
    if (ok) {
        QCOMPARE(value, expected);
        QCOMPARE(value.timeSpec(), Qt::UTC);
        QCOMPARE(WireCodec::dateTimeFromWire(WireCodec::dateTimeToWire(value)), value);
    }
    QCOMPARE(WireCodec::dateTimeToWire(QDateTime()), QString());
    QCOMPARE(WireCodec::dateToWire(QDate()), QString());
    QCOMPARE(WireCodec::dateToWire(QDate(2024, 2, 29)), QStringLiteral("2024-02-29"));
    bool dateOk = false;
    QCOMPARE(WireCodec::dateFromWire(u"2024-02-29", &dateOk), QDate(2024, 2, 29));
    QVERIFY(dateOk);
    QVERIFY(!WireCodec::dateFromWire(u"2025-02-29", &dateOk).isValid());
    QVERIFY(!dateOk);
}

void TestWireCodec::fieldKeys()
{
    QCOMPARE(WireCodec::fieldKeys(EntityType::Customer),
        QStringList({"account_manager", "assessed_on", "assessment_expires", "branch", "customer_no",
            "deleted", "email", "id", "id_number", "id_type", "initials", "investor_type", "mobile", "name",
            "pinyin", "rev", "risk_class", "status", "tags", "updated_at", "vip_level"}));
    QCOMPARE(WireCodec::fieldKeys(EntityType::Team),
        QStringList({"assignment_rule", "deleted", "id", "name", "rev", "updated_at"}));
    QCOMPARE(WireCodec::fieldKeys(EntityType::Ticket).size(), 4 + 24);
    QCOMPARE(WireCodec::commonKeys(), QStringList({"deleted", "id", "rev", "updated_at"}));
    for (EntityType type : enumValues<EntityType>()) {
        const QStringList keys = WireCodec::fieldKeys(type);
        QStringList sorted = keys;
        sorted.sort();
        QCOMPARE(keys, sorted);
        for (const QString &common : WireCodec::commonKeys())
            QVERIFY(keys.contains(common));
        QCOMPARE(WireCodec::dataFields(fullJson(type)).size(), keys.size() - 4);
    }
}

void TestWireCodec::unknownKeysIgnored()
{
    QJsonObject json = fullJson(EntityType::Ticket);
    json.insert(QStringLiteral("added_in_v2"), QJsonArray {1, 2});
    Ticket t;
    QString error;
    QVERIFY2(WireCodec::decode(json, t, &error), qPrintable(error));
    QCOMPARE(t.number, QStringLiteral("T20261127000042"));
    QVERIFY(!WireCodec::encode(t).contains(QStringLiteral("added_in_v2")));
}

void TestWireCodec::rejections_data()
{
    QTest::addColumn<EntityType>("type");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error");
    const auto C = EntityType::Customer;
    const auto T = EntityType::Ticket;
    const auto A = EntityType::Account;
    const QJsonValue null(QJsonValue::Null);
    const QJsonValue missing(QJsonValue::Undefined);

    // strings
    QTest::newRow("string: number") << C << "mobile" << QJsonValue(13800001234LL)
                                    << "customer.mobile: expected a string, got a number";
    QTest::newRow("string: null") << C << "name" << null << "customer.name: expected a string, got null";
    QTest::newRow("string: array") << C << "email" << QJsonValue(QJsonArray {"a"})
                                   << "customer.email: expected a string, got an array";
    QTest::newRow("id empty") << C << "id" << QJsonValue("") << "customer.id: must not be empty";
    QTest::newRow("id null") << C << "id" << null << "customer.id: expected a non-empty string, got null";
    QTest::newRow("parent ref empty")
        << A << "customer_id" << QJsonValue("") << "account.customer_id: must not be empty";
    QTest::newRow("parent ref null") << A << "customer_id" << null
                                     << "account.customer_id: expected a non-empty string, got null";
    QTest::newRow("optional ref: bool") << T << "assignee_id" << QJsonValue(true)
                                        << "ticket.assignee_id: expected a string or null, got a boolean";
    // integers
    QTest::newRow("int: string") << C << "vip_level" << QJsonValue("3")
                                 << "customer.vip_level: expected an integer, got a string";
    QTest::newRow("int: fraction") << C << "vip_level" << QJsonValue(1.5)
                                   << "customer.vip_level: expected an integer, got 1.5";
    QTest::newRow("int: beyond int") << C << "vip_level" << QJsonValue(3000000000LL)
                                     << "customer.vip_level: integer 3000000000 out of range";
    QTest::newRow("qint64: fraction")
        << A << "assets_fen" << QJsonValue(1.5) << "account.assets_fen: expected an integer, got 1.5";
    QTest::newRow("qint64: 2^53") << A << "assets_fen" << QJsonValue(9007199254740992LL)
                                  << "account.assets_fen: integer 9007199254740992 out of range";
    QTest::newRow("qint64: 2^53+1") << A << "assets_fen" << QJsonValue(9007199254740993LL)
                                    << "account.assets_fen: integer 9007199254740993 out of range";
    QTest::newRow("qint64: -2^53") << A << "liabilities_fen" << QJsonValue(-9007199254740992LL)
                                   << "account.liabilities_fen: integer -9007199254740992 out of range";
    QTest::newRow("qint64: 1e300") << A << "assets_fen" << QJsonValue(1e300)
                                   << "account.assets_fen: integer out of range";
    QTest::newRow("qint64: bool") << A << "assets_fen" << QJsonValue(false)
                                  << "account.assets_fen: expected an integer, got a boolean";
    QTest::newRow("rev: string") << T << "rev" << QJsonValue("7")
                                 << "ticket.rev: expected an integer, got a string";
    // double
    QTest::newRow("double: string") << A << "maintenance_ratio" << QJsonValue("1.4")
                                    << "account.maintenance_ratio: expected a number, got a string";
    QTest::newRow("double: null") << A << "maintenance_ratio" << null
                                  << "account.maintenance_ratio: expected a number, got null";
    // booleans
    QTest::newRow("bool: string") << T << "reply_due_extended" << QJsonValue("true")
                                  << "ticket.reply_due_extended: expected a boolean, got a string";
    QTest::newRow("bool: number") << T << "deleted" << QJsonValue(1)
                                  << "ticket.deleted: expected a boolean, got a number";
    // dates
    QTest::newRow("date: number") << C << "assessed_on" << QJsonValue(20261127)
                                  << "customer.assessed_on: expected a date string or null, got a number";
    QTest::newRow("date: month 13")
        << C << "assessed_on" << QJsonValue("2026-13-01")
        << "customer.assessed_on: malformed date \"2026-13-01\" (expected YYYY-MM-DD)";
    QTest::newRow("date: Feb 30") << C << "assessment_expires" << QJsonValue("2026-02-30")
                                  << "customer.assessment_expires: malformed date \"2026-02-30\"";
    QTest::newRow("date: slashes") << C << "assessed_on" << QJsonValue("2026/11/27")
                                   << "customer.assessed_on: malformed date \"2026/11/27\"";
    QTest::newRow("date: with time")
        << C << "assessed_on" << QJsonValue("2026-11-27T00:00:00Z")
        << "customer.assessed_on: malformed date \"2026-11-27T00:00:00Z\" (expected YYYY-MM-DD)";
    QTest::newRow("date: empty") << C << "assessed_on" << QJsonValue("")
                                 << "customer.assessed_on: malformed date \"\"";
    QTest::newRow("date: short") << C << "assessed_on" << QJsonValue("2026-1-7")
                                 << "customer.assessed_on: malformed date \"2026-1-7\"";
    // date-times
    QTest::newRow("datetime: number")
        << T << "created_at" << QJsonValue(1764212645123LL)
        << "ticket.created_at: expected a date-time string or null, got a number";
    QTest::newRow("datetime: no zone")
        << T << "created_at" << QJsonValue("2026-11-27T03:04:05.123")
        << "ticket.created_at: malformed date-time \"2026-11-27T03:04:05.123\"";
    QTest::newRow("datetime: hour 25") << T << "reply_due" << QJsonValue("2026-11-27T25:04:05.123Z")
                                       << "ticket.reply_due: malformed date-time";
    QTest::newRow("datetime: updated_at") << T << "updated_at" << QJsonValue("yesterday")
                                          << "ticket.updated_at: malformed date-time \"yesterday\"";
    // enums
    QTest::newRow("enum: unknown") << T << "state" << QJsonValue("foo")
                                   << "ticket.state: unknown value \"foo\" (expected one of new, accepted, "
                                      "investigating, processing, replied, "
                                      "follow_up, closed, mediation, arbitration)";
    QTest::newRow("enum: case") << T << "state" << QJsonValue("Closed")
                                << "ticket.state: unknown value \"Closed\"";
    QTest::newRow("enum: number") << T << "priority" << QJsonValue(2)
                                  << "ticket.priority: expected a string, got a number";
    QTest::newRow("enum: null") << C << "risk_class" << null
                                << "customer.risk_class: expected a string, got null";
    QTest::newRow("enum: label") << T << "kind" << QJsonValue("Complaint")
                                 << "ticket.kind: unknown value \"Complaint\"";
    QTest::newRow("optional enum: unknown")
        << T << "resolution" << QJsonValue("fixed")
        << "ticket.resolution: unknown value \"fixed\" (expected one of explained, resolved, compensated, "
           "not_supported, withdrawn, mediated, arbitrated, merged)";
    QTest::newRow("optional enum: number")
        << T << "follow_up" << QJsonValue(0) << "ticket.follow_up: expected a string, got a number";
    QTest::newRow("optional enum: event") << EntityType::TicketEvent << "to_state" << QJsonValue("done")
                                          << "ticket_event.to_state: unknown value \"done\"";
    // lists
    QTest::newRow("list: string") << C << "tags" << QJsonValue("vip")
                                  << "customer.tags: expected an array of strings, got a string";
    QTest::newRow("list: null") << C << "tags" << null
                                << "customer.tags: expected an array of strings, got null";
    QTest::newRow("list: number item") << C << "tags" << QJsonValue(QJsonArray {"vip", 3})
                                       << "customer.tags: expected an array of strings, item 1 is a number";
    QTest::newRow("list: case study")
        << EntityType::CaseStudy << "rules_cited" << QJsonValue(QJsonObject())
        << "case_study.rules_cited: expected an array of strings, got an object";
    // objects
    QTest::newRow("object: array") << EntityType::TicketEvent << "extra" << QJsonValue(QJsonArray())
                                   << "ticket_event.extra: expected an object, got an array";
    QTest::newRow("object: null") << EntityType::AuditEntry << "detail" << null
                                  << "audit_entry.detail: expected an object, got null";
    // digest
    QTest::newRow("sha256: upper") << EntityType::Attachment << "sha256"
                                   << QJsonValue(
                                          "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")
                                   << "attachment.sha256: expected 64 lowercase hex digits";
    QTest::newRow("sha256: short") << EntityType::Attachment << "sha256" << QJsonValue("e3b0")
                                   << "attachment.sha256: expected 64 lowercase hex digits";
    QTest::newRow("sha256: null") << EntityType::Attachment << "sha256" << null
                                  << "attachment.sha256: expected a hex string, got null";
    // missing
    QTest::newRow("missing id") << C << "id" << missing << "customer.id: required field is missing";
    QTest::newRow("missing enum") << T << "state" << missing << "ticket.state: required field is missing";
    QTest::newRow("missing optional")
        << T << "resolution" << missing << "ticket.resolution: required field is missing";
}

void TestWireCodec::rejections()
{
    QFETCH(EntityType, type);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    QVERIFY(WireCodec::validateEntity(type, fullJson(type), nullptr));
    QString message;
    QVERIFY(!WireCodec::validateEntity(type, patched(type, key, value), &message));
    QVERIFY2(message.startsWith(error), qPrintable(QStringLiteral("got: ") + message));
    // The same value in an update's fields fails the same way (missing keys aside).
    if (!value.isUndefined() && !WireCodec::commonKeys().contains(key)) {
        QString partial;
        QVERIFY(!WireCodec::validateFields(type, QJsonObject {{key, value}}, &partial));
        QCOMPARE(partial, message);
    }
}

void TestWireCodec::everyMissingKeyRejected()
{
    for (EntityType type : enumValues<EntityType>()) {
        for (const QString &key : WireCodec::fieldKeys(type)) {
            QString error;
            QVERIFY(!WireCodec::validateEntity(
                type, patched(type, key, QJsonValue(QJsonValue::Undefined)), &error));
            QCOMPARE(
                error, enumKey(type) + QLatin1Char('.') + key + QLatin1String(": required field is missing"));
        }
    }
}

void TestWireCodec::everyWrongTypeRejected()
{
    // An object is wrong for every field but the object ones, where an array is wrong.
    int checked = 0;
    for (EntityType type : enumValues<EntityType>()) {
        const QJsonObject full = fullJson(type);
        for (const QString &key : WireCodec::fieldKeys(type)) {
            const QJsonValue wrong = full.value(key).isObject() ? QJsonValue(QJsonArray {1})
                                                                : QJsonValue(QJsonObject {{"x", 1}});
            QString error;
            QVERIFY2(!WireCodec::validateEntity(type, patched(type, key, wrong), &error), qPrintable(key));
            const QString prefix = enumKey(type) + QLatin1Char('.') + key + QLatin1String(": expected ");
            QVERIFY2(error.startsWith(prefix), qPrintable(error));
            QVERIFY2(error.endsWith(QLatin1String("got an object"))
                    || error.endsWith(QLatin1String("got an array")),
                qPrintable(error));
            ++checked;
        }
    }
    QVERIFY(checked > 150);
}

void TestWireCodec::decodeLeavesOutUntouched()
{
    Ticket out = fullTicket();
    out.subject = QStringLiteral("unchanged");
    const QByteArray before = WireCodec::toBytes(WireCodec::encode(out));
    QJsonObject json = WireCodec::encode(withCommon<Ticket>("other"));
    json.insert(QStringLiteral("satisfaction"), 2.5); // the last field read fails
    QString error;
    QVERIFY(!WireCodec::decode(json, out, &error));
    QCOMPARE(error, QStringLiteral("ticket.satisfaction: expected an integer, got 2.5"));
    QCOMPARE(WireCodec::toBytes(WireCodec::encode(out)), before);
    // A null error pointer is allowed.
    QVERIFY(!WireCodec::decode(json, out, nullptr));

    Mutation m;
    m.mutationId = QStringLiteral("keep");
    QVERIFY(!WireCodec::decode(QJsonObject {{"mutation_id", "x"}}, m, &error));
    QCOMPARE(m.mutationId, QStringLiteral("keep"));
    Change c;
    c.seq = 99;
    QVERIFY(!WireCodec::decode(QJsonObject {{"seq", 1}}, c, &error));
    QCOMPARE(c.seq, qint64(99));
}

void TestWireCodec::nonObjectInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("array") << QByteArray("[1,2]") << "expected a JSON object, got an array";
    QTest::newRow("number") << QByteArray("42") << "invalid JSON at offset 1";
    QTest::newRow("string") << QByteArray("\"ticket\"") << "invalid JSON at offset 1";
    QTest::newRow("garbage") << QByteArray("{\"id\":") << "invalid JSON at offset";
    QTest::newRow("empty") << QByteArray() << "invalid JSON";
    QTest::newRow("two objects") << QByteArray("{}{}") << "invalid JSON";
}

void TestWireCodec::nonObjectInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QJsonObject out {{"kept", true}};
    QString message;
    QVERIFY(!WireCodec::parseObject(bytes, out, &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));
    QCOMPARE(out, QJsonObject({{"kept", true}}));
    QVERIFY(WireCodec::parseObject("{\"a\":1}", out, &message));
    QCOMPARE(out.value(QLatin1String("a")).toInt(), 1);
}

void TestWireCodec::validateFields_data()
{
    QTest::addColumn<EntityType>("type");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<QString>("error"); // empty: valid

    const auto T = EntityType::Ticket;
    QTest::newRow("empty set") << T << QJsonObject() << QString();
    QTest::newRow("state + clear assignee")
        << T
        << QJsonObject {{"state", "closed"}, {"assignee_id", QJsonValue::Null}, {"resolution", "resolved"}}
        << QString();
    QTest::newRow("optional enum cleared") << T << QJsonObject {{"follow_up", QJsonValue::Null}} << QString();
    QTest::newRow("customer tags") << EntityType::Customer << QJsonObject {{"tags", QJsonArray {"a", "b"}}}
                                   << QString();
    QTest::newRow("account money") << EntityType::Account
                                   << QJsonObject {{"assets_fen", 100}, {"maintenance_ratio", 2}}
                                   << QString();
    QTest::newRow("unknown key") << T << QJsonObject {{"colour", "red"}}
                                 << "ticket.colour: unknown field of ticket";
    QTest::newRow("other entity's key")
        << EntityType::Team << QJsonObject {{"state", "new"}} << "team.state: unknown field of team";
    QTest::newRow("rev") << T << QJsonObject {{"rev", 3}} << "ticket.rev: cannot be set by a mutation";
    QTest::newRow("id") << T << QJsonObject {{"id", "t-9"}} << "ticket.id: cannot be set by a mutation";
    QTest::newRow("deleted") << T << QJsonObject {{"deleted", true}}
                             << "ticket.deleted: cannot be set by a mutation";
    QTest::newRow("updated_at") << T << QJsonObject {{"updated_at", "2026-11-27T03:04:05.123Z"}}
                                << "ticket.updated_at: cannot be set by a mutation";
    QTest::newRow("wrong type among good") << T << QJsonObject {{"state", "closed"}, {"satisfaction", "5"}}
                                           << "ticket.satisfaction: expected an integer, got a string";
    QTest::newRow("null for required enum")
        << T << QJsonObject {{"state", QJsonValue::Null}} << "ticket.state: expected a string, got null";
    QTest::newRow("empty parent ref") << EntityType::TicketEvent << QJsonObject {{"ticket_id", ""}}
                                      << "ticket_event.ticket_id: must not be empty";
}

void TestWireCodec::validateFields()
{
    QFETCH(EntityType, type);
    QFETCH(QJsonObject, fields);
    QFETCH(QString, error);
    QString message;
    const bool ok = WireCodec::validateFields(type, fields, &message);
    QCOMPARE(ok, error.isEmpty());
    if (!ok)
        QCOMPARE(message, error);
}

void TestWireCodec::mutationRoundTrip()
{
    Mutation create;
    create.mutationId = QStringLiteral("m-1");
    create.entity = EntityType::Customer;
    create.id = QStringLiteral("c-1");
    create.baseRev = 0;
    create.op = MutationOp::Create;
    create.fields = WireCodec::dataFields(WireCodec::encode(fullCustomer()));

    Mutation update;
    update.mutationId = QStringLiteral("m-2");
    update.entity = EntityType::Ticket;
    update.id = QStringLiteral("t-1");
    update.baseRev = 41;
    update.op = MutationOp::Update;
    update.fields = {{"state", "replied"}, {"first_response_at", "2026-11-27T03:04:05.123Z"}};

    Mutation del;
    del.mutationId = QStringLiteral("m-3");
    del.entity = EntityType::CannedReply;
    del.id = QStringLiteral("cr-1");
    del.baseRev = 2;
    del.op = MutationOp::Delete;

    for (const Mutation &m : {create, update, del}) {
        const QJsonObject json = WireCodec::encode(m);
        QCOMPARE(json.keys(), QStringList({"base_rev", "entity", "fields", "id", "mutation_id", "op"}));
        Mutation back;
        QString error;
        QVERIFY2(WireCodec::decode(json, back, &error), qPrintable(error));
        QCOMPARE(back.mutationId, m.mutationId);
        QCOMPARE(back.entity, m.entity);
        QCOMPARE(back.id, m.id);
        QCOMPARE(back.baseRev, m.baseRev);
        QCOMPARE(back.op, m.op);
        QCOMPARE(back.fields, m.fields);
        QCOMPARE(WireCodec::toBytes(WireCodec::encode(back)), WireCodec::toBytes(json));
    }
    QCOMPARE(WireCodec::encode(update).value(QLatin1String("entity")).toString(), QStringLiteral("ticket"));
    QCOMPARE(WireCodec::encode(update).value(QLatin1String("op")).toString(), QStringLiteral("update"));
}

void TestWireCodec::mutationRejections_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error");
    const QJsonValue missing(QJsonValue::Undefined);
    QTest::newRow("mutation_id missing")
        << "mutation_id" << missing << "mutation.mutation_id: required field is missing";
    QTest::newRow("mutation_id empty")
        << "mutation_id" << QJsonValue("") << "mutation.mutation_id: must not be empty";
    QTest::newRow("unknown entity")
        << "entity" << QJsonValue("widget")
        << "mutation.entity: unknown value \"widget\" (expected one of customer, account,";
    QTest::newRow("entity number") << "entity" << QJsonValue(6)
                                   << "mutation.entity: expected a string, got a number";
    QTest::newRow("id missing") << "id" << missing << "mutation.id: required field is missing";
    QTest::newRow("base_rev fraction")
        << "base_rev" << QJsonValue(1.5) << "mutation.base_rev: expected an integer, got 1.5";
    QTest::newRow("base_rev string") << "base_rev" << QJsonValue("41")
                                     << "mutation.base_rev: expected an integer, got a string";
    QTest::newRow("base_rev negative")
        << "base_rev" << QJsonValue(-1) << "mutation.base_rev: must not be negative";
    QTest::newRow("unknown op")
        << "op" << QJsonValue("upsert")
        << "mutation.op: unknown value \"upsert\" (expected one of create, update, delete)";
    QTest::newRow("fields array") << "fields" << QJsonValue(QJsonArray())
                                  << "mutation.fields: expected an object, got an array";
    QTest::newRow("fields missing") << "fields" << missing << "mutation.fields: required field is missing";
    QTest::newRow("update empty") << "fields" << QJsonValue(QJsonObject())
                                  << "mutation.fields: an update must change at least one field";
    QTest::newRow("update unknown key") << "fields" << QJsonValue(QJsonObject {{"colour", "red"}})
                                        << "mutation.fields.colour: unknown field of ticket";
    QTest::newRow("update bad enum") << "fields" << QJsonValue(QJsonObject {{"state", "foo"}})
                                     << "mutation.fields.state: unknown value \"foo\"";
    QTest::newRow("update rev") << "fields" << QJsonValue(QJsonObject {{"rev", 9}})
                                << "mutation.fields.rev: cannot be set by a mutation";
}

void TestWireCodec::mutationRejections()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    QJsonObject json {{"mutation_id", "m-1"}, {"entity", "ticket"}, {"id", "t-1"}, {"base_rev", 41},
        {"op", "update"}, {"fields", QJsonObject {{"priority", "high"}}}};
    Mutation m;
    QVERIFY(WireCodec::decode(json, m, nullptr));
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    QString message;
    QVERIFY(!WireCodec::decode(json, m, &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));

    // Create needs every data key and no common one; delete no fields.
    QJsonObject create {{"mutation_id", "m-2"}, {"entity", "team"}, {"id", "team-9"}, {"base_rev", 0},
        {"op", "create"}, {"fields", QJsonObject {{"name", "A"}, {"assignment_rule", "manual"}}}};
    QVERIFY(WireCodec::decode(create, m, &message));
    create.insert(QStringLiteral("fields"), QJsonObject {{"name", "A"}});
    QVERIFY(!WireCodec::decode(create, m, &message));
    QCOMPARE(message, QStringLiteral("mutation.fields.assignment_rule: required field is missing"));
    create.insert(QStringLiteral("fields"), WireCodec::encode(fullTeam()));
    QVERIFY(!WireCodec::decode(create, m, &message));
    QVERIFY2(message.endsWith(QLatin1String(": cannot be set by a mutation")), qPrintable(message));
    create.insert(QStringLiteral("fields"), QJsonObject {{"name", 5}, {"assignment_rule", "manual"}});
    QVERIFY(!WireCodec::decode(create, m, &message));
    QCOMPARE(message, QStringLiteral("mutation.fields.name: expected a string, got a number"));

    QJsonObject del {{"mutation_id", "m-3"}, {"entity", "team"}, {"id", "team-9"}, {"base_rev", 3},
        {"op", "delete"}, {"fields", QJsonObject()}};
    QVERIFY(WireCodec::decode(del, m, &message));
    del.insert(QStringLiteral("fields"), QJsonObject {{"name", "A"}});
    QVERIFY(!WireCodec::decode(del, m, &message));
    QCOMPARE(message, QStringLiteral("mutation.fields: must be empty for a delete"));
}

void TestWireCodec::changeRoundTrip()
{
    Change c;
    c.seq = 1234567;
    c.entity = EntityType::Ticket;
    c.id = QStringLiteral("t-1");
    c.rev = 7;
    c.deleted = false;
    c.data = WireCodec::encode(fullTicket());
    const QJsonObject json = WireCodec::encode(c);
    QCOMPARE(json.keys(), QStringList({"data", "deleted", "entity", "id", "rev", "seq"}));
    Change back;
    QString error;
    QVERIFY2(WireCodec::decode(json, back, &error), qPrintable(error));
    QCOMPARE(back.seq, c.seq);
    QCOMPARE(back.entity, c.entity);
    QCOMPARE(back.id, c.id);
    QCOMPARE(back.rev, c.rev);
    QCOMPARE(back.deleted, c.deleted);
    QCOMPARE(back.data, c.data);
    Ticket t;
    QVERIFY(WireCodec::decode(back.data, t, &error));
    QCOMPARE(t.number, QStringLiteral("T20261127000042"));

    // A tombstone may carry no data.
    Change tomb;
    tomb.seq = 1234568;
    tomb.entity = EntityType::Customer;
    tomb.id = QStringLiteral("c-1");
    tomb.rev = 9;
    tomb.deleted = true;
    QVERIFY2(WireCodec::decode(WireCodec::encode(tomb), back, &error), qPrintable(error));
    QCOMPARE(back.entity, EntityType::Customer);
    QVERIFY(back.deleted);
    QVERIFY(back.data.isEmpty());
}

void TestWireCodec::changeRejections_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error");
    QJsonObject badState = fullJson(EntityType::Ticket);
    badState.insert(QStringLiteral("state"), QStringLiteral("foo"));
    QJsonObject otherId = fullJson(EntityType::Ticket);
    otherId.insert(QStringLiteral("id"), QStringLiteral("t-2"));
    QTest::newRow("seq string") << "seq" << QJsonValue("5")
                                << "change.seq: expected an integer, got a string";
    QTest::newRow("seq negative") << "seq" << QJsonValue(-5) << "change.seq: must not be negative";
    QTest::newRow("seq missing") << "seq" << QJsonValue(QJsonValue::Undefined)
                                 << "change.seq: required field is missing";
    QTest::newRow("entity unknown") << "entity" << QJsonValue("tickets")
                                    << "change.entity: unknown value \"tickets\"";
    QTest::newRow("rev fraction") << "rev" << QJsonValue(7.25) << "change.rev: expected an integer, got 7.25";
    QTest::newRow("deleted string") << "deleted" << QJsonValue("no")
                                    << "change.deleted: expected a boolean, got a string";
    QTest::newRow("data string") << "data" << QJsonValue("{}")
                                 << "change.data: expected an object, got a string";
    QTest::newRow("data null") << "data" << QJsonValue(QJsonValue::Null)
                               << "change.data: expected an object, got null";
    QTest::newRow("data invalid") << "data" << QJsonValue(badState)
                                  << "change.data.state: unknown value \"foo\"";
    QTest::newRow("data other id") << "data" << QJsonValue(otherId)
                                   << "change.data.id: does not match change.id";
    QTest::newRow("data empty, live")
        << "data" << QJsonValue(QJsonObject()) << "change.data: empty, but the change is not a deletion";
    QTest::newRow("data of another entity") << "data" << QJsonValue(fullJson(EntityType::Customer))
                                            << "change.data.number: required field is missing";
}

void TestWireCodec::changeRejections()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    QJsonObject json {{"seq", 10}, {"entity", "ticket"}, {"id", "t-1"}, {"rev", 7}, {"deleted", false},
        {"data", fullJson(EntityType::Ticket)}};
    Change c;
    QString message;
    QVERIFY2(WireCodec::decode(json, c, &message), qPrintable(message));
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    QVERIFY(!WireCodec::decode(json, c, &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestWireCodec)

#include "tst_wirecodec.moc"
