#include "tools/knowledgegenerator.h"

#include "core/article.h"
#include "core/articlecategory.h"
#include "core/articlerevision.h"
#include "core/cannedreply.h"
#include "core/casecomment.h"
#include "core/casestudy.h"
#include "tools/demoorg.h"
#include "tools/demorandom.h"
#include "tools/demosink.h"
#include "tools/demotime.h"

#include <QHash>

namespace {

constexpr const char16_t *kEditions[] = {u"上海", u"北京", u"深圳", u"广州", u"杭州", u"南京", u"成都",
    u"武汉", u"西安", u"重庆", u"苏州", u"天津"};

constexpr const char16_t *kEditionNotes[] = {
    u"本地营业部可提供预约办理，办理前请致电确认所需材料与营业时间。",
    u"如遇系统升级或节假日安排调整，以公司最新公告为准。",
    u"坐席答复时请先核实客户身份，不得索要密码与验证码，不得承诺收益。",
    u"涉及适当性匹配的，须确认客户风险承受能力评估在有效期内。",
    u"客户对答复有异议的，可引导其通过投诉渠道或 12386 热线反映。",
};

constexpr const char16_t *kComments[] = {
    u"这个案例在新人培训里很有代表性，建议补充通话录音要点。",
    u"处理过程中回访记录完整，值得学习。",
    u"注意：答复中不能出现任何保本或收益承诺的表述。",
    u"类似情况下应第一时间升级给组长，避免超过受理时限。",
    u"建议把相关法规条款链接到知识库文章，方便坐席查阅。",
};

struct Canned
{
    const char16_t *title;
    const char16_t *body;
    TicketCategory category;
};

constexpr Canned kCanned[] = {
    {u"受理确认",
        u"{customer_name}您好，您反映的问题已受理，工单号 "
        u"{ticket_number}，我们将在规定时限内答复您。经办人：{agent_name}。",
        TicketCategory::Other},
    {u"密码重置指引",
        u"{customer_name}您好，出于安全考虑，坐席无法代为重置密码。请通过 App "
        u"人脸识别自助重置，或携带身份证原件至营业部办理。如有疑问请联系 {agent_name}。",
        TicketCategory::Password},
    {u"银证转账时间",
        u"{customer_name}您好，银证转账办理时间为交易日 9:00–16:00，节假日暂停办理。工单号 {ticket_number}。",
        TicketCategory::BankTransfer},
    {u"追保提醒",
        u"{customer_name}您好，您的信用账户维持担保比例已低于 "
        u"130%，请于规定期限内追加担保物或了结负债，逾期公司将按合同约定强制平仓。",
        TicketCategory::Margin},
    {u"适当性说明",
        u"{customer_name}"
        u"您好，根据投资者适当性管理规定，产品风险等级高于您的风险承受能力时，需签署特别风险警示书后方可购买"
        u"。",
        TicketCategory::Suitability},
    {u"测评过期提醒",
        u"{customer_name}您好，您的风险承受能力评估已过期，请在 App 重新完成测评后再购买中高风险产品。",
        TicketCategory::Suitability},
    {u"系统故障致歉",
        u"{customer_name}"
        u"您好，今日交易系统出现故障给您带来不便，我们深表歉意。故障期间委托以交易所回报为准，工单号 "
        u"{ticket_number}，{agent_name} 将逐笔为您核实。",
        TicketCategory::SystemOutage},
    {u"费用说明",
        u"{customer_name}您好，交易费用包括佣金、印花税（卖出收取）、经手费和过户费，明细可在 App "
        u"对账单中查询。",
        TicketCategory::Fees},
    {u"新股申购额度",
        u"{customer_name}您好，新股申购额度按 T-2 日前 20 个交易日日均持有市值计算，沪深市场分别计算。",
        TicketCategory::Ipo},
    {u"港股通开通条件",
        u"{customer_name}您好，个人投资者开通港股通需前 20 个交易日日均资产不低于 50 万元并通过知识测评。",
        TicketCategory::HkConnect},
    {u"投诉答复",
        u"{customer_name}您好，关于您的投诉（工单号 "
        u"{ticket_number}），经调查核实，处理结果如下：……如对答复不满意，您可申请调解。经办人：{agent_name}"
        u"。",
        TicketCategory::ServiceAttitude},
    {u"回访话术",
        u"{customer_name}您好，我是客服 {agent_name}，就您此前反映的问题（工单号 "
        u"{ticket_number}）进行回访，请问您对处理结果是否满意？",
        TicketCategory::Other},
};

} // namespace

KnowledgeGenerator::KnowledgeGenerator(const DemoOrg &org, const QDateTime &now)
    : m_org(org)
    , m_now(now)
    , m_articles(SeedContent::articles(&m_errors))
    , m_cases(SeedContent::cases(&m_errors))
{
}

void KnowledgeGenerator::setContent(const QList<SeedArticle> &articles, const QList<SeedCase> &cases)
{
    m_articles = articles;
    m_cases = cases;
}

qint64 KnowledgeGenerator::generateArticles(
    int count, DemoRandom &random, DemoSink &sink, QList<DemoArticleRef> *published)
{
    qint64 rows = 0;
    const qint64 nowMs = DemoTime::ms(m_now);
    const QDate today = DemoTime::chinaDate(nowMs);

    QStringList names = SeedContent::categoryNames();
    for (const SeedArticle &a : std::as_const(m_articles))
        if (!names.contains(a.category))
            names.append(a.category);
    QHash<QString, QString> categoryIds;
    for (qsizetype i = 0; i < names.size(); ++i) {
        ArticleCategory c;
        c.id = random.uuid();
        c.rev = 1;
        c.updatedAt = m_now;
        c.name = names[i];
        c.sortOrder = int(i + 1) * 10;
        sink.add(c);
        ++rows;
        categoryIds.insert(c.name, c.id);
    }

    QList<SeedArticle> bases = m_articles;
    if (bases.isEmpty()) {
        // Without shipped content (a partial checkout) still produce a usable KB.
        for (const QString &n : std::as_const(names))
            bases.append({QString(), n + QStringLiteral("常见问题"), n, {n},
                QStringLiteral("# %1常见问题\n\n请参阅公司最新业务规则，或咨询您的客户经理。").arg(n)});
    }
    const QStringList authors
        = {m_org.trainerId, m_org.teams[DemoOrg::ServiceOne].leadId, m_org.teams[DemoOrg::ServiceTwo].leadId};
    for (int i = 0; i < count; ++i) {
        const SeedArticle &base = bases[i % bases.size()];
        const int edition = i / int(bases.size());
        Article a;
        a.id = random.uuid();
        a.rev = 1;
        a.categoryId = categoryIds.value(base.category);
        a.tags = base.tags;
        a.title = base.title;
        a.body = base.body;
        if (edition > 0) {
            // A regional or yearly edition of a shipped article.
            const QString city = QString::fromUtf16(kEditions[size_t(edition - 1) % std::size(kEditions)]);
            const int series = (edition - 1) / int(std::size(kEditions)) + 1;
            a.title = QStringLiteral("%1（%2地区版·第%3辑）").arg(base.title, city).arg(series);
            a.body
                += QStringLiteral("\n\n## %1地区补充说明\n\n%2")
                       .arg(city,
                           QString::fromUtf16(random.pick(std::span<const char16_t *const>(kEditionNotes))));
            a.tags.append(city);
        }
        a.authorId = authors.at(random.below(int(authors.size())));
        const int revisions = int(random.weighted({50, 35, 15})) + 1;
        a.revision = revisions;
        qint64 createdMs = nowMs - random.between(60, 900) * DemoTime::Day;
        // Older revisions: the first draft lacked the final section.
        for (int r = 1; r <= revisions; ++r) {
            ArticleRevision rev;
            rev.id = random.uuid();
            rev.rev = 1;
            rev.articleId = a.id;
            rev.revision = r;
            rev.title = a.title;
            rev.body = r == revisions ? a.body
                                      : a.body.left(a.body.lastIndexOf(QLatin1String("\n\n")) > 0
                                              ? a.body.lastIndexOf(QLatin1String("\n\n"))
                                              : a.body.size());
            rev.authorId = r == 1 ? a.authorId : authors.at(random.below(int(authors.size())));
            rev.createdAt = DemoTime::at(createdMs);
            rev.updatedAt = rev.createdAt;
            sink.add(rev);
            ++rows;
            if (r < revisions)
                createdMs += random.between(5, 50) * DemoTime::Day;
        }
        a.updatedAt = DemoTime::at(createdMs);
        const int state = edition == 0 ? 0 : random.weighted({92, 4, 4}); // published, draft, in review
        a.status = state == 0 ? ArticleStatus::Published
            : state == 1      ? ArticleStatus::Draft
                              : ArticleStatus::InReview;
        if (a.status == ArticleStatus::Published) {
            a.signedOffBy = m_org.complianceId;
            a.signedOffAt = DemoTime::at(createdMs + random.between(2, 48) * DemoTime::Hour);
            a.effectiveFrom = DemoTime::chinaDate(DemoTime::ms(a.signedOffAt)).addDays(1);
            a.helpfulYes = int(random.between(0, 300));
            a.helpfulNo = int(random.between(0, a.helpfulYes / 8 + 3));
        }
        // Two of the shipped articles have lapsed: one archived, one past its expiry.
        if (i == 3 || i == 11) {
            a.expiresOn = today.addDays(-random.between(5, 60));
            if (i == 3)
                a.status = ArticleStatus::Archived;
        } else if (a.status == ArticleStatus::Published && random.chance(0.2)) {
            a.expiresOn = today.addDays(random.between(60, 700));
        }
        sink.add(a);
        ++rows;
        if (published && a.status == ArticleStatus::Published
            && (!a.expiresOn.isValid() || a.expiresOn >= today))
            published->append({a.id, a.revision, base.category});
    }
    return rows;
}

qint64 KnowledgeGenerator::generateCases(int count, DemoRandom &random, DemoSink &sink)
{
    if (m_cases.isEmpty())
        return 0;
    qint64 rows = 0;
    const qint64 nowMs = DemoTime::ms(m_now);
    QStringList commenters = {m_org.trainerId};
    for (const DemoTeam &t : std::as_const(m_org.teams)) {
        commenters.append(t.leadId);
        commenters.append(t.agentIds.first());
    }
    for (int i = 0; i < count; ++i) {
        const SeedCase &base = m_cases[i % m_cases.size()];
        const int edition = i / int(m_cases.size());
        CaseStudy c;
        c.id = random.uuid();
        c.rev = 1;
        c.title
            = edition == 0 ? base.title : QStringLiteral("%1（复盘 %2）").arg(base.title).arg(edition + 1);
        c.background = base.background;
        c.issue = base.issue;
        c.handling = base.handling;
        c.outcome = base.outcome;
        c.lessons = base.lessons;
        c.rulesCited = base.rules;
        c.tags = base.tags;
        c.authorId = m_org.trainerId;
        const qint64 created = nowMs - random.between(10, 700) * DemoTime::Day;
        c.createdAt = DemoTime::at(created);
        c.updatedAt = c.createdAt;
        sink.add(c);
        ++rows;
        const int comments = random.weighted({30, 40, 20, 10});
        qint64 at = created;
        for (int k = 0; k < comments; ++k) {
            CaseComment cc;
            cc.id = random.uuid();
            cc.rev = 1;
            cc.caseId = c.id;
            cc.authorId = commenters.at(random.below(int(commenters.size())));
            cc.body = QString::fromUtf16(random.pick(std::span<const char16_t *const>(kComments)));
            at += random.between(1, 5 * 24) * DemoTime::Hour;
            cc.createdAt = DemoTime::at(std::min(at, nowMs - DemoTime::Hour));
            cc.updatedAt = cc.createdAt;
            sink.add(cc);
            ++rows;
        }
    }
    return rows;
}

qint64 KnowledgeGenerator::generateCannedReplies(DemoRandom &random, DemoSink &sink)
{
    for (const Canned &k : kCanned) {
        CannedReply r;
        r.id = random.uuid();
        r.rev = 1;
        r.updatedAt = m_now;
        r.title = QString::fromUtf16(k.title);
        r.body = QString::fromUtf16(k.body);
        r.category = k.category;
        // The complaint answer belongs to the complaints team; the rest are for everyone.
        if (k.category == TicketCategory::ServiceAttitude)
            r.teamId = m_org.teams[DemoOrg::Complaints].id;
        sink.add(r);
    }
    return qint64(std::size(kCanned));
}
