#include "ui/tickets/ticketbulkmenu.h"

#include "models/ticketeditor.h"
#include "models/ticketlinker.h"

#include <QInputDialog>
#include <QMenu>

void TicketBulkMenu::populate(
    QMenu *menu, Database &db, const Actor &actor, const QStringList &ids, const Report &report)
{
    const bool lead = actor.role == Role::Lead || actor.role == Role::Admin;
    Database *store = &db;
    if (lead) {
        QMenu *assign = menu->addMenu(tr("Assign to"));
        for (const User &u : TicketEditor(db, actor).teamMembers())
            assign->addAction(u.displayName, menu, [store, actor, ids, u, report] {
                const auto done = TicketEditor(*store, actor).assign(ids, u.id);
                report(tr("%n ticket(s) assigned to %1.", nullptr, done.changed).arg(u.displayName), done.refused);
            });
    }
    QMenu *priority = menu->addMenu(tr("Priority"));
    for (Priority p : enumValues<Priority>())
        priority->addAction(enumLabel(p), menu, [store, actor, ids, p, report] {
            const auto done = TicketEditor(*store, actor).setPriority(ids, p);
            report(tr("Priority of %n ticket(s) set to %1.", nullptr, done.changed).arg(enumLabel(p)), done.refused);
        });
    QWidget *parent = menu->parentWidget();
    menu->addSeparator();
    menu->addAction(tr("Put under an existing incident…"), menu, [store, actor, ids, report, parent] {
        bool ok = false;
        const QString number = QInputDialog::getText(
            parent, tr("Incident"), tr("Number of the incident ticket:"), QLineEdit::Normal, QString(), &ok);
        if (!ok || number.trimmed().isEmpty())
            return;
        TicketEditor editor(*store, actor);
        const std::optional<Ticket> incident = editor.ticketByNumber(number);
        if (!incident) {
            report(QString(), {tr("No ticket %1 in the cache.").arg(number.trimmed())});
            return;
        }
        const auto done = TicketLinker(editor).setParent(ids, incident->id);
        report(tr("%n ticket(s) put under incident %1.", nullptr, done.changed).arg(incident->number), done.refused);
    });
    if (!lead)
        return;
    menu->addAction(tr("Put under a new incident…"), menu, [store, actor, ids, report, parent] {
        bool ok = false;
        const QString subject = QInputDialog::getText(parent, tr("New incident"),
            tr("Subject of the incident (a mass event such as a trading-system outage):"), QLineEdit::Normal,
            QString(), &ok);
        if (!ok || subject.trimmed().isEmpty())
            return;
        TicketEditor editor(*store, actor);
        const auto result = TicketLinker(editor).createIncident(subject, TicketCategory::SystemOutage, ids);
        if (!result) {
            report(QString(), {result.error});
            return;
        }
        const int under = int(ids.size() - (result.error.isEmpty() ? 0 : result.error.count(u'\n') + 1));
        report(tr("Incident %1 opened with %n ticket(s) under it.", nullptr, under)
                   .arg(editor.ticket(result.id).value_or(Ticket()).number),
            result.error.isEmpty() ? QStringList() : QStringList {result.error});
    });
}
