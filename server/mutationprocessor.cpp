#include "server/mutationprocessor.h"

#include "core/slapolicy.h"
#include "core/ticketassignment.h"
#include "core/ticketrelations.h"
#include "core/ticketworkflow.h"
#include "core/wirecodec.h"
#include "server/clientaudit.h"
#include "server/entityrules.h"
#include "server/sqldialect.h"
#include "server/teamrouting.h"
#include "server/userdirectory.h"
#include "server/writetransaction.h"

namespace {

bool isDesk(Role role)
{
    return role == Role::Agent || role == Role::Lead;
}

QStringList dataKeys(const QJsonObject &record)
{
    QStringList keys = record.keys();
    for (const QString &common : WireCodec::commonKeys())
        keys.removeAll(common);
    return keys;
}

QString key(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

MutationProcessor::MutationProcessor(const QSqlDatabase &db, DatabaseSettings::Backend backend,
    const SessionUser &session, const QString &clientId)
    : m_db(db), m_backend(backend), m_session(session), m_clientId(clientId)
{
}

QJsonObject MutationProcessor::process(const QJsonValue &value)
{
    if (!value.isObject())
        return rejected({}, {key("invalid_mutation"), tr("A mutation must be a JSON object."), {}});
    const QJsonObject json = value.toObject();
    const QJsonValue idValue = json.value(QLatin1String("mutation_id"));
    m_mutationId = idValue.toString();
    // Without a usable id there is nothing to key idempotency on: answered, not stored.
    if (m_mutationId.isEmpty() || m_mutationId.size() > MaxMutationIdLength)
        return rejected(m_mutationId,
            {key("invalid_mutation"),
                tr("mutation_id must be a non-empty string of at most %1 characters.")
                    .arg(MaxMutationIdLength),
                {}});
    Mutation mutation;
    QString error;
    const bool decoded = WireCodec::decode(json, mutation, &error);
    m_now = QDateTime::currentDateTimeUtc();

    WriteTransaction transaction(m_db, m_backend);
    // Taken before the idempotency lookup: the same mutation pushed to two instances at
    // once is answered by whichever gets the lock first, and the other sees its answer.
    RecordStore::lockFeed(m_db);
    if (const std::optional<QJsonObject> first = RecordStore::findAnswer(m_db, m_clientId, m_mutationId)) {
        transaction.commit();
        return {
            {key("mutation_id"), m_mutationId}, {key("status"), key("duplicate")}, {key("answer"), *first}};
    }
    QJsonObject answer;
    if (!decoded) {
        answer = rejected(m_mutationId, {key("invalid_mutation"), error, {}});
    } else {
        try {
            answer = apply(mutation);
        } catch (const Rejection &rejection) {
            // Every check runs before the first write, so nothing is left to undo.
            answer = rejected(m_mutationId, rejection);
        }
    }
    RecordStore::storeAnswer(m_db, m_clientId, m_mutationId, m_session.user.id, answer);
    transaction.commit();
    return answer;
}

QJsonObject MutationProcessor::apply(const Mutation &mutation)
{
    if (mutation.op != MutationOp::Create && isAppendOnly(mutation.entity))
        refuse(key("append_only"),
            tr("Records of type “%1” are append-only: they can be created, never changed or deleted.")
                .arg(enumKey(mutation.entity)));
    // Workstation audit entries go to the append-only audit log, not the records.
    if (mutation.entity == EntityType::AuditEntry) {
        if (const std::optional<ClientAudit::Refusal> refusal
            = ClientAudit::append(m_db, m_session.user, mutation, m_now))
            refuse(refusal->code, refusal->message, refusal->fields);
        return {{key("mutation_id"), m_mutationId}, {key("status"), key("applied")}, {key("rev"), 1}};
    }
    if (mutation.entity == EntityType::Team && mutation.op == MutationOp::Update)
        return setAssignmentRule(mutation);
    const QString refusal = EntityRules::roleRefusal(mutation.entity, mutation.op, m_session.user.role);
    if (!refusal.isEmpty())
        refuse(key("forbidden"), refusal);
    const std::optional<StoredRecord> current = RecordStore::load(m_db, mutation.entity, mutation.id);
    if (mutation.op == MutationOp::Create)
        return create(mutation, current);
    if (!current)
        refuse(
            key("not_found"), tr("There is no %1 with this id on the server.").arg(enumKey(mutation.entity)));
    if (mutation.baseRev > current->rev)
        refuse(key("invalid_base_rev"),
            tr("base_rev %1 is newer than the server's revision %2.")
                .arg(mutation.baseRev)
                .arg(current->rev));
    if (mutation.op == MutationOp::Update)
        return update(mutation, *current);
    return remove(mutation, *current);
}

QJsonObject MutationProcessor::create(const Mutation &mutation, const std::optional<StoredRecord> &current)
{
    if (current) {
        if (isAppendOnly(mutation.entity))
            refuse(key("already_exists"),
                tr("A record with this id exists; append-only records are written once."));
        return conflict(*current, dataKeys(mutation.fields));
    }
    StoredRecord record;
    record.entity = mutation.entity;
    record.id = mutation.id;
    record.rev = 1;
    record.updatedAtMs = m_now.toMSecsSinceEpoch();
    record.data = mutation.fields;
    record.data.insert(key("id"), mutation.id);
    record.data.insert(key("rev"), 1);
    record.data.insert(key("updated_at"), WireCodec::dateTimeToWire(m_now));
    record.data.insert(key("deleted"), false);
    if (record.entity == EntityType::Ticket)
        prepareNewTicket(record.data);
    record.data = validate(record.entity, record.data);
    scope(record, nullptr);
    for (const QString &field : dataKeys(record.data))
        record.fieldRevs.insert(field, 1);
    // Routed only once the ticket is sure to be written, so a refusal takes no turn.
    const QString routedTo = record.entity == EntityType::Ticket ? routeNewTicket(record) : QString();
    finish(record, false, {});
    if (!routedTo.isEmpty())
        writeRoutingEvent(record, routedTo);
    return applied(record);
}

QJsonObject MutationProcessor::update(const Mutation &mutation, const StoredRecord &current)
{
    if (current.deleted)
        return conflict(current, mutation.fields.keys());
    QStringList conflicting;
    for (auto it = mutation.fields.constBegin(); it != mutation.fields.constEnd(); ++it) {
        // Changed by someone else since the client's base, to something else than the
        // client wants: the same field edited on both sides.
        if (current.fieldRevs.value(it.key()).toInteger() > mutation.baseRev
            && current.data.value(it.key()) != it.value())
            conflicting.append(it.key());
    }
    if (!conflicting.isEmpty())
        return conflict(current, conflicting);

    StoredRecord record = current;
    for (auto it = mutation.fields.constBegin(); it != mutation.fields.constEnd(); ++it)
        record.data.insert(it.key(), it.value());
    scope(record, &current);
    if (record.entity == EntityType::Ticket)
        checkTicketUpdate(current, record.data);
    // Canonical form (UTC times, unknown keys dropped), so equal values compare equal.
    record.data = validate(record.entity, record.data);

    QStringList changed;
    for (const QString &field : dataKeys(record.data))
        if (record.data.value(field) != current.data.value(field))
            changed.append(field);
    if (changed.isEmpty())
        return applied(current);
    record.rev = current.rev + 1;
    record.updatedAtMs = m_now.toMSecsSinceEpoch();
    record.data.insert(key("rev"), record.rev);
    record.data.insert(key("updated_at"), WireCodec::dateTimeToWire(m_now));
    for (const QString &field : std::as_const(changed))
        record.fieldRevs.insert(field, record.rev);
    finish(record, true, current.teamId);
    return applied(record);
}

QJsonObject MutationProcessor::remove(const Mutation &mutation, const StoredRecord &current)
{
    if (current.deleted)
        return applied(current);
    QStringList changedSince;
    for (auto it = current.fieldRevs.constBegin(); it != current.fieldRevs.constEnd(); ++it)
        if (it.value().toInteger() > mutation.baseRev)
            changedSince.append(it.key());
    // Deleting a copy older than the server's: show the user what changed first.
    if (!changedSince.isEmpty())
        return conflict(current, changedSince);
    StoredRecord record = current;
    scope(record, &current);
    record.deleted = true;
    record.rev = current.rev + 1;
    record.updatedAtMs = m_now.toMSecsSinceEpoch();
    record.data.insert(key("deleted"), true);
    record.data.insert(key("rev"), record.rev);
    record.data.insert(key("updated_at"), WireCodec::dateTimeToWire(m_now));
    finish(record, true, {});
    return applied(record);
}

void MutationProcessor::scope(StoredRecord &record, const StoredRecord *previous) const
{
    const Actor actor = m_session.actor();
    const bool desk = isDesk(actor.role);
    record.customerId = EntityRules::customerId(record.entity, record.data);
    record.parentId = EntityRules::parentId(record.entity, record.data);
    if (previous && previous->parentId != record.parentId)
        refuse(key("forbidden"), tr("A record cannot move to another parent."));
    switch (record.entity) {
    case EntityType::Ticket:
        record.teamId = record.data.value(QLatin1String("team_id")).toString();
        if (desk && previous && previous->teamId != actor.teamId)
            refuse(key("forbidden"), tr("This ticket belongs to another team."));
        if (desk && !previous && record.teamId != actor.teamId)
            refuse(key("forbidden"), tr("A ticket you open must belong to your own team."));
        if (previous && record.teamId != previous->teamId && actor.role == Role::Agent)
            refuse(key("forbidden"), tr("Only a team lead may move a ticket to another team."));
        break;
    case EntityType::Interaction:
        // A call's record is completed (summary, duration) by the agent who took it.
        if (previous) {
            const QString agent = previous->data.value(QLatin1String("agent_id")).toString();
            if (previous->customerId != record.customerId
                || record.data.value(QLatin1String("agent_id")).toString() != agent)
                refuse(key("forbidden"), tr("A contact record keeps its customer and its agent."));
            if (desk && agent != actor.userId)
                refuse(key("forbidden"), tr("Only the agent who took the contact completes its record."));
        }
        break;
    case EntityType::TicketEvent:
    case EntityType::Attachment: {
        const std::optional<StoredRecord> ticket
            = RecordStore::load(m_db, EntityType::Ticket, record.parentId);
        if (!ticket || ticket->deleted)
            refuse(key("unknown_parent"),
                tr("The ticket of this record does not exist on the server; push it first."),
                {key("ticket_id")});
        record.teamId = ticket->teamId;
        if (desk && record.teamId != actor.teamId)
            refuse(key("forbidden"), tr("This ticket belongs to another team."));
        break;
    }
    case EntityType::CannedReply:
        record.teamId = record.data.value(QLatin1String("team_id")).toString();
        if (actor.role == Role::Lead
            && (record.teamId != actor.teamId || (previous && previous->teamId != actor.teamId)))
            refuse(key("forbidden"), tr("A team lead edits the canned replies of the own team only."));
        break;
    case EntityType::Customer:
    case EntityType::Account:
    case EntityType::Holding:
    case EntityType::Trade:
    case EntityType::RiskAlert:
        if (previous && previous->customerId != record.customerId)
            refuse(key("forbidden"), tr("A record cannot move to another customer."));
        if (desk && previous && !RecordStore::customerInScope(m_db, actor.teamId, previous->customerId))
            refuse(key("forbidden"), tr("This customer is not served by your team."));
        // The desk records a risk it found, acknowledged by the one who records it, for a
        // customer the team serves; raising open alerts is the back office's.
        if (desk && !previous && record.entity == EntityType::RiskAlert) {
            if (!RecordStore::customerInScope(m_db, actor.teamId, record.customerId))
                refuse(key("forbidden"), tr("This customer is not served by your team."));
            if (record.data.value(QLatin1String("state")).toString() != enumKey(AlertState::Acknowledged)
                || record.data.value(QLatin1String("acknowledged_by")).toString() != actor.userId)
                refuse(key("forbidden"),
                    tr("The desk records a risk alert only as acknowledged by the user who records it."),
                    {key("state"), key("acknowledged_by")});
        }
        break;
    default:
        break;
    }
}

void MutationProcessor::prepareNewTicket(QJsonObject &data) const
{
    Ticket ticket;
    QString error;
    if (!WireCodec::decode(data, ticket, &error))
        refuse(key("invalid_record"), error);
    if (ticket.state != TicketState::New)
        refuse(key("invalid_state"),
            tr("A new ticket starts in the state “%1”; move it on with updates.")
                .arg(enumLabel(TicketState::New)),
            {key("state")});
    // A new ticket is no merged duplicate, has no extension and no answer yet; these
    // come with the edits that check them.
    ticket.mergedIntoId.clear();
    ticket.replyDueExtended = false;
    ticket.firstResponseAt = {};
    if (!ticket.parentId.isEmpty()) {
        Ticket child = ticket;
        child.parentId.clear();
        const TicketRelations::Check check = TicketRelations::canSetParent(
            child, loadTicket(ticket.parentId, key("parent_id")), m_session.actor());
        if (!check)
            refuse(key("forbidden"), check.reason, {key("parent_id")});
    }
    // The client's clock sets the SLA start (the call came in offline), but not the future.
    if (!ticket.createdAt.isValid() || ticket.createdAt > m_now)
        ticket.createdAt = m_now;
    SlaPolicy().apply(ticket);
    if (m_session.user.role == Role::Agent && !ticket.assigneeId.isEmpty()
        && ticket.assigneeId != m_session.user.id)
        refuse(key("forbidden"), tr("An agent opens a ticket for the team queue or for themselves."),
            {key("assignee_id")});
    if (!ticket.assigneeId.isEmpty())
        checkAssignee(ticket);
    data = WireCodec::encode(ticket);
}

QString MutationProcessor::routeNewTicket(StoredRecord &record)
{
    if (!record.data.value(key("assignee_id")).toString().isEmpty())
        return {};
    const std::optional<Team> team = UserDirectory::teamById(m_db, record.teamId);
    const QString assignee = team ? TeamRouting::nextAssignee(m_db, SqlDialect(m_backend), *team) : QString();
    if (!assignee.isEmpty()) {
        record.data.insert(key("assignee_id"), assignee);
        record.fieldRevs.insert(key("assignee_id"), 1);
    }
    return assignee;
}

void MutationProcessor::writeRoutingEvent(const StoredRecord &ticket, const QString &assigneeId)
{
    // The timeline says who got the ticket and why; the system is the author.
    TicketEvent event;
    event.id = Entity::newId();
    event.rev = 1;
    event.updatedAt = m_now;
    event.ticketId = ticket.id;
    event.kind = EventKind::Assignment;
    event.createdAt = m_now;
    event.assigneeId = assigneeId;
    if (const std::optional<Team> team = UserDirectory::teamById(m_db, ticket.teamId))
        event.extra.insert(key("rule"), enumKey(team->assignmentRule));
    StoredRecord record = RecordStore::newRecord(EntityType::TicketEvent, event.id, ticket.teamId, ticket.id,
        WireCodec::encode(event), m_now.toMSecsSinceEpoch());
    RecordStore::write(m_db, record, false, {});
}

QJsonObject MutationProcessor::setAssignmentRule(const Mutation &mutation)
{
    const std::optional<Team> team = UserDirectory::teamById(m_db, mutation.id);
    if (!team)
        refuse(key("not_found"), tr("There is no team with this id on the server."));
    const QString refusal = TeamRouting::refusal(*team, m_session.user.role, m_session.user.teamId);
    if (!refusal.isEmpty())
        refuse(key("forbidden"), refusal, {key("assignment_rule")});
    QString error;
    const std::optional<AssignmentRule> rule = TeamRouting::ruleFrom(mutation.fields, &error);
    if (!rule)
        refuse(key("invalid_record"), error, {key("assignment_rule")});
    const qint64 rev
        = *rule == team->assignmentRule ? team->rev : UserDirectory::setAssignmentRule(m_db, team->id, *rule);
    return {{key("mutation_id"), m_mutationId}, {key("status"), key("applied")}, {key("rev"), rev}};
}

void MutationProcessor::checkTicketUpdate(const StoredRecord &current, QJsonObject &merged) const
{
    Ticket old;
    Ticket next;
    QString error;
    if (!WireCodec::decode(current.data, old, &error) || !WireCodec::decode(merged, next, &error))
        refuse(key("invalid_record"), error);
    const Actor actor = m_session.actor();
    const auto names = [this](const QString &userId) {
        const std::optional<User> user = UserDirectory::userById(m_db, userId);
        return user ? user->displayName : QString();
    };
    // 首办负责制: the first handler owns the ticket until a lead reassigns it.
    if (actor.role == Role::Agent && !old.assigneeId.isEmpty() && old.assigneeId != actor.userId)
        refuse(key("forbidden"),
            tr("The first handler owns this ticket: it is assigned to %1.").arg(names(old.assigneeId)));
    if (next.assigneeId != old.assigneeId) {
        const TicketAssignment::Check check = TicketAssignment::canChange(old, next.assigneeId, actor);
        if (!check)
            refuse(key("forbidden"), check.reason, {key("assignee_id")});
        if (!next.assigneeId.isEmpty())
            checkAssignee(next);
    }
    const bool merging = next.mergedIntoId != old.mergedIntoId;
    checkTicketRelations(old, next);
    if (next.state != old.state && !merging) {
        TransitionRequest request;
        request.to = next.state;
        request.resolution = next.resolution;
        request.followUp = next.followUp;
        request.mediationBody = next.mediationBody;
        request.replyText = RecordStore::recentEventBody(m_db, old.id, current.seq, key("reply"));
        request.reason
            = RecordStore::recentEventBody(m_db, old.id, current.seq, key("transition"), enumKey(next.state));
        // Permission is decided on the server's ticket: an agent cannot pass the
        // ownership rule by naming themselves assignee in the same update.
        Ticket applied = old;
        const TicketWorkflow::Check check = TicketWorkflow::apply(applied, request, actor, m_now, names);
        if (!check)
            refuse(key("transition_refused"), check.reason, check.missingFields);
        // The workflow owns these fields: the server's values win over the client's.
        next.state = applied.state;
        next.closedAt = applied.closedAt;
        next.firstResponseAt = applied.firstResponseAt;
        next.resolution = applied.resolution;
        next.followUp = applied.followUp;
        next.mediationBody = applied.mediationBody;
        if (next.assigneeId == old.assigneeId)
            next.assigneeId = applied.assigneeId;
    }
    if (next.replyDueExtended != old.replyDueExtended) {
        if (!next.replyDueExtended)
            refuse(key("invalid_record"), tr("The extension of the reply due date cannot be undone."),
                {key("reply_due_extended")});
        const TicketWorkflow::Check check = TicketWorkflow::canExtendReplyDue(old, actor);
        if (!check)
            refuse(key("transition_refused"), check.reason, {key("reply_due_extended")});
        next.replyDueExtended = false;
        next.replyDue = old.replyDue;
        SlaPolicy().extend(next);
    }
    merged = WireCodec::encode(next);
}

void MutationProcessor::checkTicketRelations(const Ticket &old, Ticket &next) const
{
    const Actor actor = m_session.actor();
    if (next.priority != old.priority) {
        const TicketRelations::Check check = TicketRelations::canChangePriority(old, actor);
        if (!check)
            refuse(key("forbidden"), check.reason, {key("priority")});
    }
    if (next.parentId != old.parentId) {
        const TicketRelations::Check check = next.parentId.isEmpty()
            ? TicketRelations::canClearParent(old, actor)
            : TicketRelations::canSetParent(old, loadTicket(next.parentId, key("parent_id")), actor);
        if (!check)
            refuse(key("forbidden"), check.reason, {key("parent_id")});
    }
    if (next.mergedIntoId == old.mergedIntoId)
        return;
    if (!old.mergedIntoId.isEmpty())
        refuse(key("invalid_record"), tr("A merge cannot be undone."), {key("merged_into_id")});
    // The merge decides the duplicate's closing fields, whatever the client sent.
    Ticket merged = old;
    const TicketRelations::Check check
        = TicketRelations::merge(merged, loadTicket(next.mergedIntoId, key("merged_into_id")), actor, m_now);
    if (!check)
        refuse(key("forbidden"), check.reason, {key("merged_into_id")});
    next.mergedIntoId = merged.mergedIntoId;
    next.state = merged.state;
    next.resolution = merged.resolution;
    next.closedAt = merged.closedAt;
}

Ticket MutationProcessor::loadTicket(const QString &id, const QString &field) const
{
    const std::optional<StoredRecord> record = RecordStore::load(m_db, EntityType::Ticket, id);
    Ticket ticket;
    QString error;
    if (!record || record->deleted)
        refuse(key("unknown_ticket"), tr("The ticket this edit refers to does not exist on the server."),
            {field});
    if (!WireCodec::decode(record->data, ticket, &error))
        refuse(key("invalid_record"), error, {field});
    return ticket;
}

void MutationProcessor::checkAssignee(const Ticket &ticket) const
{
    const std::optional<User> user = UserDirectory::userById(m_db, ticket.assigneeId);
    if (!user || !user->active || user->teamId != ticket.teamId)
        refuse(key("invalid_assignee"), tr("The assignee must be an active member of the ticket's team."),
            {key("assignee_id")});
}

QJsonObject MutationProcessor::validate(EntityType entity, const QJsonObject &record) const
{
    QString error;
    ValidationErrors errors;
    QJsonObject canonical;
    if (!EntityRules::validate(entity, record, &error, &errors, &canonical))
        refuse(key("invalid_record"), error);
    if (errors.isEmpty())
        return canonical;
    QStringList messages;
    QStringList fields;
    for (const ValidationError &e : std::as_const(errors)) {
        messages.append(e.field + QLatin1String(": ") + e.message);
        fields.append(e.field);
    }
    refuse(key("invalid_record"), messages.join(QLatin1String("; ")), fields);
}

void MutationProcessor::finish(StoredRecord &record, bool exists, const QString &previousTeamId)
{
    // A desk user who creates a customer, logs a call or opens a ticket brings the
    // customer into the team's scope. Linking before the write sends the team the
    // customer's older records (grants) ahead of the record that refers to them.
    const Actor actor = m_session.actor();
    if (!record.deleted) {
        if (record.entity == EntityType::Ticket)
            RecordStore::linkCustomer(m_db, record.teamId, record.customerId);
        else if (isDesk(actor.role)
            && (record.entity == EntityType::Interaction
                || (record.entity == EntityType::Customer && !exists)))
            RecordStore::linkCustomer(m_db, actor.teamId, record.customerId);
    }
    RecordStore::write(m_db, record, exists, previousTeamId);
}

QJsonObject MutationProcessor::applied(const StoredRecord &record) const
{
    return {{key("mutation_id"), m_mutationId}, {key("status"), key("applied")}, {key("rev"), record.rev}};
}

QJsonObject MutationProcessor::conflict(const StoredRecord &current, const QStringList &fields) const
{
    const bool serverWins = current.entity == EntityType::Ticket
        && (fields.contains(key("state")) || fields.contains(key("assignee_id")));
    return {{key("mutation_id"), m_mutationId}, {key("status"), key("conflict")},
        {key("server"), current.data}, {key("fields"), QJsonArray::fromStringList(fields)},
        {key("server_wins"), serverWins}};
}

QJsonObject MutationProcessor::rejected(const QString &mutationId, const Rejection &rejection)
{
    QJsonObject answer {{key("mutation_id"), mutationId.isEmpty() ? QJsonValue() : QJsonValue(mutationId)},
        {key("status"), key("rejected")}, {key("code"), rejection.code}, {key("message"), rejection.message}};
    if (!rejection.fields.isEmpty())
        answer.insert(key("fields"), QJsonArray::fromStringList(rejection.fields));
    return answer;
}

void MutationProcessor::refuse(const QString &code, const QString &message, const QStringList &fields)
{
    throw Rejection {code, message, fields};
}
