#include "tools/demogenerator.h"

#include "core/customer.h"
#include "tools/countingsink.h"
#include "tools/customergenerator.h"
#include "tools/democustomerref.h"
#include "tools/demorandom.h"
#include "tools/knowledgegenerator.h"
#include "tools/orggenerator.h"
#include "tools/portfoliogenerator.h"
#include "tools/ticketgenerator.h"

DemoGenerator::DemoGenerator(const DemoOptions &options) : m_options(options) { }

qint64 DemoGenerator::run(DemoSink &target)
{
    CountingSink sink(&target);
    auto report = [this, &sink](const char *phase, qint64 done, qint64 total) {
        if (m_progress)
            m_progress(QString::fromLatin1(phase), done, total, sink.total());
    };
    const QDateTime now = m_options.now.toUTC();

    DemoRandom orgRandom(m_options.seed, OrgStream);
    const DemoOrg org = OrgGenerator::generate(orgRandom, now, sink);
    report("organisation", 1, 1);

    DemoRandom knowledgeRandom(m_options.seed, KnowledgeStream);
    KnowledgeGenerator knowledge(org, now);
    m_warnings = knowledge.contentErrors();
    QList<DemoArticleRef> published;
    knowledge.generateArticles(m_options.articles, knowledgeRandom, sink, &published);
    report("articles", m_options.articles, m_options.articles);
    knowledge.generateCases(m_options.cases, knowledgeRandom, sink);
    knowledge.generateCannedReplies(knowledgeRandom, sink);
    report("cases", m_options.cases, m_options.cases);

    // Only a compact reference per customer stays in memory for the tickets.
    DemoRandom customerRandom(m_options.seed, CustomerStream);
    const CustomerGenerator customers(org, now);
    const PortfolioGenerator portfolios(org, now);
    QList<DemoCustomerRef> refs;
    refs.reserve(m_options.customers);
    for (qint64 i = 0; i < m_options.customers; ++i) {
        DemoCustomerRef ref;
        const Customer c = customers.generate(i, customerRandom, &ref);
        sink.add(c);
        portfolios.generate(c, ref, customerRandom, sink);
        refs.append(std::move(ref));
        if ((i + 1) % 1000 == 0)
            report("customers", i + 1, m_options.customers);
    }
    report("customers", m_options.customers, m_options.customers);

    DemoRandom ticketRandom(m_options.seed, TicketStream);
    TicketGenerator tickets(org, refs, published, now);
    tickets.generate(m_options.tickets, ticketRandom, sink,
        [&](qint64 done, qint64) { report("tickets", done, m_options.tickets); });
    m_violations = tickets.workflowViolations();
    return sink.total();
}
