#pragma once

// Test helper: keeps everything the generator makes and a digest of its wire form.

#include "core/account.h"
#include "core/article.h"
#include "core/articlecategory.h"
#include "core/articlerevision.h"
#include "core/cannedreply.h"
#include "core/casecomment.h"
#include "core/casestudy.h"
#include "core/customer.h"
#include "core/holding.h"
#include "core/interaction.h"
#include "core/riskalert.h"
#include "core/team.h"
#include "core/ticket.h"
#include "core/ticketevent.h"
#include "core/trade.h"
#include "core/user.h"
#include "core/wirecodec.h"
#include "tools/demosink.h"

#include <QCryptographicHash>
#include <QJsonDocument>

class RecordingSink : public DemoSink
{
public:
    QList<Team> teams;
    QList<User> users;
    QList<Customer> customers;
    QList<Account> accounts;
    QList<Holding> holdings;
    QList<Trade> trades;
    QList<RiskAlert> alerts;
    QList<Interaction> interactions;
    QList<Ticket> tickets;
    QList<TicketEvent> events;
    QList<ArticleCategory> categories;
    QList<Article> articles;
    QList<ArticleRevision> revisions;
    QList<CaseStudy> cases;
    QList<CaseComment> comments;
    QList<CannedReply> canned;
    QString currentUserId;
    QStringList decodeErrors; // records the strict wire codec refuses

    QByteArray digest() const { return m_hash.result().toHex(); }

    void add(const Team &v) override { record(teams, v); }
    void add(const User &v) override { record(users, v); }
    void add(const Customer &v) override { record(customers, v); }
    void add(const Account &v) override { record(accounts, v); }
    void add(const Holding &v) override { record(holdings, v); }
    void add(const Trade &v) override { record(trades, v); }
    void add(const RiskAlert &v) override { record(alerts, v); }
    void add(const Interaction &v) override { record(interactions, v); }
    void add(const Ticket &v) override { record(tickets, v); }
    void add(const TicketEvent &v) override { record(events, v); }
    void add(const ArticleCategory &v) override { record(categories, v); }
    void add(const Article &v) override { record(articles, v); }
    void add(const ArticleRevision &v) override { record(revisions, v); }
    void add(const CaseStudy &v) override { record(cases, v); }
    void add(const CaseComment &v) override { record(comments, v); }
    void add(const CannedReply &v) override { record(canned, v); }
    void setCurrentUser(const QString &userId) override { currentUserId = userId; }

private:
    template<typename T> void record(QList<T> &list, const T &value)
    {
        list.append(value);
        const QJsonObject json = WireCodec::encode(value);
        m_hash.addData(QJsonDocument(json).toJson(QJsonDocument::Compact));
        T back;
        QString error;
        if (!WireCodec::decode(json, back, &error) && decodeErrors.size() < 20)
            decodeErrors.append(error);
    }

    QCryptographicHash m_hash {QCryptographicHash::Sha256};
};
