#pragma once

// The customer every Customer 360 test looks at, in a fresh store: 张三 (C3, assessment
// expiring in 13 days) with a namesake sharing the last four digits of the mobile, a cash
// account holding one product of each risk level (the R5 one an ST share), a margin account
// under the close-out line with the back office's margin call, an open complaint and a
// closed one with a survey and a reply, a call yesterday, and two margin articles.

#include "core/account.h"
#include "core/actor.h"
#include "core/article.h"
#include "core/change.h"
#include "core/customer.h"
#include "core/holding.h"
#include "core/interaction.h"
#include "core/riskalert.h"
#include "core/ticket.h"
#include "core/ticketevent.h"
#include "core/user.h"
#include "core/wirecodec.h"
#include "store/database.h"
#include "store/repository.h"
#include "store/remoteapplier.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// Friday 27 November 2026, 10:00 in Beijing.
inline const QDateTime s_now = QDateTime(QDate(2026, 11, 27), QTime(2, 0), QTimeZone::utc());

class CustomerFixture
{
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_profiles = 0;
    const QString m_team = Entity::newId();
    User m_agent;
    User m_trainer;
    Customer m_customer;
    Account m_margin;
    QDateTime m_clock = s_now;

    Actor agent() const { return {m_agent.id, Role::Agent, m_team}; }
    Actor trainer() const { return {m_trainer.id, Role::Trainer, QString()}; }

    template<typename T> void apply(const QList<T> &records)
    {
        QList<Change> changes;
        qint64 seq = 0;
        for (const T &r : records)
            changes.append({++seq, entityTypeOf<T>(), r.id, r.rev, false, WireCodec::encode(r)});
        QString error;
        QVERIFY2(RemoteApplier(*m_db).applyPage(changes, QString(), &error), qPrintable(error));
    }

    User user(const QString &name, Role role)
    {
        User u;
        u.id = Entity::newId();
        u.rev = 1;
        u.username = name;
        u.displayName = name;
        u.role = role;
        u.teamId = role == Role::Trainer ? QString() : m_team;
        return u;
    }

    Customer customer(const QString &name, const QString &pinyin, const QString &initials,
        const QString &mobile, const QString &idNumber, RiskClass riskClass = RiskClass::C3)
    {
        Customer c;
        c.id = Entity::newId();
        c.rev = 1;
        c.customerNo = QStringLiteral("31%1").arg(mobile.right(8));
        c.name = name;
        c.pinyin = pinyin;
        c.initials = initials;
        c.idNumber = idNumber;
        c.mobile = mobile;
        c.email = QStringLiteral("zs@example.com");
        c.branch = QStringLiteral("上海浦东营业部");
        c.accountManager = QStringLiteral("李四");
        c.riskClass = riskClass;
        c.assessedOn = QDate(2024, 12, 10);
        c.assessmentExpires = QDate(2026, 12, 10); // 13 days after "today"
        c.vipLevel = 3;
        return c;
    }

    Holding holding(const QString &accountId, const QString &code, ProductRisk risk, qint64 fen,
        const QString &name = QStringLiteral("产品"))
    {
        Holding h;
        h.id = Entity::newId();
        h.rev = 1;
        h.accountId = accountId;
        h.customerId = m_customer.id;
        h.productCode = code;
        h.productName = name;
        h.productRisk = risk;
        h.quantity = 100;
        h.marketValueFen = fen;
        return h;
    }

    void seed()
    {
        m_clock = s_now;
        m_db = std::make_unique<Database>(m_dir.filePath(QString::number(++m_profiles)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_agent = user(QStringLiteral("王芳"), Role::Agent);
        m_trainer = user(QStringLiteral("赵老师"), Role::Trainer);
        apply(QList<User> {m_agent, m_trainer});
        m_customer = customer(QStringLiteral("张三"), QStringLiteral("zhangsan"), QStringLiteral("zs"),
            QStringLiteral("13812345678"), QStringLiteral("11010519491231002X"));
        // A namesake with another mobile ending in the same four digits.
        const Customer namesake
            = customer(QStringLiteral("张三"), QStringLiteral("zhangsan"), QStringLiteral("zs"),
                QStringLiteral("13912345678"), QStringLiteral("110105195001010015"), RiskClass::C5);
        apply(QList<Customer> {m_customer, namesake});

        Account cash;
        cash.id = Entity::newId();
        cash.rev = 1;
        cash.customerId = m_customer.id;
        cash.number = QStringLiteral("100000000017");
        cash.kind = AccountKind::Cash;
        cash.assetsFen = 12345678;
        m_margin = cash;
        m_margin.id = Entity::newId();
        m_margin.number = QStringLiteral("200000000017");
        m_margin.kind = AccountKind::Margin;
        m_margin.maintenanceRatio = 1.25; // under the close-out line
        m_margin.liabilitiesFen = 1000000;
        apply(QList<Account> {cash, m_margin});
        // One holding at each risk level, the R5 one an ST share.
        QList<Holding> holdings;
        for (ProductRisk r : enumValues<ProductRisk>())
            holdings.append(holding(cash.id, QStringLiteral("60000%1").arg(int(r)), r, 100000 * (int(r) + 1),
                r == ProductRisk::R5 ? QStringLiteral("ST 华信达") : QStringLiteral("产品")));
        apply(holdings);

        // The back office raised the margin call already; the suitability findings are
        // the workstation's own.
        RiskAlert call;
        call.id = Entity::newId();
        call.rev = 1;
        call.customerId = m_customer.id;
        call.accountId = m_margin.id;
        call.kind = RiskAlertKind::MarginCall;
        call.severity = Severity::Critical;
        call.text = QStringLiteral("维持担保比例 125%，低于平仓线");
        call.raisedAt = s_now.addSecs(-3600);
        apply(QList<RiskAlert> {call});

        Ticket open;
        open.id = Entity::newId();
        open.rev = 1;
        open.number = QStringLiteral("T20261120000001");
        open.customerId = m_customer.id;
        open.teamId = m_team;
        open.kind = TicketKind::Complaint;
        open.state = TicketState::Processing;
        open.subject = QStringLiteral("两融强平争议");
        open.createdAt = s_now.addDays(-7);
        open.replyDue = s_now.addDays(8);
        Ticket closed = open;
        closed.id = Entity::newId();
        closed.number = QStringLiteral("T20261001000002");
        closed.state = TicketState::Closed;
        closed.createdAt = s_now.addDays(-50);
        closed.closedAt = s_now.addDays(-40);
        closed.satisfaction = 4;
        closed.resolution = ResolutionCode::Explained;
        closed.followUp = FollowUpResult::Satisfied;
        apply(QList<Ticket> {open, closed});
        TicketEvent reply;
        reply.id = Entity::newId();
        reply.rev = 1;
        reply.ticketId = closed.id;
        reply.kind = EventKind::Reply;
        reply.body = QStringLiteral("您好，已为您解释。");
        reply.authorId = m_agent.id;
        reply.createdAt = s_now.addDays(-45);
        apply(QList<TicketEvent> {reply});
        Interaction call1;
        call1.id = Entity::newId();
        call1.rev = 1;
        call1.customerId = m_customer.id;
        call1.agentId = m_agent.id;
        call1.startedAt = s_now.addDays(-1);
        call1.durationSeconds = 125;
        call1.summary = QStringLiteral("咨询追保");
        apply(QList<Interaction> {call1});

        Article article;
        article.id = Entity::newId();
        article.rev = 1;
        article.title = QStringLiteral("投资者教育：融资融券主要风险");
        article.tags = {QStringLiteral("两融"), QStringLiteral("投资者教育"), QStringLiteral("强制平仓")};
        article.status = ArticleStatus::Published;
        article.revision = 3;
        article.effectiveFrom = QDate(2025, 1, 1);
        Article other = article;
        other.id = Entity::newId();
        other.title = QStringLiteral("融资融券开户条件");
        other.tags = {QStringLiteral("两融")};
        apply(QList<Article> {article, other});
    }
};
