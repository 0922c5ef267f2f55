// TicketAssignment: 首办负责制 as the workstation offers it and the server enforces it.

#include "core/ticketassignment.h"

#include <QtTest>

Q_DECLARE_METATYPE(Ticket)
Q_DECLARE_METATYPE(Actor)

namespace {

const QString s_team = QStringLiteral("team-a");

Ticket ticket(
    const QString &assignee, TicketState state = TicketState::Processing, const QString &team = s_team)
{
    Ticket t;
    t.id = QStringLiteral("t1");
    t.number = QStringLiteral("T20261127000001");
    t.teamId = team;
    t.assigneeId = assignee;
    t.state = state;
    return t;
}

Actor actor(Role role, const QString &id = QStringLiteral("me"), const QString &team = s_team)
{
    return {id, role, team};
}

} // namespace

class TestTicketAssignment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<Ticket>("ticket");
        QTest::addColumn<QString>("assignee");
        QTest::addColumn<Actor>("who");
        QTest::addColumn<bool>("allowed");
        const Actor agent = actor(Role::Agent);
        QTest::newRow("agent claims an unassigned ticket")
            << ticket({}) << QStringLiteral("me") << agent << true;
        QTest::newRow("agent claims a held ticket")
            << ticket(QStringLiteral("other")) << QStringLiteral("me") << agent << false;
        QTest::newRow("agent claims another team's") << ticket({}, TicketState::New, QStringLiteral("team-b"))
                                                     << QStringLiteral("me") << agent << false;
        QTest::newRow("agent claims a closed one")
            << ticket({}, TicketState::Closed) << QStringLiteral("me") << agent << false;
        QTest::newRow("agent hands back their own")
            << ticket(QStringLiteral("me")) << QString() << agent << true;
        QTest::newRow("agent hands back another's")
            << ticket(QStringLiteral("other")) << QString() << agent << false;
        QTest::newRow("agent gives theirs to another")
            << ticket(QStringLiteral("me")) << QStringLiteral("other") << agent << false;
        QTest::newRow("agent assigns an unassigned one to another")
            << ticket({}) << QStringLiteral("other") << agent << false;
        QTest::newRow("lead reassigns in the team")
            << ticket(QStringLiteral("other")) << QStringLiteral("third") << actor(Role::Lead) << true;
        QTest::newRow("lead unassigns in the team")
            << ticket(QStringLiteral("other")) << QString() << actor(Role::Lead) << true;
        QTest::newRow("lead in another team")
            << ticket(QStringLiteral("other")) << QStringLiteral("me")
            << actor(Role::Lead, QStringLiteral("me"), QStringLiteral("team-b")) << false;
        QTest::newRow("admin anywhere")
            << ticket(QStringLiteral("other"), TicketState::New, QStringLiteral("team-b"))
            << QStringLiteral("me") << actor(Role::Admin, QStringLiteral("me"), {}) << true;
        QTest::newRow("trainer") << ticket({}) << QStringLiteral("me") << actor(Role::Trainer) << false;
        QTest::newRow("no change") << ticket(QStringLiteral("other")) << QStringLiteral("other") << agent
                                   << true;
    }
    void rules()
    {
        QFETCH(Ticket, ticket);
        QFETCH(QString, assignee);
        QFETCH(Actor, who);
        QFETCH(bool, allowed);
        const TicketAssignment::Check check = TicketAssignment::canChange(ticket, assignee, who);
        QCOMPARE(bool(check), allowed);
        // A refusal always says why.
        QCOMPARE(check.reason.isEmpty(), allowed);
    }
};

QTEST_GUILESS_MAIN(TestTicketAssignment)
#include "tst_ticketassignment.moc"
