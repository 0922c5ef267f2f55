#include "tools/countingsink.h"

qint64 CountingSink::total() const
{
    qint64 sum = 0;
    for (qint64 c : m_counts)
        sum += c;
    return sum;
}

void CountingSink::setCurrentUser(const QString &userId)
{
    m_currentUserId = userId;
    if (m_next)
        m_next->setCurrentUser(userId);
}

QList<QPair<QString, qint64>> CountingSink::summary() const
{
    // Wire-style names: the summary is a log line, not user-facing text.
    static const char *const names[KindCount] = {
        "teams",
        "users",
        "customers",
        "accounts",
        "holdings",
        "trades",
        "risk_alerts",
        "interactions",
        "tickets",
        "ticket_events",
        "article_categories",
        "articles",
        "article_revisions",
        "case_studies",
        "case_comments",
        "canned_replies",
    };
    QList<QPair<QString, qint64>> out;
    for (int k = 0; k < KindCount; ++k)
        out.append({QString::fromLatin1(names[k]), m_counts[k]});
    return out;
}
