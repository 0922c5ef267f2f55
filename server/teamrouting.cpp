#include "server/teamrouting.h"

#include "core/ticketrouter.h"
#include "server/dbconnection.h"
#include "server/userdirectory.h"

#include <QSqlQuery>

QString TeamRouting::nextAssignee(const QSqlDatabase &db, const SqlDialect &dialect, const Team &team)
{
    if (team.assignmentRule == AssignmentRule::Manual)
        return {};
    QList<TicketRouter::Candidate> candidates;
    QSqlQuery agents = DbConnection::exec(db,
        QStringLiteral("SELECT id FROM users WHERE team_id = ? AND active = 1 AND role = 'agent'"), {team.id});
    while (agents.next())
        candidates.append({agents.value(0).toString(), 0});
    if (candidates.isEmpty())
        return {};
    if (team.assignmentRule == AssignmentRule::LeastLoaded) {
        // Written as the partial index records_ticket_load is, so the planner uses it.
        const QString assignee = dialect.jsonText(QStringLiteral("data"), QStringLiteral("assignee_id"));
        const QString state = dialect.jsonText(QStringLiteral("data"), QStringLiteral("state"));
        QSqlQuery loads = DbConnection::exec(db,
            QStringLiteral("SELECT %1, COUNT(*) FROM records WHERE entity = 'ticket' AND deleted = 0 AND %2 <> "
                           "'closed' AND team_id = ? GROUP BY %1")
                .arg(assignee, state),
            {team.id});
        while (loads.next())
            for (TicketRouter::Candidate &c : candidates)
                if (c.userId == loads.value(0).toString())
                    c.openTickets = loads.value(1).toInt();
    }
    const QString counter = QStringLiteral("route:") + team.id;
    QSqlQuery turnQuery = DbConnection::exec(db, QStringLiteral("SELECT value FROM counters WHERE name = ?"), {counter});
    qint64 turn = 0;
    if (turnQuery.next()) {
        turn = turnQuery.value(0).toLongLong();
        DbConnection::exec(db, QStringLiteral("UPDATE counters SET value = ? WHERE name = ?"), {turn + 1, counter});
    } else {
        DbConnection::exec(db, QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 1)"), {counter});
    }
    return TicketRouter::pick(team.assignmentRule, candidates, turn);
}

QString TeamRouting::refusal(const Team &team, Role role, const QString &userTeamId)
{
    if (role == Role::Admin || (role == Role::Lead && userTeamId == team.id))
        return {};
    return tr("Only the team's lead or an administrator chooses how its new tickets are assigned.");
}

std::optional<AssignmentRule> TeamRouting::ruleFrom(const QJsonObject &fields, QString *error)
{
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        if (it.key() != QLatin1String("assignment_rule") && it.key() != QLatin1String("updated_at")
            && it.key() != QLatin1String("rev")) {
            *error = tr("Only a team's assignment rule can be changed here; “%1” is kept by the server.").arg(it.key());
            return std::nullopt;
        }
    const std::optional<AssignmentRule> rule
        = enumFromKey<AssignmentRule>(fields.value(QLatin1String("assignment_rule")).toString());
    if (!rule)
        *error = tr("assignment_rule must be manual, round_robin or least_loaded.");
    return rule;
}

