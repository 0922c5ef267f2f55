// Assignment rules for new tickets: round-robin deals in turn, least-loaded picks the
// lightest load and deals ties in turn, manual assigns nobody.
#include "core/ticketrouter.h"

#include <QtTest>

using C = TicketRouter::Candidate;

class TestTicketRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manualAssignsNobody()
    {
        QVERIFY(TicketRouter::pick(AssignmentRule::Manual, {{QStringLiteral("a"), 0}}, 0).isEmpty());
        QVERIFY(TicketRouter::pick(AssignmentRule::RoundRobin, {}, 3).isEmpty());
        QVERIFY(TicketRouter::pick(AssignmentRule::LeastLoaded, {}, 3).isEmpty());
    }

    void roundRobinDealsInTurn()
    {
        // Given in any order, dealt in id order, whatever the loads.
        const QList<C> agents {{QStringLiteral("c"), 0}, {QStringLiteral("a"), 9}, {QStringLiteral("b"), 4}};
        QStringList dealt;
        for (qint64 turn = 0; turn < 7; ++turn)
            dealt.append(TicketRouter::pick(AssignmentRule::RoundRobin, agents, turn));
        QCOMPARE(dealt.join(QString()), QStringLiteral("abcabca"));
        QCOMPARE(TicketRouter::pick(AssignmentRule::RoundRobin, agents, -1), QStringLiteral("c"));
    }

    void leastLoadedPicksTheLightest()
    {
        QList<C> agents {{QStringLiteral("a"), 5}, {QStringLiteral("b"), 2}, {QStringLiteral("c"), 3}};
        QCOMPARE(TicketRouter::pick(AssignmentRule::LeastLoaded, agents, 0), QStringLiteral("b"));
        QCOMPARE(TicketRouter::pick(AssignmentRule::LeastLoaded, agents, 1), QStringLiteral("b"));
        // Simulate a day: each ticket goes to the lightest, loads even out.
        QMap<QString, int> got;
        for (qint64 turn = 0; turn < 10; ++turn) {
            const QString who = TicketRouter::pick(AssignmentRule::LeastLoaded, agents, turn);
            ++got[who];
            for (C &c : agents)
                if (c.userId == who)
                    ++c.openTickets;
        }
        for (const C &c : agents)
            QVERIFY2(c.openTickets >= 6 && c.openTickets <= 7, qPrintable(c.userId));
        QCOMPARE(got.value(QStringLiteral("a")), 1);
    }

    void tiesAreDealtInTurn()
    {
        const QList<C> agents {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 1}, {QStringLiteral("c"), 4}};
        QCOMPARE(TicketRouter::pick(AssignmentRule::LeastLoaded, agents, 0), QStringLiteral("a"));
        QCOMPARE(TicketRouter::pick(AssignmentRule::LeastLoaded, agents, 1), QStringLiteral("b"));
        QCOMPARE(TicketRouter::pick(AssignmentRule::LeastLoaded, agents, 2), QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestTicketRouter)
#include "tst_ticketrouter.moc"
