#pragma once

// Fully populated records of every entity (every field off its default), shared by the
// store tests.

#include "core/wirecodec.h"
#include "store/database.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace SampleData {

// A migrated database in a directory of its own under dir, so each test function starts
// from an empty store; nullptr (with the reason in *error) when it does not open.
inline std::unique_ptr<Database> freshDatabase(const QTemporaryDir &dir, QString *error)
{
    auto db
        = std::make_unique<Database>(dir.filePath(QString::number(QRandomGenerator::global()->generate())));
    if (!db->open(error))
        return nullptr;
    return db;
}

inline QDateTime at(int day, int hour = 9, int minute = 30, int ms = 123)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, 0, ms), Qt::UTC);
}

inline Customer customer(int i = 1)
{
    Customer c;
    c.id = Entity::newId();
    c.rev = 7;
    c.updatedAt = at(20);
    c.customerNo = QStringLiteral("C%1").arg(i, 8, 10, QLatin1Char('0'));
    c.name = QStringLiteral("张三%1").arg(i);
    c.pinyin = QStringLiteral("zhangsan%1").arg(i);
    c.initials = QStringLiteral("zs%1").arg(i);
    c.idType = IdType::Passport;
    c.idNumber = QStringLiteral("11010519491231002X");
    c.mobile = QStringLiteral("1380013%1").arg(i, 4, 10, QLatin1Char('0'));
    c.email = QStringLiteral("zs@example.com");
    c.branch = QStringLiteral("上海浦东营业部");
    c.accountManager = QStringLiteral("李四");
    c.investorType = InvestorType::Professional;
    c.riskClass = RiskClass::C4;
    c.assessedOn = QDate(2025, 3, 1);
    c.assessmentExpires = QDate(2028, 3, 1);
    c.vipLevel = 3;
    c.status = CustomerStatus::Dormant;
    c.tags = {QStringLiteral("vip"), QStringLiteral("两融")};
    return c;
}

inline Account account(const QString &customerId)
{
    Account a;
    a.id = Entity::newId();
    a.rev = 2;
    a.updatedAt = at(21);
    a.customerId = customerId;
    a.number = QStringLiteral("6600123456789");
    a.kind = AccountKind::Margin;
    a.status = AccountStatus::Frozen;
    a.assetsFen = 123456789012;
    a.liabilitiesFen = 9876543210;
    a.maintenanceRatio = 1.3725;
    a.topUpDeadline = QDate(2026, 11, 30);
    a.openedOn = QDate(2019, 5, 6);
    return a;
}

inline Holding holding(const QString &accountId, const QString &customerId)
{
    Holding h;
    h.id = Entity::newId();
    h.rev = 1;
    h.updatedAt = at(21);
    h.accountId = accountId;
    h.customerId = customerId;
    h.productCode = QStringLiteral("600519");
    h.productName = QStringLiteral("贵州茅台");
    h.productRisk = ProductRisk::R4;
    h.quantity = 300;
    h.marketValueFen = 51234500;
    return h;
}

inline Trade trade(const QString &accountId, const QString &customerId)
{
    Trade t;
    t.id = Entity::newId();
    t.rev = 1;
    t.updatedAt = at(21);
    t.accountId = accountId;
    t.customerId = customerId;
    t.productCode = QStringLiteral("510300");
    t.productName = QStringLiteral("沪深300ETF");
    t.side = TradeSide::Sell;
    t.quantity = 1000;
    t.priceMilli = 3912;
    t.tradedAt = at(19, 10, 5);
    return t;
}

inline RiskAlert riskAlert(const QString &customerId, const QString &accountId)
{
    RiskAlert r;
    r.id = Entity::newId();
    r.rev = 4;
    r.updatedAt = at(22);
    r.customerId = customerId;
    r.accountId = accountId;
    r.kind = RiskAlertKind::MarginCall;
    r.severity = Severity::Critical;
    r.text = QStringLiteral("维持担保比例 128%");
    r.state = AlertState::Acknowledged;
    r.raisedAt = at(22, 15);
    r.acknowledgedBy = Entity::newId();
    r.acknowledgedAt = at(22, 16);
    return r;
}

inline Interaction interaction(const QString &customerId, const QString &ticketId)
{
    Interaction i;
    i.id = Entity::newId();
    i.rev = 1;
    i.updatedAt = at(23);
    i.customerId = customerId;
    i.channel = Channel::Transfer12386;
    i.direction = Direction::Outbound;
    i.agentId = Entity::newId();
    i.startedAt = at(23, 11);
    i.durationSeconds = 421;
    i.summary = QStringLiteral("回访客户");
    i.recordingRef = QStringLiteral("rec-0001");
    i.ticketId = ticketId;
    return i;
}

inline Ticket ticket(int i = 1)
{
    Ticket t;
    t.id = Entity::newId();
    t.rev = 9;
    t.updatedAt = at(24, 8, i % 60);
    t.number = QStringLiteral("T20261124%1").arg(i, 6, 10, QLatin1Char('0'));
    t.customerId = Entity::newId();
    t.kind = TicketKind::Complaint;
    t.source = Channel::Transfer12386;
    t.category = TicketCategory::Margin;
    t.subject = QStringLiteral("强制平仓争议 %1").arg(i);
    t.description = QStringLiteral("客户对强平价格有异议");
    t.priority = Priority::Urgent;
    t.state = TicketState::Mediation;
    t.assigneeId = Entity::newId();
    t.teamId = Entity::newId();
    t.createdAt = at(2);
    t.acceptDue = at(3);
    t.replyDue = at(20);
    t.externalDue = at(18);
    t.replyDueExtended = true;
    t.firstResponseAt = at(2, 10);
    t.closedAt = at(25);
    t.resolution = ResolutionCode::Mediated;
    t.followUp = FollowUpResult::Unsatisfied;
    t.mediationBody = MediationBody::SacCentre;
    t.satisfaction = 2;
    t.parentId = Entity::newId();
    t.mergedIntoId = Entity::newId();
    return t;
}

inline TicketEvent ticketEvent(const QString &ticketId)
{
    TicketEvent e;
    e.id = Entity::newId();
    e.rev = 1;
    e.updatedAt = at(24);
    e.ticketId = ticketId;
    e.kind = EventKind::Transition;
    e.authorId = Entity::newId();
    e.createdAt = at(24, 9, 1, 7);
    e.body = QStringLiteral("转入调解");
    e.fromState = TicketState::Processing;
    e.toState = TicketState::Mediation;
    e.assigneeId = Entity::newId();
    e.attachmentId = Entity::newId();
    e.articleId = Entity::newId();
    e.articleRevision = 3;
    e.linkedTicketId = Entity::newId();
    e.extra = QJsonObject {{QStringLiteral("mediation_body"), QStringLiteral("sac_centre")}};
    return e;
}

inline Attachment attachment(const QString &ticketId)
{
    Attachment a;
    a.id = Entity::newId();
    a.rev = 1;
    a.updatedAt = at(24);
    a.ticketId = ticketId;
    a.name = QStringLiteral("对账单.pdf");
    a.mimeType = QStringLiteral("application/pdf");
    a.size = 204800;
    a.sha256 = QByteArray(64, 'a');
    a.blobPath = QStringLiteral("blobs/aa/aaaa");
    return a;
}

inline Article article(const QString &categoryId)
{
    Article a;
    a.id = Entity::newId();
    a.rev = 3;
    a.updatedAt = at(10);
    a.categoryId = categoryId;
    a.title = QStringLiteral("融资融券维持担保比例");
    a.body = QStringLiteral("# 维持担保比例\n低于 130% 将被平仓。");
    a.tags = {QStringLiteral("两融"), QStringLiteral("平仓")};
    a.status = ArticleStatus::Published;
    a.revision = 4;
    a.authorId = Entity::newId();
    a.signedOffBy = Entity::newId();
    a.signedOffAt = at(9);
    a.effectiveFrom = QDate(2026, 1, 1);
    a.expiresOn = QDate(2027, 1, 1);
    a.helpfulYes = 12;
    a.helpfulNo = 1;
    return a;
}

inline ArticleCategory articleCategory(const QString &parentId)
{
    ArticleCategory c;
    c.id = Entity::newId();
    c.rev = 1;
    c.updatedAt = at(1);
    c.parentId = parentId;
    c.name = QStringLiteral("融资融券");
    c.sortOrder = 5;
    return c;
}

inline ArticleRevision articleRevision(const QString &articleId)
{
    ArticleRevision r;
    r.id = Entity::newId();
    r.rev = 1;
    r.updatedAt = at(9);
    r.articleId = articleId;
    r.revision = 4;
    r.title = QStringLiteral("标题");
    r.body = QStringLiteral("正文");
    r.authorId = Entity::newId();
    r.createdAt = at(9, 8);
    return r;
}

inline CaseStudy caseStudy()
{
    CaseStudy c;
    c.id = Entity::newId();
    c.rev = 2;
    c.updatedAt = at(11);
    c.title = QStringLiteral("强平争议调解案例");
    c.background = QStringLiteral("背景");
    c.issue = QStringLiteral("争议焦点");
    c.handling = QStringLiteral("处理过程");
    c.outcome = QStringLiteral("处理结果");
    c.lessons = QStringLiteral("经验启示");
    c.rulesCited = {QStringLiteral("证券法第九十四条")};
    c.tags = {QStringLiteral("两融"), QStringLiteral("调解")};
    c.sourceTicketId = Entity::newId();
    c.authorId = Entity::newId();
    c.createdAt = at(11, 7);
    return c;
}

inline CaseComment caseComment(const QString &caseId)
{
    CaseComment c;
    c.id = Entity::newId();
    c.rev = 1;
    c.updatedAt = at(12);
    c.caseId = caseId;
    c.authorId = Entity::newId();
    c.body = QStringLiteral("很有参考价值");
    c.createdAt = at(12, 13);
    return c;
}

inline CannedReply cannedReply(const QString &teamId)
{
    CannedReply r;
    r.id = Entity::newId();
    r.rev = 1;
    r.updatedAt = at(5);
    r.title = QStringLiteral("密码重置指引");
    r.body = QStringLiteral("{customer_name} 您好");
    r.category = TicketCategory::Password;
    r.teamId = teamId;
    return r;
}

inline User user(const QString &teamId)
{
    User u;
    u.id = Entity::newId();
    u.rev = 1;
    u.updatedAt = at(5);
    u.username = QStringLiteral("agent007");
    u.displayName = QStringLiteral("王五");
    u.role = Role::Lead;
    u.teamId = teamId;
    u.active = false;
    return u;
}

inline Team team()
{
    Team t;
    t.id = Entity::newId();
    t.rev = 1;
    t.updatedAt = at(5);
    t.name = QStringLiteral("投诉处理组");
    t.assignmentRule = AssignmentRule::LeastLoaded;
    return t;
}

inline AuditEntry auditEntry()
{
    AuditEntry a;
    a.id = Entity::newId();
    a.rev = 1;
    a.updatedAt = at(6);
    a.at = at(6, 14);
    a.userId = Entity::newId();
    a.action = QStringLiteral("reveal_pii");
    a.entity = QStringLiteral("customer");
    a.entityId = Entity::newId();
    a.reason = QStringLiteral("客户来电核实身份");
    a.detail = QJsonObject {{QStringLiteral("field"), QStringLiteral("mobile")}};
    return a;
}

// The wire form, for comparing records without operator==.
template<typename T> QByteArray wire(const T &value)
{
    return WireCodec::toBytes(WireCodec::encode(value));
}

} // namespace SampleData
