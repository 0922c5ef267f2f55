#pragma once

#include "tools/demoarticleref.h"
#include "tools/seedcontent.h"

#include <QDateTime>
#include <QList>

class DemoRandom;
class DemoSink;
struct DemoOrg;

// The knowledge base: categories, articles with 1–3 revisions and compliance sign-off
// (one or two expired), typical cases with trainers' and agents' comments, and canned
// replies. Articles and cases come from the shipped Markdown; asking for more than
// ships adds variations of them (regional and dated editions), so a 20k-article
// benchmark profile is as easy to make as the 40-article demo.
class KnowledgeGenerator
{
public:
    KnowledgeGenerator(const DemoOrg &org, const QDateTime &now);

    // Uses SeedContent::articles() / cases() unless replaced (tests).
    void setContent(const QList<SeedArticle> &articles, const QList<SeedCase> &cases);
    // Shipped files that failed to parse (and were left out).
    QStringList contentErrors() const { return m_errors; }

    // Returns the rows written; *published receives what tickets may cite.
    qint64 generateArticles(int count, DemoRandom &random, DemoSink &sink, QList<DemoArticleRef> *published);
    qint64 generateCases(int count, DemoRandom &random, DemoSink &sink);
    qint64 generateCannedReplies(DemoRandom &random, DemoSink &sink);

private:
    const DemoOrg &m_org;
    QDateTime m_now;
    QStringList m_errors; // before the content: filled while it loads
    QList<SeedArticle> m_articles;
    QList<SeedCase> m_cases;
};
