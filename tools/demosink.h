#pragma once

#include <QString>

struct Account;
struct Article;
struct ArticleCategory;
struct ArticleRevision;
struct CannedReply;
struct CaseComment;
struct CaseStudy;
struct Customer;
struct Holding;
struct Interaction;
struct RiskAlert;
struct Team;
struct Ticket;
struct TicketEvent;
struct Trade;
struct User;

// Where the demo generator puts what it makes, one record at a time, so that a million
// tickets never sit in memory together. The profile writer stores them through the
// store's BulkImporter; the server (later) into its own tables; tests count or hash them.
class DemoSink
{
public:
    virtual ~DemoSink();

    virtual void add(const Team &team) = 0;
    virtual void add(const User &user) = 0;
    virtual void add(const Customer &customer) = 0;
    virtual void add(const Account &account) = 0;
    virtual void add(const Holding &holding) = 0;
    virtual void add(const Trade &trade) = 0;
    virtual void add(const RiskAlert &alert) = 0;
    virtual void add(const Interaction &interaction) = 0;
    virtual void add(const Ticket &ticket) = 0;
    virtual void add(const TicketEvent &event) = 0;
    virtual void add(const ArticleCategory &category) = 0;
    virtual void add(const Article &article) = 0;
    virtual void add(const ArticleRevision &revision) = 0;
    virtual void add(const CaseStudy &caseStudy) = 0;
    virtual void add(const CaseComment &comment) = 0;
    virtual void add(const CannedReply &reply) = 0;

    // The user the demo profile signs in as.
    virtual void setCurrentUser(const QString &userId) = 0;
};
