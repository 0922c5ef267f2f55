#include "models/ticketlinker.h"

#include "core/ticketrelations.h"
#include "store/ticketrepository.h"
#include "store/transaction.h"

namespace {

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

TicketLinker::Result failed(const QString &error)
{
    TicketLinker::Result result;
    result.error = error;
    return result;
}

} // namespace

TicketLinker::TicketLinker(TicketEditor &editor) : m_editor(editor) { }

bool TicketLinker::linkEvent(const QString &ticketId, const QString &otherId, const QString &relation,
    const QString &body, QString *error)
{
    TicketEvent event;
    event.ticketId = ticketId;
    event.kind = EventKind::Link;
    event.linkedTicketId = otherId;
    event.body = body;
    event.extra.insert(key("relation"), relation);
    return m_editor.appendEvent(event, error);
}

TicketLinker::Result TicketLinker::link(const QString &ticketId, const QString &otherId, const QString &note)
{
    QString error;
    Transaction tx(m_editor.database());
    if (!tx.begin(&error))
        return failed(error);
    TicketRepository repo(m_editor.database());
    const std::optional<Ticket> a = repo.get(ticketId);
    const std::optional<Ticket> b = repo.get(otherId);
    if (!a || !b)
        return failed(tr("The ticket no longer exists."));
    if (const TicketRelations::Check check = TicketRelations::canLink(*a, *b, m_editor.actor()); !check)
        return failed(check.reason);
    if (!linkEvent(a->id, b->id, key("related"), note.trimmed(), &error)
        || !linkEvent(b->id, a->id, key("related"), note.trimmed(), &error) || !tx.commit(&error))
        return failed(error);
    return Result::success();
}

TicketLinker::Result TicketLinker::merge(const QString &duplicateId, const QString &survivorId)
{
    QString error;
    Transaction tx(m_editor.database());
    if (!tx.begin(&error))
        return failed(error);
    TicketRepository repo(m_editor.database());
    std::optional<Ticket> duplicate = repo.get(duplicateId);
    const std::optional<Ticket> survivor = repo.get(survivorId);
    if (!duplicate || !survivor)
        return failed(tr("The ticket no longer exists."));
    const TicketRelations::Check check
        = TicketRelations::merge(*duplicate, *survivor, m_editor.actor(), m_editor.now());
    if (!check)
        return failed(check.reason);
    if (!linkEvent(duplicate->id, survivor->id, key("merged_into"), {}, &error)
        || !linkEvent(survivor->id, duplicate->id, key("merged_from"), {}, &error)
        || !repo.update(*duplicate, &error) || !tx.commit(&error))
        return failed(error);
    return Result::success();
}

TicketLinker::BulkResult TicketLinker::setParent(const QStringList &ticketIds, const QString &parentId)
{
    const std::optional<Ticket> parent = m_editor.ticket(parentId);
    if (!parent)
        return {0, {tr("The incident no longer exists.")}};
    return m_editor.editEach(ticketIds, [&](Ticket &child, bool *changed) -> QString {
        if (const TicketRelations::Check check = TicketRelations::canSetParent(child, *parent, m_editor.actor()); !check)
            return check.reason;
        child.parentId = parentId;
        QString error;
        if (!linkEvent(child.id, parentId, key("incident"), {}, &error)
            || !linkEvent(parentId, child.id, key("incident_child"), {}, &error)
            || !TicketRepository(m_editor.database()).update(child, &error))
            return error;
        *changed = true;
        return {};
    });
}

TicketLinker::BulkResult TicketLinker::clearParent(const QStringList &ticketIds)
{
    return m_editor.editEach(ticketIds, [&](Ticket &child, bool *changed) -> QString {
        if (const TicketRelations::Check check = TicketRelations::canClearParent(child, m_editor.actor()); !check)
            return check.reason;
        const QString parentId = child.parentId;
        child.parentId.clear();
        QString error;
        if (!linkEvent(child.id, parentId, key("incident_removed"), {}, &error)
            || !TicketRepository(m_editor.database()).update(child, &error))
            return error;
        *changed = true;
        return {};
    });
}

TicketLinker::Result TicketLinker::createIncident(
    const QString &subject, TicketCategory category, const QStringList &childIds)
{
    if (m_editor.actor().role != Role::Lead && m_editor.actor().role != Role::Admin)
        return failed(tr("Only a team lead opens an incident for a mass event."));
    Ticket incident;
    incident.kind = TicketKind::Request;
    incident.source = Channel::Online;
    incident.category = category;
    incident.subject = subject;
    incident.priority = Priority::High;
    incident.assigneeId = m_editor.actor().role == Role::Lead ? m_editor.actor().userId : QString();
    Result created = m_editor.createTicket(incident);
    if (!created)
        return created;
    const BulkResult linked = setParent(childIds, created.id);
    if (!linked.refused.isEmpty())
        created.error = linked.refused.join(u'\n');
    return created;
}
