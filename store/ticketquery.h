#pragma once

#include "core/enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A ticket list's filter and order. Empty members do not filter. Every value is bound as a
// parameter; the sort is one of a fixed set of columns.
struct TicketQuery
{
    enum class Sort { UpdatedAt, CreatedAt, ReplyDue, Number };

    QString teamId;
    QString assigneeId;
    // Only tickets nobody has claimed (assigneeId is then ignored).
    bool unassigned = false;
    QString customerId;
    QString parentId;
    QList<TicketState> states;
    QList<TicketKind> kinds;
    QList<Priority> priorities;
    QList<TicketCategory> categories;
    QList<Channel> sources;
    // Matches the number's prefix or text anywhere in the subject; % and _ are plain text.
    QString text;
    // Open tickets whose reply is due before this time (breached or due soon).
    QDateTime replyDueBefore;
    // Created in [createdFrom, createdBefore); either may be left invalid.
    QDateTime createdFrom;
    QDateTime createdBefore;

    Sort sort = Sort::UpdatedAt;
    bool descending = true;
};
