#pragma once

#include "core/validationerror.h"

#include <QDate>
#include <QStringList>

struct Account;
struct Article;
struct CannedReply;
struct CaseStudy;
struct Customer;
struct Interaction;
struct RiskAlert;
struct Ticket;
struct TicketEvent;
struct User;

// Field rules for every entity a user edits or the server accepts. An empty list
// means valid. Each error names the field by its wire key and carries a translated
// message, so the same checks drive form hints on the workstation and `rejected`
// answers on the server. Workflow rules (who may move a ticket where) are
// TicketWorkflow's; these are the rules any stored record must satisfy.
class Validator
{
public:
    static ValidationErrors validate(const Customer &customer);
    // `today` bounds resident-ID birth dates; defaults to the current date in China.
    static ValidationErrors validate(const Customer &customer, QDate today);
    static ValidationErrors validate(const Ticket &ticket);
    static ValidationErrors validate(const TicketEvent &event);
    static ValidationErrors validate(const Account &account);
    static ValidationErrors validate(const Article &article);
    static ValidationErrors validate(const CaseStudy &caseStudy);
    static ValidationErrors validate(const CannedReply &reply);
    static ValidationErrors validate(const User &user);
    static ValidationErrors validate(const Interaction &interaction);
    static ValidationErrors validate(const RiskAlert &alert);

    static constexpr int MaxSubjectLength = 200;
    static constexpr int MaxTitleLength = 200;
    static constexpr int MaxVipLevel = 5;
    static constexpr int MaxSatisfaction = 5;

    // The placeholders a canned reply may use; anything else in braces is an error.
    static const QStringList &cannedReplyPlaceholders();
};
