#pragma once

#include "core/actor.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class Database;
class QMenu;

// The bulk actions of the ticket queue's context menu for a selection: assign (leads),
// change the priority, put the tickets under an existing incident, or open a new incident
// for them (leads). Each runs
// through TicketEditor / TicketLinker and reports what was done and what was refused.
class TicketBulkMenu
{
    Q_DECLARE_TR_FUNCTIONS(TicketBulkMenu)

public:
    using Report = std::function<void(const QString &done, const QStringList &refused)>;

    static void populate(QMenu *menu, Database &db, const Actor &actor, const QStringList &ticketIds,
        const Report &report);
};
