#include "models/customerdesk.h"

#include "core/customerlookup.h"
#include "core/riskalertrules.h"
#include "core/ticket.h"
#include "core/validator.h"
#include "models/ticketeditor.h"
#include "store/articlerepository.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/interactionrepository.h"
#include "store/pinyin.h"
#include "store/riskalertrepository.h"
#include "store/ticketrepository.h"
#include "store/transaction.h"

#include <QRandomGenerator>

CustomerDesk::CustomerDesk(Database &db, const Actor &actor) : m_db(db), m_actor(actor) { }

CustomerDesk::Result CustomerDesk::success(const QString &id)
{
    Result r;
    r.ok = true;
    r.id = id;
    return r;
}

QString CustomerDesk::contactRefusal(
    const QString &customerId, const QString &summary, int durationSeconds, const QString &ticketId) const
{
    if (summary.isEmpty())
        return tr("Write what was said.");
    if (summary.size() > MaxSummaryLength)
        return tr("A note may have at most %1 characters.").arg(MaxSummaryLength);
    if (durationSeconds < 0 || durationSeconds > 24 * 3600)
        return tr("The duration must be between 0 and 24 hours.");
    if (!ticketId.isEmpty()) {
        const std::optional<Ticket> ticket = TicketRepository(m_db).get(ticketId);
        if (!ticket || ticket->customerId != customerId)
            return tr("The ticket does not belong to this customer.");
    }
    return {};
}

CustomerDesk::Result CustomerDesk::fail(const QString &error) const
{
    Result r;
    r.error = error;
    return r;
}

QList<Customer> CustomerDesk::callers(const QString &number) const
{
    return CustomerRepository(m_db).findByMobile(number);
}

CustomerDesk::Result CustomerDesk::createCustomer(
    const QString &name, const QString &mobile, IdType idType, const QString &idNumber, const QString &branch)
{
    if (m_actor.role == Role::Trainer)
        return fail(tr("Trainers do not register customers."));
    Customer c;
    c.id = Entity::newId();
    c.name = name.simplified();
    // As the screen pop or the agent gives it: "+86 138-1234-5678" is 13812345678.
    const CustomerLookup typed = CustomerLookup::classify(mobile);
    c.mobile = typed.kind() == CustomerLookup::Kind::Mobile ? typed.value() : mobile.trimmed();
    c.idType = idType;
    c.idNumber = idNumber.trimmed().toUpper();
    c.branch = branch.trimmed();
    c.riskClass = RiskClass::C1;
    const Pinyin::Spelling spelling = Pinyin::of(c.name);
    c.pinyin = spelling.full;
    c.initials = spelling.initials;
    // Numbers the desk gives start with 9; the back office's own never do.
    c.customerNo = QStringLiteral("9%1").arg(
        QRandomGenerator::system()->bounded(Q_INT64_C(100000000000)), 11, 10, QLatin1Char('0'));
    const ValidationErrors errors = Validator::validate(c, RiskAlertRules::chinaDate(m_now()));
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const ValidationError &e : errors)
            messages.append(e.message);
        return fail(messages.join(u'\n'));
    }
    CustomerRepository customers(m_db);
    if (!customers.findByIdNumber(c.idNumber).isEmpty())
        return fail(tr("A customer with this ID number is already in the cache; search for it instead."));
    QString error;
    if (!customers.create(c, &error))
        return fail(error);
    return success(c.id);
}

CustomerDesk::Result CustomerDesk::logCall(const QString &customerId, const QDateTime &startedAt)
{
    if (m_actor.role == Role::Trainer)
        return fail(tr("Trainers do not take calls."));
    if (!CustomerRepository(m_db).get(customerId))
        return fail(tr("The customer is not in the local cache."));
    Interaction call;
    call.customerId = customerId;
    call.channel = Channel::Phone;
    call.direction = Direction::Inbound;
    call.agentId = m_actor.userId;
    call.startedAt = startedAt.isValid() ? startedAt : m_now();
    QString error;
    if (!InteractionRepository(m_db).create(call, &error))
        return fail(error);
    return success(call.id);
}

CustomerDesk::Result CustomerDesk::addNote(const QString &customerId, Channel channel, Direction direction,
    const QString &summary, int durationSeconds, const QString &ticketId)
{
    if (m_actor.role == Role::Trainer)
        return fail(tr("Trainers do not record contacts with customers."));
    const QString text = summary.trimmed();
    if (const QString refusal = contactRefusal(customerId, text, durationSeconds, ticketId);
        !refusal.isEmpty())
        return fail(refusal);
    if (!CustomerRepository(m_db).get(customerId))
        return fail(tr("The customer is not in the local cache."));
    Interaction note;
    note.customerId = customerId;
    note.channel = channel;
    note.direction = direction;
    note.agentId = m_actor.userId;
    note.startedAt = m_now().addSecs(-durationSeconds);
    note.durationSeconds = durationSeconds;
    note.summary = text;
    note.ticketId = ticketId;
    QString error;
    if (!InteractionRepository(m_db).create(note, &error))
        return fail(error);
    return success(note.id);
}

CustomerDesk::Result CustomerDesk::completeCall(
    const QString &interactionId, const QString &summary, int durationSeconds, const QString &ticketId)
{
    InteractionRepository interactions(m_db);
    std::optional<Interaction> call = interactions.get(interactionId);
    if (!call || call->deleted)
        return fail(tr("The call record no longer exists."));
    if (call->agentId != m_actor.userId)
        return fail(tr("Only the agent who took the call completes its record."));
    const QString text = summary.trimmed();
    if (const QString refusal = contactRefusal(call->customerId, text, durationSeconds, ticketId);
        !refusal.isEmpty())
        return fail(refusal);
    call->summary = text;
    call->durationSeconds = durationSeconds;
    call->ticketId = ticketId;
    QString error;
    if (!interactions.update(*call, &error))
        return fail(error);
    return success(call->id);
}

bool CustomerDesk::writeAcknowledgement(
    const QString &customerId, const RiskAlertListModel::Row &row, QString *error)
{
    RiskAlertRepository alerts(m_db);
    if (row.detected) {
        RiskAlert alert = row.alert;
        alert.id.clear();
        alert.customerId = customerId;
        alert.raisedAt = m_now();
        alert.state = AlertState::Acknowledged;
        alert.acknowledgedBy = m_actor.userId;
        alert.acknowledgedAt = m_now();
        return alerts.create(alert, error);
    }
    std::optional<RiskAlert> stored = alerts.get(row.alert.id, error);
    if (!stored) {
        if (error)
            *error = tr("The alert no longer exists.");
        return false;
    }
    if (stored->state != AlertState::Open)
        return true;
    stored->state = AlertState::Acknowledged;
    stored->acknowledgedBy = m_actor.userId;
    stored->acknowledgedAt = m_now();
    return alerts.update(*stored, error);
}

CustomerDesk::Result CustomerDesk::acknowledge(const QString &customerId, const RiskAlertListModel::Row &row)
{
    if (m_actor.role == Role::Trainer)
        return fail(tr("Trainers do not handle risk alerts."));
    if (!row.detected && row.alert.state != AlertState::Open)
        return fail(tr("This alert was already acknowledged."));
    QString error;
    Transaction tx(m_db);
    if (!tx.begin(&error) || !writeAcknowledgement(customerId, row, &error) || !tx.commit(&error))
        return fail(error);
    return success(row.alert.id);
}

TicketCategory CustomerDesk::outreachCategory(RiskAlertKind kind)
{
    switch (kind) {
    case RiskAlertKind::MarginWarning:
    case RiskAlertKind::MarginCall:
        return TicketCategory::Margin;
    case RiskAlertKind::SuitabilityMismatch:
    case RiskAlertKind::AssessmentExpired:
        return TicketCategory::Suitability;
    case RiskAlertKind::AbnormalTrading:
    case RiskAlertKind::StDelistingRisk:
    case RiskAlertKind::Concentration:
        break;
    }
    return TicketCategory::Trading;
}

std::optional<Article> CustomerDesk::suggestedArticle(RiskAlertKind kind) const
{
    const QStringList tags = RiskAlertRules::educationTags(kind);
    const QString education = QStringLiteral(u"投资者教育");
    const QDate today = RiskAlertRules::chinaDate(m_now());
    const QList<Article> candidates
        = ArticleRepository(m_db).inForceWithAnyTag(tags + QStringList {education}, today);
    // The earlier a matching tag in the list, the better; an education article wins a tie.
    std::optional<Article> best;
    int bestScore = -1;
    for (const Article &a : candidates) {
        int score = 0;
        for (qsizetype i = 0; i < tags.size(); ++i)
            if (a.tags.contains(tags.at(i)))
                score = qMax(score, int(2 * (tags.size() - i)));
        if (score == 0)
            continue;
        if (a.tags.contains(education))
            score += 1;
        if (score > bestScore) {
            best = a;
            bestScore = score;
        }
    }
    return best;
}

CustomerDesk::Result CustomerDesk::createOutreachTicket(
    const QString &customerId, const RiskAlertListModel::Row &row)
{
    if (m_actor.role == Role::Trainer)
        return fail(tr("Trainers do not handle risk alerts."));
    Ticket draft;
    draft.customerId = customerId;
    draft.kind = TicketKind::Request;
    draft.source = Channel::Phone;
    draft.category = outreachCategory(row.alert.kind);
    draft.priority = row.alert.severity == Severity::Critical ? Priority::Urgent
        : row.alert.severity == Severity::Warning             ? Priority::High
                                                              : Priority::Normal;
    draft.assigneeId = m_actor.userId;
    draft.subject = tr("Risk outreach: %1").arg(enumLabel(row.alert.kind));
    draft.description = row.alert.text;
    QString note = tr("Raised from the risk alert: %1").arg(row.alert.text);
    if (const std::optional<Article> article = suggestedArticle(row.alert.kind))
        note += QLatin1Char('\n')
            + tr("Suggested investor-education article for the reply: %1 (revision %2)")
                  .arg(article->title)
                  .arg(article->revision);

    QString error;
    Transaction tx(m_db);
    if (!tx.begin(&error))
        return fail(error);
    TicketEditor editor(m_db, m_actor);
    editor.setClock(m_now);
    const TicketEditor::Result created = editor.createTicket(draft, note);
    if (!created)
        return fail(created.error);
    if ((row.detected || row.alert.state == AlertState::Open)
        && !writeAcknowledgement(customerId, row, &error))
        return fail(error);
    if (!tx.commit(&error))
        return fail(error);
    return success(created.id);
}
