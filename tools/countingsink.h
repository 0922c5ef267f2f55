#pragma once

#include "tools/demosink.h"

#include <QList>
#include <QPair>

#include <array>

// Counts what passes through, per entity, and hands it on (to the profile writer, or
// nowhere when there is no next sink).
class CountingSink : public DemoSink
{
public:
    enum Kind {
        Teams,
        Users,
        Customers,
        Accounts,
        Holdings,
        Trades,
        RiskAlerts,
        Interactions,
        Tickets,
        TicketEvents,
        ArticleCategories,
        Articles,
        ArticleRevisions,
        CaseStudies,
        CaseComments,
        CannedReplies,
        KindCount
    };

    explicit CountingSink(DemoSink *next = nullptr) : m_next(next) { }

    qint64 count(Kind kind) const { return m_counts[kind]; }
    qint64 total() const;
    QString currentUserId() const { return m_currentUserId; }
    // (name, count) for every kind, for the summary.
    QList<QPair<QString, qint64>> summary() const;

    void add(const Team &v) override { forward(Teams, v); }
    void add(const User &v) override { forward(Users, v); }
    void add(const Customer &v) override { forward(Customers, v); }
    void add(const Account &v) override { forward(Accounts, v); }
    void add(const Holding &v) override { forward(Holdings, v); }
    void add(const Trade &v) override { forward(Trades, v); }
    void add(const RiskAlert &v) override { forward(RiskAlerts, v); }
    void add(const Interaction &v) override { forward(Interactions, v); }
    void add(const Ticket &v) override { forward(Tickets, v); }
    void add(const TicketEvent &v) override { forward(TicketEvents, v); }
    void add(const ArticleCategory &v) override { forward(ArticleCategories, v); }
    void add(const Article &v) override { forward(Articles, v); }
    void add(const ArticleRevision &v) override { forward(ArticleRevisions, v); }
    void add(const CaseStudy &v) override { forward(CaseStudies, v); }
    void add(const CaseComment &v) override { forward(CaseComments, v); }
    void add(const CannedReply &v) override { forward(CannedReplies, v); }
    void setCurrentUser(const QString &userId) override;

private:
    template<typename T> void forward(Kind kind, const T &value)
    {
        ++m_counts[kind];
        if (m_next)
            m_next->add(value);
    }

    DemoSink *m_next;
    std::array<qint64, KindCount> m_counts {};
    QString m_currentUserId;
};
