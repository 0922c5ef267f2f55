#include "core/account.h"
#include "core/article.h"
#include "core/cannedreply.h"
#include "core/casestudy.h"
#include "core/chineseid.h"
#include "core/customer.h"
#include "core/interaction.h"
#include "core/riskalert.h"
#include "core/ticket.h"
#include "core/ticketevent.h"
#include "core/user.h"
#include "core/validator.h"

#include <QSet>
#include <QTest>

namespace {

const QDate Today(2026, 11, 27);
const QDateTime Now(Today, QTime(10, 0));

QString validResidentId()
{
    const QString first17 = u"11010519491231002"_qs;
    return first17 + ChineseId::checkDigit(first17);
}

Customer validCustomer()
{
    Customer c;
    c.id = Entity::newId();
    c.customerNo = u"C000001"_qs;
    c.name = u"张三"_qs;
    c.pinyin = u"zhangsan"_qs;
    c.initials = u"zs"_qs;
    c.idNumber = validResidentId();
    c.mobile = u"13812341234"_qs;
    c.email = u"zhangsan@example.com"_qs;
    c.assessedOn = QDate(2025, 3, 1);
    c.assessmentExpires = QDate(2027, 3, 1);
    c.vipLevel = 2;
    return c;
}

Ticket validTicket()
{
    Ticket t;
    t.id = Entity::newId();
    t.number = u"T20261127000001"_qs;
    t.customerId = Entity::newId();
    t.kind = TicketKind::Complaint;
    t.subject = u"转账未到账"_qs;
    t.teamId = u"team-a"_qs;
    t.createdAt = Now;
    t.acceptDue = Now.addDays(1);
    t.replyDue = Now.addDays(21);
    return t;
}

TicketEvent validEvent(EventKind kind)
{
    TicketEvent e;
    e.id = Entity::newId();
    e.ticketId = Entity::newId();
    e.kind = kind;
    e.authorId = Entity::newId();
    e.createdAt = Now;
    e.body = u"text"_qs;
    e.fromState = TicketState::New;
    e.toState = TicketState::Accepted;
    e.attachmentId = Entity::newId();
    e.articleId = Entity::newId();
    e.articleRevision = 3;
    e.linkedTicketId = Entity::newId();
    return e;
}

Account validAccount()
{
    Account a;
    a.id = Entity::newId();
    a.customerId = Entity::newId();
    a.number = u"3100123456789"_qs;
    a.kind = AccountKind::Margin;
    a.assetsFen = 50'000'000;
    a.liabilitiesFen = 30'000'000;
    a.maintenanceRatio = 1.67;
    return a;
}

Article validArticle()
{
    Article a;
    a.id = Entity::newId();
    a.categoryId = Entity::newId();
    a.title = u"融资融券维持担保比例说明"_qs;
    a.body = u"维持担保比例低于130%时……"_qs;
    a.status = ArticleStatus::Published;
    a.authorId = Entity::newId();
    a.signedOffBy = Entity::newId();
    a.effectiveFrom = QDate(2026, 1, 1);
    a.expiresOn = QDate(2026, 12, 31);
    return a;
}

CaseStudy validCase()
{
    CaseStudy c;
    c.id = Entity::newId();
    c.title = u"客户误解强制平仓规则"_qs;
    c.issue = u"客户认为未收到通知"_qs;
    c.handling = u"调取短信记录并解释"_qs;
    c.authorId = Entity::newId();
    return c;
}

CannedReply validCanned()
{
    CannedReply r;
    r.id = Entity::newId();
    r.title = u"转账时间"_qs;
    r.body = u"{customer_name}您好，工单{ticket_number}由{agent_name}为您处理。"_qs;
    return r;
}

User validUser()
{
    User u;
    u.id = Entity::newId();
    u.username = u"li.si"_qs;
    u.displayName = u"李四"_qs;
    u.teamId = Entity::newId();
    return u;
}

Interaction validInteraction()
{
    Interaction i;
    i.id = Entity::newId();
    i.customerId = Entity::newId();
    i.agentId = Entity::newId();
    i.startedAt = Now;
    i.durationSeconds = 180;
    i.recordingRef = u"rec-0001"_qs;
    return i;
}

RiskAlert validAlert()
{
    RiskAlert a;
    a.id = Entity::newId();
    a.customerId = Entity::newId();
    a.accountId = Entity::newId();
    a.text = u"维持担保比例 135%"_qs;
    a.raisedAt = Now;
    return a;
}

// Valid when `field` is empty; otherwise exactly that one field is reported, with a message.
void verifyErrors(const ValidationErrors &errors, const QString &field)
{
    QSet<QString> fields;
    for (const auto &error : errors) {
        fields.insert(error.field);
        QVERIFY2(!error.message.isEmpty(), qPrintable(error.field));
    }
    const QSet<QString> expected = field.isEmpty() ? QSet<QString>() : QSet<QString> {field};
    QVERIFY2(fields == expected, qPrintable(QStringList(fields.values()).join(u", ")));
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void customer_data()
    {
        QTest::addColumn<Customer>("customer");
        QTest::addColumn<QString>("field");
        const Customer ok = validCustomer();
        QTest::newRow("valid") << ok << QString();
        auto row = [&](const char *name, const QString &field, auto change) {
            Customer c = ok;
            change(c);
            QTest::newRow(name) << c << field;
        };
        row("no id", u"id"_qs, [](Customer &c) { c.id.clear(); });
        row("id not a uuid", u"id"_qs, [](Customer &c) { c.id = u"42"_qs; });
        row("negative rev", u"rev"_qs, [](Customer &c) { c.rev = -1; });
        row("no customer number", u"customer_no"_qs, [](Customer &c) { c.customerNo.clear(); });
        row("blank name", u"name"_qs, [](Customer &c) { c.name = u"  "_qs; });
        row("pinyin with tone", u"pinyin"_qs, [](Customer &c) { c.pinyin = u"zhāngsān"_qs; });
        row("initials upper case", u"initials"_qs, [](Customer &c) { c.initials = u"ZS"_qs; });
        row("no id number", u"id_number"_qs, [](Customer &c) { c.idNumber.clear(); });
        row("id check digit wrong", u"id_number"_qs,
            [](Customer &c) { c.idNumber[17] = c.idNumber[17] == u'0' ? u'1' : u'0'; });
        row("id birth date not real", u"id_number"_qs, [](Customer &c) {
            const QString first17 = u"11010519490231002"_qs; // 31 February
            c.idNumber = first17 + ChineseId::checkDigit(first17);
        });
        row("id 17 characters", u"id_number"_qs, [](Customer &c) { c.idNumber.chop(1); });
        row("passport not checked as resident id", QString(), [](Customer &c) {
            c.idType = IdType::Passport;
            c.idNumber = u"E12345678"_qs;
        });
        row("lower-case x accepted", QString(), [](Customer &c) {
            const QString first17 = u"11010519491231002"_qs;
            if (ChineseId::checkDigit(first17) == u'X')
                c.idNumber = first17 + u'x';
        });
        row("no mobile", u"mobile"_qs, [](Customer &c) { c.mobile.clear(); });
        row("mobile 10 digits", u"mobile"_qs, [](Customer &c) { c.mobile = u"1381234123"_qs; });
        row("mobile starts 12", u"mobile"_qs, [](Customer &c) { c.mobile = u"12812341234"_qs; });
        row("mobile with dashes", u"mobile"_qs, [](Customer &c) { c.mobile = u"138-1234-1234"_qs; });
        row("mobile 19x", QString(), [](Customer &c) { c.mobile = u"19912341234"_qs; });
        row("no email is fine", QString(), [](Customer &c) { c.email.clear(); });
        row("email without at", u"email"_qs, [](Customer &c) { c.email = u"zhangsan.example.com"_qs; });
        row("email without domain dot", u"email"_qs, [](Customer &c) { c.email = u"zs@localhost"_qs; });
        row("email with space", u"email"_qs, [](Customer &c) { c.email = u"zs @example.com"_qs; });
        row("expiry before assessment", u"assessment_expires"_qs,
            [](Customer &c) { c.assessmentExpires = c.assessedOn.addDays(-1); });
        row("expiry on assessment day", u"assessment_expires"_qs,
            [](Customer &c) { c.assessmentExpires = c.assessedOn; });
        row("expiry without assessment", u"assessed_on"_qs, [](Customer &c) { c.assessedOn = {}; });
        row("never assessed", QString(), [](Customer &c) {
            c.assessedOn = {};
            c.assessmentExpires = {};
        });
        row("vip 0", QString(), [](Customer &c) { c.vipLevel = 0; });
        row("vip 5", QString(), [](Customer &c) { c.vipLevel = 5; });
        row("vip 6", u"vip_level"_qs, [](Customer &c) { c.vipLevel = 6; });
        row("vip -1", u"vip_level"_qs, [](Customer &c) { c.vipLevel = -1; });
    }

    void customer()
    {
        QFETCH(Customer, customer);
        QFETCH(QString, field);
        verifyErrors(Validator::validate(customer, Today), field);
    }

    void customerBornTomorrow()
    {
        Customer c = validCustomer();
        const QString first17 = u"110105"_qs + Today.addDays(1).toString(u"yyyyMMdd") + u"002"_qs;
        c.idNumber = first17 + ChineseId::checkDigit(first17);
        verifyErrors(Validator::validate(c, Today), u"id_number"_qs);
        verifyErrors(Validator::validate(c, Today.addDays(2)), QString());
        verifyErrors(Validator::validate(validCustomer()), QString()); // today from the clock
    }

    void ticket_data()
    {
        QTest::addColumn<Ticket>("ticket");
        QTest::addColumn<QString>("field");
        const Ticket ok = validTicket();
        QTest::newRow("valid") << ok << QString();
        auto row = [&](const char *name, const QString &field, auto change) {
            Ticket t = ok;
            change(t);
            QTest::newRow(name) << t << field;
        };
        row("no id", u"id"_qs, [](Ticket &t) { t.id.clear(); });
        row("no number", u"number"_qs, [](Ticket &t) { t.number.clear(); });
        row("blank subject", u"subject"_qs, [](Ticket &t) { t.subject = u" \t"_qs; });
        row("subject 200", QString(), [](Ticket &t) { t.subject = QString(200, u'字'); });
        row("subject 201", u"subject"_qs, [](Ticket &t) { t.subject = QString(201, u'字'); });
        row("no creation time", u"created_at"_qs, [](Ticket &t) { t.createdAt = {}; });
        row("complaint without customer", u"customer_id"_qs, [](Ticket &t) { t.customerId.clear(); });
        row("inquiry without customer", QString(), [](Ticket &t) {
            t.kind = TicketKind::Inquiry;
            t.customerId.clear();
        });
        row("12386 without external due", u"external_due"_qs,
            [](Ticket &t) { t.source = Channel::Transfer12386; });
        row("12386 with external due", QString(), [](Ticket &t) {
            t.source = Channel::Transfer12386;
            t.externalDue = Now.addDays(10);
        });
        row("satisfaction 5", QString(), [](Ticket &t) { t.satisfaction = 5; });
        row("satisfaction 6", u"satisfaction"_qs, [](Ticket &t) { t.satisfaction = 6; });
        row("satisfaction -1", u"satisfaction"_qs, [](Ticket &t) { t.satisfaction = -1; });
        row("accept due before creation", u"accept_due"_qs, [](Ticket &t) { t.acceptDue = Now.addSecs(-1); });
        row("reply due before creation", u"reply_due"_qs, [](Ticket &t) { t.replyDue = Now.addDays(-1); });
        auto closed = [](Ticket &t) {
            t.state = TicketState::Closed;
            t.resolution = ResolutionCode::Resolved;
            t.followUp = FollowUpResult::Satisfied;
            t.closedAt = Now.addDays(3);
        };
        row("closed complete", QString(), closed);
        row("closed without resolution", u"resolution"_qs, [&](Ticket &t) {
            closed(t);
            t.resolution.reset();
        });
        row("closed complaint without follow-up", u"follow_up"_qs, [&](Ticket &t) {
            closed(t);
            t.followUp.reset();
        });
        row("closed inquiry without follow-up", QString(), [&](Ticket &t) {
            closed(t);
            t.kind = TicketKind::Inquiry;
            t.followUp.reset();
        });
        row("closed without time", u"closed_at"_qs, [&](Ticket &t) {
            closed(t);
            t.closedAt = {};
        });
        row("mediation without body", u"mediation_body"_qs,
            [](Ticket &t) { t.state = TicketState::Mediation; });
        row("arbitration without body", u"mediation_body"_qs,
            [](Ticket &t) { t.state = TicketState::Arbitration; });
        row("mediation with body", QString(), [](Ticket &t) {
            t.state = TicketState::Mediation;
            t.mediationBody = MediationBody::InvestorServiceCentre;
        });
        row("own parent", u"parent_id"_qs, [](Ticket &t) { t.parentId = t.id; });
        row("merged into itself", u"merged_into_id"_qs, [](Ticket &t) { t.mergedIntoId = t.id; });
    }

    void ticket()
    {
        QFETCH(Ticket, ticket);
        QFETCH(QString, field);
        verifyErrors(Validator::validate(ticket), field);
    }

    void ticketEvent_data()
    {
        QTest::addColumn<TicketEvent>("event");
        QTest::addColumn<QString>("field");
        for (EventKind kind : enumValues<EventKind>())
            QTest::newRow(qPrintable(u"valid " + enumKey(kind))) << validEvent(kind) << QString();
        auto row = [&](const char *name, EventKind kind, const QString &field, auto change) {
            TicketEvent e = validEvent(kind);
            change(e);
            QTest::newRow(name) << e << field;
        };
        row("no ticket", EventKind::Note, u"ticket_id"_qs, [](TicketEvent &e) { e.ticketId.clear(); });
        row("no time", EventKind::Note, u"created_at"_qs, [](TicketEvent &e) { e.createdAt = {}; });
        row("note without author", EventKind::Note, u"author_id"_qs,
            [](TicketEvent &e) { e.authorId.clear(); });
        row("sla event without author", EventKind::Sla, QString(),
            [](TicketEvent &e) { e.authorId.clear(); });
        row("empty note", EventKind::Note, u"body"_qs, [](TicketEvent &e) { e.body.clear(); });
        row("empty reply", EventKind::Reply, u"body"_qs, [](TicketEvent &e) { e.body = u" "_qs; });
        row("transition without from", EventKind::Transition, u"from_state"_qs,
            [](TicketEvent &e) { e.fromState.reset(); });
        row("transition without to", EventKind::Transition, u"to_state"_qs,
            [](TicketEvent &e) { e.toState.reset(); });
        row("transition to same state", EventKind::Transition, u"to_state"_qs,
            [](TicketEvent &e) { e.toState = e.fromState; });
        row("attachment without id", EventKind::Attachment, u"attachment_id"_qs,
            [](TicketEvent &e) { e.attachmentId.clear(); });
        row("citation without article", EventKind::Citation, u"article_id"_qs,
            [](TicketEvent &e) { e.articleId.clear(); });
        row("citation without revision", EventKind::Citation, u"article_revision"_qs,
            [](TicketEvent &e) { e.articleRevision = 0; });
        row("link without ticket", EventKind::Link, u"linked_ticket_id"_qs,
            [](TicketEvent &e) { e.linkedTicketId.clear(); });
        row("link to itself", EventKind::Link, u"linked_ticket_id"_qs,
            [](TicketEvent &e) { e.linkedTicketId = e.ticketId; });
        row("unassignment", EventKind::Assignment, QString(), [](TicketEvent &e) { e.assigneeId.clear(); });
    }

    void ticketEvent()
    {
        QFETCH(TicketEvent, event);
        QFETCH(QString, field);
        verifyErrors(Validator::validate(event), field);
    }

    void account_data()
    {
        QTest::addColumn<Account>("account");
        QTest::addColumn<QString>("field");
        const Account ok = validAccount();
        QTest::newRow("valid") << ok << QString();
        auto row = [&](const char *name, const QString &field, auto change) {
            Account a = ok;
            change(a);
            QTest::newRow(name) << a << field;
        };
        row("no customer", u"customer_id"_qs, [](Account &a) { a.customerId.clear(); });
        row("no number", u"number"_qs, [](Account &a) { a.number.clear(); });
        row("number with space", u"number"_qs, [](Account &a) { a.number = u"3100 1234"_qs; });
        row("number too short", u"number"_qs, [](Account &a) { a.number = u"12345"_qs; });
        row("negative assets", u"assets_fen"_qs, [](Account &a) { a.assetsFen = -1; });
        row("negative liabilities", u"liabilities_fen"_qs, [](Account &a) { a.liabilitiesFen = -1; });
        row("negative ratio", u"maintenance_ratio"_qs, [](Account &a) { a.maintenanceRatio = -0.1; });
        row("margin debt without ratio", u"maintenance_ratio"_qs, [](Account &a) { a.maintenanceRatio = 0; });
        row("margin without debt", QString(), [](Account &a) {
            a.liabilitiesFen = 0;
            a.maintenanceRatio = 0;
        });
        row("margin top-up deadline", QString(), [](Account &a) { a.topUpDeadline = Today.addDays(2); });
        row("cash top-up deadline", u"top_up_deadline"_qs, [](Account &a) {
            a.kind = AccountKind::Cash;
            a.liabilitiesFen = 0;
            a.maintenanceRatio = 0;
            a.topUpDeadline = Today.addDays(2);
        });
    }

    void account()
    {
        QFETCH(Account, account);
        QFETCH(QString, field);
        verifyErrors(Validator::validate(account), field);
    }

    void article_data()
    {
        QTest::addColumn<Article>("article");
        QTest::addColumn<QString>("field");
        const Article ok = validArticle();
        QTest::newRow("valid") << ok << QString();
        auto row = [&](const char *name, const QString &field, auto change) {
            Article a = ok;
            change(a);
            QTest::newRow(name) << a << field;
        };
        row("published without category", u"category_id"_qs, [](Article &a) { a.categoryId.clear(); });
        row("draft without category", QString(), [](Article &a) {
            a.status = ArticleStatus::Draft;
            a.categoryId.clear();
        });
        row("no title", u"title"_qs, [](Article &a) { a.title.clear(); });
        row("title 201", u"title"_qs, [](Article &a) { a.title = QString(201, u'字'); });
        row("no body", u"body"_qs, [](Article &a) { a.body.clear(); });
        row("no author", u"author_id"_qs, [](Article &a) { a.authorId.clear(); });
        row("revision 0", u"revision"_qs, [](Article &a) { a.revision = 0; });
        row("expires before effective", u"expires_on"_qs,
            [](Article &a) { a.expiresOn = QDate(2025, 12, 31); });
        row("expires on effective day", u"expires_on"_qs, [](Article &a) { a.expiresOn = a.effectiveFrom; });
        row("never expires", QString(), [](Article &a) { a.expiresOn = {}; });
        row("published without sign-off", u"signed_off_by"_qs, [](Article &a) { a.signedOffBy.clear(); });
        row("draft without sign-off", QString(), [](Article &a) {
            a.status = ArticleStatus::Draft;
            a.signedOffBy.clear();
        });
        row("published without effective date", u"effective_from"_qs,
            [](Article &a) { a.effectiveFrom = {}; });
        row("negative votes", u"helpful_no"_qs, [](Article &a) { a.helpfulNo = -1; });
    }

    void article()
    {
        QFETCH(Article, article);
        QFETCH(QString, field);
        verifyErrors(Validator::validate(article), field);
    }

    void others_data()
    {
        // Entities with few rules share one table: the validation result is computed in _data.
        QTest::addColumn<ValidationErrors>("errors");
        QTest::addColumn<QString>("field");
        auto add = [](const char *name, const ValidationErrors &errors, const QString &field) {
            QTest::newRow(name) << errors << field;
        };
        add("case valid", Validator::validate(validCase()), QString());
        {
            CaseStudy c = validCase();
            c.title.clear();
            add("case no title", Validator::validate(c), u"title"_qs);
            c = validCase();
            c.issue.clear();
            add("case no issue", Validator::validate(c), u"issue"_qs);
            c = validCase();
            c.handling.clear();
            add("case no handling", Validator::validate(c), u"handling"_qs);
            c = validCase();
            c.authorId.clear();
            add("case no author", Validator::validate(c), u"author_id"_qs);
        }
        add("canned valid", Validator::validate(validCanned()), QString());
        {
            CannedReply r = validCanned();
            r.title.clear();
            add("canned no title", Validator::validate(r), u"title"_qs);
            r = validCanned();
            r.body.clear();
            add("canned no body", Validator::validate(r), u"body"_qs);
            r = validCanned();
            r.body = u"{客户姓名}您好"_qs;
            add("canned unknown placeholder", Validator::validate(r), u"body"_qs);
            r.body = u"{customer_name}您好 {}"_qs;
            add("canned empty placeholder", Validator::validate(r), u"body"_qs);
        }
        add("user valid", Validator::validate(validUser()), QString());
        {
            User u = validUser();
            u.username.clear();
            add("user no username", Validator::validate(u), u"username"_qs);
            u = validUser();
            u.username = u"李四"_qs;
            add("user non-latin username", Validator::validate(u), u"username"_qs);
            u = validUser();
            u.displayName.clear();
            add("user no display name", Validator::validate(u), u"display_name"_qs);
            u = validUser();
            u.teamId.clear();
            add("agent without team", Validator::validate(u), u"team_id"_qs);
            u.role = Role::Lead;
            add("lead without team", Validator::validate(u), u"team_id"_qs);
            u.role = Role::Admin;
            add("admin without team", Validator::validate(u), QString());
        }
        add("interaction valid", Validator::validate(validInteraction()), QString());
        {
            Interaction i = validInteraction();
            i.customerId.clear();
            add("interaction no customer", Validator::validate(i), u"customer_id"_qs);
            i = validInteraction();
            i.agentId.clear();
            add("interaction no agent", Validator::validate(i), u"agent_id"_qs);
            i = validInteraction();
            i.startedAt = {};
            add("interaction no start", Validator::validate(i), u"started_at"_qs);
            i = validInteraction();
            i.durationSeconds = -5;
            add("interaction negative duration", Validator::validate(i), u"duration_seconds"_qs);
            i = validInteraction();
            i.channel = Channel::Email;
            add("email with recording", Validator::validate(i), u"recording_ref"_qs);
        }
        add("alert valid", Validator::validate(validAlert()), QString());
        {
            RiskAlert a = validAlert();
            a.customerId.clear();
            add("alert no customer", Validator::validate(a), u"customer_id"_qs);
            a = validAlert();
            a.text.clear();
            add("alert no text", Validator::validate(a), u"text"_qs);
            a = validAlert();
            a.raisedAt = {};
            add("alert no time", Validator::validate(a), u"raised_at"_qs);
            a = validAlert();
            a.accountId.clear();
            add("margin call without account", Validator::validate(a), u"account_id"_qs);
            a.kind = RiskAlertKind::AssessmentExpired;
            add("assessment alert without account", Validator::validate(a), QString());
            a = validAlert();
            a.state = AlertState::Acknowledged;
            a.acknowledgedAt = Now;
            add("acknowledged by nobody", Validator::validate(a), u"acknowledged_by"_qs);
            a.acknowledgedBy = Entity::newId();
            a.acknowledgedAt = {};
            add("acknowledged at no time", Validator::validate(a), u"acknowledged_at"_qs);
        }
    }

    void others()
    {
        QFETCH(ValidationErrors, errors);
        QFETCH(QString, field);
        verifyErrors(errors, field);
    }

    void messagesNameTheRule()
    {
        Customer c = validCustomer();
        c.mobile = u"123"_qs;
        const auto errors = Validator::validate(c, Today);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().message.contains(u"11 digits"), qPrintable(errors.first().message));

        CannedReply r = validCanned();
        r.body = u"{name}"_qs;
        const auto replyErrors = Validator::validate(r);
        QCOMPARE(replyErrors.size(), 1);
        QVERIFY(replyErrors.first().message.contains(u"{name}"));
        QVERIFY(replyErrors.first().message.contains(u"{customer_name}"));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
