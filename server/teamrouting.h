#pragma once

#include "core/team.h"
#include "server/sqldialect.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

// The server half of the teams' assignment rules (core/TicketRouter): the active agents
// of a team, their open tickets (counted on a partial index of the records), the team's
// turn counter, and who may set the rule (the team's lead, with a Team update mutation of
// assignment_rule only; UserDirectory stores it).
class TeamRouting
{
    Q_DECLARE_TR_FUNCTIONS(TeamRouting)

public:
    // The agent a new unassigned ticket of the team goes to; empty under the manual rule
    // or when the team has no active agent. Advances the team's turn when it picks.
    static QString nextAssignee(const QSqlDatabase &db, const SqlDialect &dialect, const Team &team);

    // Why the user may not set the team's rule (empty: allowed), and the rule read from
    // the mutation's fields when they hold assignment_rule and nothing else of substance.
    static QString refusal(const Team &team, Role role, const QString &userTeamId);
    static std::optional<AssignmentRule> ruleFrom(const QJsonObject &fields, QString *error);
};
