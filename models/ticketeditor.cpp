#include "models/ticketeditor.h"

#include "core/attachmentpolicy.h"
#include "core/slapolicy.h"
#include "core/ticketassignment.h"
#include "core/ticketrelations.h"
#include "core/validator.h"
#include "store/attachmentcache.h"
#include "store/cannedreplyrepository.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/pendinguploads.h"
#include "store/teamrepository.h"
#include "store/ticketeventrepository.h"
#include "store/ticketrepository.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QUuid>

#include <algorithm>

namespace {

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

TicketEditor::TicketEditor(Database &db, const Actor &actor)
    : m_db(db), m_actor(actor), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

std::optional<Ticket> TicketEditor::ticket(const QString &ticketId) const
{
    return TicketRepository(m_db).get(ticketId);
}

std::optional<Ticket> TicketEditor::ticketByNumber(const QString &number) const
{
    return TicketRepository(m_db).findByNumber(number.trimmed().toUpper());
}

std::optional<Customer> TicketEditor::customer(const QString &customerId) const
{
    if (customerId.isEmpty())
        return std::nullopt;
    return CustomerRepository(m_db).get(customerId);
}

std::optional<Customer> TicketEditor::findCustomer(const QString &text) const
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return std::nullopt;
    CustomerRepository repo(m_db);
    if (const std::optional<Customer> byNumber = repo.findByCustomerNo(needle.toUpper()))
        return byNumber;
    const QList<Customer> byMobile = repo.findByMobile(needle);
    if (byMobile.size() == 1)
        return byMobile.first();
    return std::nullopt;
}

QList<User> TicketEditor::teamMembers() const
{
    QList<User> out;
    for (const User &u : UserRepository(m_db).forTeam(m_actor.teamId))
        if (u.active && (u.role == Role::Agent || u.role == Role::Lead))
            out.append(u);
    std::sort(out.begin(), out.end(), [](const User &a, const User &b) { return a.displayName < b.displayName; });
    return out;
}

QList<CannedReply> TicketEditor::cannedReplies(TicketCategory category) const
{
    QList<CannedReply> all = CannedReplyRepository(m_db).forTeam(m_actor.teamId);
    std::stable_partition(all.begin(), all.end(), [category](const CannedReply &r) { return r.category == category; });
    return all;
}

QString TicketEditor::userName(const QString &userId) const
{
    if (userId.isEmpty())
        return {};
    const std::optional<User> user = UserRepository(m_db).get(userId);
    return user && !user->displayName.isEmpty() ? user->displayName : userId;
}

TicketWorkflow::NameLookup TicketEditor::nameLookup() const
{
    return [this](const QString &userId) { return userName(userId); };
}

QList<TicketWorkflow::TransitionOption> TicketEditor::options(const Ticket &ticket) const
{
    return TicketWorkflow::options(ticket, m_actor, now(), nameLookup());
}

TicketEditor::Result TicketEditor::fail(const QString &error, const QStringList &fields) const
{
    Result result;
    result.error = error;
    result.missingFields = fields;
    return result;
}

bool TicketEditor::appendEvent(TicketEvent event, QString *error)
{
    event.authorId = m_actor.userId;
    // The events of one action share a moment: a millisecond apart, they keep their order
    // in every timeline (ordered by time).
    if (!event.createdAt.isValid())
        event.createdAt = m_lastEventAt.isValid() ? qMax(now(), m_lastEventAt.addMSecs(1)) : now();
    m_lastEventAt = event.createdAt;
    return TicketEventRepository(m_db).create(event, error);
}

bool TicketEditor::writeCitations(const QString &ticketId, const QList<Citation> &citations, QString *error)
{
    for (const Citation &c : citations) {
        TicketEvent event;
        event.ticketId = ticketId;
        event.kind = EventKind::Citation;
        event.articleId = c.articleId;
        event.articleRevision = c.revision;
        if (!appendEvent(event, error))
            return false;
    }
    return true;
}

TicketEditor::Result TicketEditor::transition(
    const QString &ticketId, const TransitionRequest &request, const QList<Citation> &citations)
{
    QString error;
    Transaction tx(m_db);
    if (!tx.begin(&error))
        return fail(error);
    TicketRepository repo(m_db);
    const std::optional<Ticket> stored = repo.get(ticketId, &error);
    if (!stored)
        return fail(error.isEmpty() ? tr("The ticket no longer exists.") : error);
    Ticket next = *stored;
    const TicketWorkflow::Check check = TicketWorkflow::apply(next, request, m_actor, now(), nameLookup());
    if (!check)
        return fail(check.reason, check.missingFields);

    // What the user did just before the state change: claim the ticket, write the reply.
    if (next.assigneeId != stored->assigneeId) {
        TicketEvent claim;
        claim.ticketId = ticketId;
        claim.kind = EventKind::Assignment;
        claim.assigneeId = next.assigneeId;
        if (!appendEvent(claim, &error))
            return fail(error);
    }
    if (request.to == TicketState::Replied) {
        TicketEvent reply;
        reply.ticketId = ticketId;
        reply.kind = EventKind::Reply;
        reply.body = request.replyText.trimmed();
        if (!appendEvent(reply, &error) || !writeCitations(ticketId, citations, &error))
            return fail(error);
    }
    TicketEvent step;
    step.ticketId = ticketId;
    step.kind = EventKind::Transition;
    step.fromState = stored->state;
    step.toState = request.to;
    step.body = request.reason.trimmed();
    if (request.resolution)
        step.extra.insert(key("resolution"), enumKey(*request.resolution));
    if (request.followUp)
        step.extra.insert(key("follow_up"), enumKey(*request.followUp));
    if (request.mediationBody && (request.to == TicketState::Mediation || request.to == TicketState::Arbitration))
        step.extra.insert(key("mediation_body"), enumKey(*request.mediationBody));
    if (!step.body.isEmpty())
        step.extra.insert(key("reason"), step.body);
    if (!appendEvent(step, &error) || !repo.update(next, &error) || !tx.commit(&error))
        return fail(error);
    return Result::success();
}

TicketEditor::Result TicketEditor::addNote(const QString &ticketId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return fail(tr("The note is empty."));
    if (m_actor.role == Role::Trainer)
        return fail(tr("Trainers do not handle tickets."));
    const std::optional<Ticket> stored = ticket(ticketId);
    if (!stored)
        return fail(tr("The ticket no longer exists."));
    // Colleagues of the team may leave a note on any of its tickets; only the holder replies.
    if (m_actor.role != Role::Admin && !stored->teamId.isEmpty() && stored->teamId != m_actor.teamId)
        return fail(tr("Ticket %1 belongs to another team.").arg(stored->number));
    TicketEvent note;
    note.ticketId = ticketId;
    note.kind = EventKind::Note;
    note.body = text.trimmed();
    QString error;
    Transaction tx(m_db);
    if (!tx.begin(&error) || !appendEvent(note, &error) || !tx.commit(&error))
        return fail(error);
    return Result::success();
}

TicketEditor::Result TicketEditor::sendReply(
    const QString &ticketId, const QString &text, const QList<Citation> &citations)
{
    if (text.trimmed().isEmpty())
        return fail(tr("The reply is empty."), {key("reply_text")});
    QString error;
    Transaction tx(m_db);
    if (!tx.begin(&error))
        return fail(error);
    TicketRepository repo(m_db);
    const std::optional<Ticket> stored = repo.get(ticketId, &error);
    if (!stored)
        return fail(tr("The ticket no longer exists."));
    if (const TicketRelations::Check check = TicketRelations::canHandle(*stored, m_actor); !check)
        return fail(check.reason);
    if (stored->state == TicketState::Closed)
        return fail(tr("Ticket %1 is closed; reopen it to write to the customer.").arg(stored->number));
    Ticket next = *stored;
    // Answering the customer makes an agent the first handler (首办负责制).
    if (m_actor.role == Role::Agent && next.assigneeId.isEmpty()) {
        next.assigneeId = m_actor.userId;
        TicketEvent claim;
        claim.ticketId = ticketId;
        claim.kind = EventKind::Assignment;
        claim.assigneeId = m_actor.userId;
        if (!appendEvent(claim, &error))
            return fail(error);
    }
    TicketEvent reply;
    reply.ticketId = ticketId;
    reply.kind = EventKind::Reply;
    reply.body = text.trimmed();
    if (!appendEvent(reply, &error) || !writeCitations(ticketId, citations, &error))
        return fail(error);
    if (!next.firstResponseAt.isValid())
        next.firstResponseAt = now();
    if (!repo.update(next, &error) || !tx.commit(&error))
        return fail(error);
    return Result::success();
}

TicketEditor::Result TicketEditor::attachFile(const QString &ticketId, const QString &filePath)
{
    const QFileInfo file(filePath);
    if (!file.isFile())
        return fail(tr("“%1” is not a file.").arg(file.fileName()));
    // The server compares types in lower case (QMimeDatabase says "audio/AMR").
    const QString mimeType = QMimeDatabase().mimeTypeForFile(file).name().toLower();
    if (const QString problem = AttachmentPolicy::problem(file.fileName(), mimeType, file.size()); !problem.isEmpty())
        return fail(problem);
    const std::optional<Ticket> stored = ticket(ticketId);
    if (!stored)
        return fail(tr("The ticket no longer exists."));
    if (const TicketRelations::Check check = TicketRelations::canHandle(*stored, m_actor); !check)
        return fail(check.reason);
    if (stored->state == TicketState::Closed)
        return fail(tr("Ticket %1 is closed.").arg(stored->number));
    PendingUpload upload;
    QByteArray sha;
    QString error;
    if (!AttachmentCache::store(m_db.profileDir(), filePath, &sha, &upload.blobPath, &error))
        return fail(error);
    upload.attachmentId = Entity::newId();
    upload.ticketId = ticketId;
    upload.name = file.fileName();
    upload.mimeType = mimeType;
    upload.size = file.size();
    upload.createdAt = now();
    upload.authorId = m_actor.userId;
    if (!PendingUploads(m_db).add(upload, &error))
        return fail(error);
    return Result::success(upload.attachmentId);
}

TicketEditor::Result TicketEditor::extendReplyDue(const QString &ticketId)
{
    QString error;
    Transaction tx(m_db);
    if (!tx.begin(&error))
        return fail(error);
    TicketRepository repo(m_db);
    const std::optional<Ticket> stored = repo.get(ticketId, &error);
    if (!stored)
        return fail(tr("The ticket no longer exists."));
    if (const TicketWorkflow::Check check = TicketWorkflow::canExtendReplyDue(*stored, m_actor); !check)
        return fail(check.reason);
    Ticket next = *stored;
    SlaPolicy().extend(next);
    TicketEvent event;
    event.ticketId = ticketId;
    event.kind = EventKind::Sla;
    event.extra.insert(key("sla"), key("reply_extended"));
    if (!appendEvent(event, &error) || !repo.update(next, &error) || !tx.commit(&error))
        return fail(error);
    return Result::success();
}

TicketEditor::BulkResult TicketEditor::editEach(const QStringList &ticketIds, const TicketEdit &edit)
{
    BulkResult result;
    QString error;
    Transaction tx(m_db);
    if (!tx.begin(&error)) {
        result.refused.append(error);
        return result;
    }
    TicketRepository repo(m_db);
    for (const QString &id : ticketIds) {
        std::optional<Ticket> t = repo.get(id, &error);
        if (!t) {
            result.refused.append(tr("%1: the ticket is not in the cache.").arg(id));
            continue;
        }
        // Each ticket in a savepoint of its own: a refusal after its event was written
        // takes the event back too.
        Transaction item(m_db);
        if (!item.begin(&error)) {
            result.refused.append(tr("%1: %2").arg(t->number, error));
            continue;
        }
        bool changed = false;
        const QString refusal = edit(*t, &changed);
        if (!refusal.isEmpty()) {
            item.rollback();
            result.refused.append(tr("%1: %2").arg(t->number, refusal));
        } else if (!item.commit(&error)) {
            result.refused.append(tr("%1: %2").arg(t->number, error));
        } else if (changed) {
            ++result.changed;
        }
    }
    if (!tx.commit(&error)) {
        result.changed = 0;
        result.refused.append(error);
    }
    return result;
}

TicketEditor::BulkResult TicketEditor::assign(const QStringList &ticketIds, const QString &assigneeId)
{
    std::optional<User> assignee;
    if (!assigneeId.isEmpty()) {
        assignee = UserRepository(m_db).get(assigneeId);
        if (!assignee || !assignee->active)
            return {0, {tr("The chosen colleague is not an active user.")}};
    }
    return editEach(ticketIds, [&](Ticket &t, bool *changed) -> QString {
        if (const TicketAssignment::Check check = TicketAssignment::canChange(t, assigneeId, m_actor); !check)
            return check.reason;
        if (t.assigneeId == assigneeId)
            return {};
        if (assignee && assignee->teamId != t.teamId)
            return tr("%1 is not a member of the ticket's team.").arg(assignee->displayName);
        t.assigneeId = assigneeId;
        TicketEvent event;
        event.ticketId = t.id;
        event.kind = EventKind::Assignment;
        event.assigneeId = assigneeId;
        QString error;
        if (!appendEvent(event, &error) || !TicketRepository(m_db).update(t, &error))
            return error;
        *changed = true;
        return {};
    });
}

TicketEditor::BulkResult TicketEditor::setPriority(const QStringList &ticketIds, Priority priority)
{
    return editEach(ticketIds, [&](Ticket &t, bool *changed) -> QString {
        if (t.priority == priority)
            return {};
        if (const TicketRelations::Check check = TicketRelations::canChangePriority(t, m_actor); !check)
            return check.reason;
        TicketEvent event;
        event.ticketId = t.id;
        event.kind = EventKind::Priority;
        event.extra.insert(key("from"), enumKey(t.priority));
        event.extra.insert(key("to"), enumKey(priority));
        t.priority = priority;
        QString error;
        if (!appendEvent(event, &error) || !TicketRepository(m_db).update(t, &error))
            return error;
        *changed = true;
        return {};
    });
}

std::optional<AssignmentRule> TicketEditor::assignmentRule() const
{
    const std::optional<Team> team = TeamRepository(m_db).get(m_actor.teamId);
    return team ? std::optional(team->assignmentRule) : std::nullopt;
}

TicketEditor::Result TicketEditor::setAssignmentRule(AssignmentRule rule)
{
    if (m_actor.role != Role::Lead && m_actor.role != Role::Admin)
        return fail(tr("Only the team lead chooses how new tickets are assigned."));
    TeamRepository repo(m_db);
    std::optional<Team> team = repo.get(m_actor.teamId);
    if (!team)
        return fail(tr("Your team is not in the cache yet; synchronise first."));
    if (team->assignmentRule == rule)
        return Result::success();
    team->assignmentRule = rule;
    QString error;
    Transaction tx(m_db);
    if (!tx.begin(&error) || !repo.update(*team, &error) || !tx.commit(&error))
        return fail(error);
    return Result::success();
}

QString TicketEditor::newTicketNumber(const QDateTime &now)
{
    // Numbers are made offline by many desks at once: the date for people, then eight hex
    // digits of a fresh UUID so two desks do not collide.
    const QString random = QUuid::createUuid().toString(QUuid::Id128).left(8).toUpper();
    return u'T' + now.toTimeZone(SlaPolicy::chinaTime()).toString(u"yyyyMMdd") + u'-' + random;
}

TicketEditor::Result TicketEditor::createTicket(Ticket draft, const QString &note)
{
    if (m_actor.role == Role::Trainer)
        return fail(tr("Trainers do not handle tickets."));
    draft.id = Entity::newId();
    draft.state = TicketState::New;
    draft.createdAt = now();
    if (draft.teamId.isEmpty())
        draft.teamId = m_actor.teamId;
    if (draft.number.isEmpty())
        draft.number = newTicketNumber(draft.createdAt);
    draft.subject = draft.subject.trimmed();
    if (m_actor.role == Role::Agent && !draft.assigneeId.isEmpty() && draft.assigneeId != m_actor.userId)
        return fail(tr("An agent opens a ticket for the team queue or for themselves."), {key("assignee_id")});
    if (m_actor.role != Role::Admin && draft.teamId != m_actor.teamId)
        return fail(tr("A ticket you open must belong to your own team."), {key("team_id")});
    if (draft.source != Channel::Transfer12386)
        draft.externalDue = {};
    else if (!draft.externalDue.isValid())
        return fail(tr("A 12386 transfer needs the due date the regulator set."), {key("external_due")});
    SlaPolicy().apply(draft);
    const ValidationErrors errors = Validator::validate(draft);
    if (!errors.isEmpty()) {
        QStringList messages;
        QStringList fields;
        for (const ValidationError &e : errors) {
            messages.append(e.message);
            fields.append(e.field);
        }
        return fail(messages.join(u'\n'), fields);
    }
    QString error;
    Transaction tx(m_db);
    if (!tx.begin(&error) || !TicketRepository(m_db).create(draft, &error))
        return fail(error);
    if (!draft.assigneeId.isEmpty()) {
        TicketEvent assignment;
        assignment.ticketId = draft.id;
        assignment.kind = EventKind::Assignment;
        assignment.assigneeId = draft.assigneeId;
        if (!appendEvent(assignment, &error))
            return fail(error);
    }
    if (!note.trimmed().isEmpty()) {
        TicketEvent first;
        first.ticketId = draft.id;
        first.kind = EventKind::Note;
        first.body = note.trimmed();
        if (!appendEvent(first, &error))
            return fail(error);
    }
    if (!tx.commit(&error))
        return fail(error);
    return Result::success(draft.id);
}
