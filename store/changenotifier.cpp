#include "store/changenotifier.h"

#include <QHash>

ChangeNotifier::ChangeNotifier(QObject *parent) : QObject(parent) { }

bool ChangeNotifier::notify(const QString &entity, const QStringList &ids)
{
    using Signal = void (ChangeNotifier::*)(const QStringList &);
    static const QHash<QString, Signal> signals_ = {
        {QStringLiteral("customer"), &ChangeNotifier::customersChanged},
        {QStringLiteral("account"), &ChangeNotifier::accountsChanged},
        {QStringLiteral("holding"), &ChangeNotifier::holdingsChanged},
        {QStringLiteral("trade"), &ChangeNotifier::tradesChanged},
        {QStringLiteral("risk_alert"), &ChangeNotifier::riskAlertsChanged},
        {QStringLiteral("interaction"), &ChangeNotifier::interactionsChanged},
        {QStringLiteral("ticket"), &ChangeNotifier::ticketsChanged},
        {QStringLiteral("ticket_event"), &ChangeNotifier::ticketEventsChanged},
        {QStringLiteral("attachment"), &ChangeNotifier::attachmentsChanged},
        {QStringLiteral("article"), &ChangeNotifier::articlesChanged},
        {QStringLiteral("article_category"), &ChangeNotifier::articleCategoriesChanged},
        {QStringLiteral("article_revision"), &ChangeNotifier::articleRevisionsChanged},
        {QStringLiteral("case_study"), &ChangeNotifier::caseStudiesChanged},
        {QStringLiteral("case_comment"), &ChangeNotifier::caseCommentsChanged},
        {QStringLiteral("canned_reply"), &ChangeNotifier::cannedRepliesChanged},
        {QStringLiteral("user"), &ChangeNotifier::usersChanged},
        {QStringLiteral("team"), &ChangeNotifier::teamsChanged},
        {QStringLiteral("audit_entry"), &ChangeNotifier::auditEntriesChanged},
    };
    const auto it = signals_.constFind(entity);
    if (it == signals_.constEnd())
        return false;
    Q_EMIT(this->*it.value())(ids);
    return true;
}
