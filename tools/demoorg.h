#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The organisation the other generators refer to: who works in which team.
struct DemoTeam
{
    QString id;
    QString name;
    QString leadId;
    QStringList agentIds;
};

struct DemoOrg
{
    enum TeamIndex { ServiceOne, ServiceTwo, Complaints, Vip, TeamCount };

    QList<DemoTeam> teams; // in TeamIndex order
    QString trainerId;
    QString adminId;
    QString complianceId; // signs articles off
    QString currentUserId;
    QHash<QString, QString> displayNames; // user id → name
    QList<QStringList> managersByBranch; // account managers' names per branch
};
