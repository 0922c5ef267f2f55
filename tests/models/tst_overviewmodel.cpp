#include "models/overviewmodel.h"

#include "store/changenotifier.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/profilesettings.h"
#include "store/riskalertrepository.h"
#include "store/teamrepository.h"
#include "store/ticketrepository.h"
#include "store/userrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using Metric = OverviewModel::Metric;

class TestOverviewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyProfileCountsNothing();
    void countsMatchRowsInTheStore();
    void stateBreakdownFollowsWorkflowOrder();
    void refreshesOnTicketChange();
    void refreshesOnRiskAlertAndOutboxChange();
    void burstOfChangesRefreshesOnce();
    void refreshesOnReset();
    void rolesAndLabels();

private:
    QString addTeam(const QString &name);
    QString addUser(const QString &teamId, Role role = Role::Agent);
    Ticket addTicket(
        const QString &teamId, const QString &assigneeId, TicketState state, const QDateTime &replyDue);
    void addAlert(AlertState state);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QDateTime m_now;
    int m_serial = 0;
};

QString TestOverviewModel::addTeam(const QString &name)
{
    Team team;
    team.name = name;
    QString error;
    [&] {
        QVERIFY2(TeamRepository(*m_db).create(team, &error), qPrintable(error));
    }();
    return team.id;
}

QString TestOverviewModel::addUser(const QString &teamId, Role role)
{
    User user;
    user.username = QStringLiteral("agent%1").arg(++m_serial);
    user.displayName = QStringLiteral("王芳");
    user.role = role;
    user.teamId = teamId;
    QString error;
    [&] {
        QVERIFY2(UserRepository(*m_db).create(user, &error), qPrintable(error));
    }();
    return user.id;
}

Ticket TestOverviewModel::addTicket(
    const QString &teamId, const QString &assigneeId, TicketState state, const QDateTime &replyDue)
{
    Ticket t;
    t.number = QStringLiteral("T20261127%1").arg(++m_serial, 6, 10, QLatin1Char('0'));
    t.customerId = Entity::newId();
    t.kind = TicketKind::Complaint;
    t.subject = QStringLiteral("银证转账未到账");
    t.state = state;
    t.teamId = teamId;
    t.assigneeId = assigneeId;
    t.createdAt = m_now.addDays(-3);
    t.acceptDue = m_now.addDays(-2);
    t.replyDue = replyDue;
    if (state == TicketState::Closed) {
        t.closedAt = m_now.addDays(-1);
        t.resolution = ResolutionCode::Resolved;
        t.followUp = FollowUpResult::Satisfied;
    }
    QString error;
    [&] {
        QVERIFY2(TicketRepository(*m_db).create(t, &error), qPrintable(error));
    }();
    return t;
}

void TestOverviewModel::addAlert(AlertState state)
{
    RiskAlert a;
    a.customerId = Entity::newId();
    a.kind = RiskAlertKind::MarginWarning;
    a.severity = Severity::Warning;
    a.text = QStringLiteral("维持担保比例 138%");
    a.state = state;
    a.raisedAt = m_now.addSecs(-3600);
    if (state != AlertState::Open) {
        a.acknowledgedBy = Entity::newId();
        a.acknowledgedAt = m_now;
    }
    QString error;
    [&] {
        QVERIFY2(RiskAlertRepository(*m_db).create(a, &error), qPrintable(error));
    }();
}

void TestOverviewModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(m_dir->path());
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    m_now = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
}

void TestOverviewModel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestOverviewModel::emptyProfileCountsNothing()
{
    OverviewModel model(m_db.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    QCOMPARE(model.rowCount(), 6);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row).data(OverviewModel::ValueRole).toInt(), 0);
    QVERIFY(model.userId().isEmpty());
    QCOMPARE(model.teamOpenByState().size(), TicketRepository::openStates().size());
}

void TestOverviewModel::countsMatchRowsInTheStore()
{
    const QString team = addTeam(QStringLiteral("投诉一组"));
    const QString other = addTeam(QStringLiteral("投诉二组"));
    const QString me = addUser(team);
    const QString colleague = addUser(team);
    QVERIFY(ProfileSettings(*m_db).setCurrentUserId(me));

    addTicket(team, me, TicketState::New, m_now.addSecs(2 * 3600)); // mine, due soon
    addTicket(team, me, TicketState::Processing, m_now.addSecs(-3600)); // mine, breached
    addTicket(team, me, TicketState::Closed, m_now.addSecs(-7200)); // closed: counts nowhere
    addTicket(team, colleague, TicketState::Accepted, m_now.addDays(5)); // team only
    addTicket(team, colleague, TicketState::Accepted, m_now.addSecs(23 * 3600)); // team, due soon
    addTicket(other, me, TicketState::Replied, m_now.addSecs(-60)); // mine, other team
    addAlert(AlertState::Open);
    addAlert(AlertState::Open);
    addAlert(AlertState::Resolved);

    OverviewModel model(m_db.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(m_now);
    QSignalSpy refreshed(&model, &OverviewModel::refreshed);
    model.refresh();
    QCOMPARE(refreshed.count(), 1);

    QCOMPARE(model.userId(), me);
    QCOMPARE(model.teamId(), team);
    QCOMPARE(model.value(Metric::MyOpenTickets), 3);
    QCOMPARE(model.value(Metric::TeamOpenTickets), 4);
    QCOMPARE(model.value(Metric::DueSoon), 2);
    QCOMPARE(model.value(Metric::SlaBreached), 1);
    QCOMPARE(model.value(Metric::OpenRiskAlerts), 2);
    // Every local create queued one mutation.
    const int pending = Outbox(*m_db).count();
    QCOMPARE(pending, 2 + 2 + 6 + 3);
    QCOMPARE(model.value(Metric::PendingChanges), pending);
    QCOMPARE(model.index(int(Metric::OpenRiskAlerts)).data(OverviewModel::ValueRole).toInt(), 2);
}

void TestOverviewModel::stateBreakdownFollowsWorkflowOrder()
{
    const QString team = addTeam(QStringLiteral("咨询组"));
    const QString me = addUser(team);
    QVERIFY(ProfileSettings(*m_db).setCurrentUserId(me));
    addTicket(team, me, TicketState::New, m_now.addDays(3));
    addTicket(team, me, TicketState::New, m_now.addDays(3));
    addTicket(team, me, TicketState::Mediation, m_now.addDays(3));
    addTicket(team, me, TicketState::Closed, m_now.addDays(3));

    OverviewModel model(m_db.get());
    model.setNow(m_now);
    model.refresh();
    const auto states = model.teamOpenByState();
    QCOMPARE(states.size(), TicketRepository::openStates().size());
    QCOMPARE(states.first().first, TicketState::New);
    QCOMPARE(states.first().second, 2);
    int total = 0;
    for (const auto &[state, count] : states) {
        QVERIFY(state != TicketState::Closed);
        total += count;
        if (state == TicketState::Mediation)
            QCOMPARE(count, 1);
    }
    QCOMPARE(total, 3);
}

void TestOverviewModel::refreshesOnTicketChange()
{
    const QString team = addTeam(QStringLiteral("投诉一组"));
    const QString me = addUser(team);
    QVERIFY(ProfileSettings(*m_db).setCurrentUserId(me));
    OverviewModel model(m_db.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(m_now);
    model.refresh();
    QCOMPARE(model.value(Metric::MyOpenTickets), 0);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy refreshed(&model, &OverviewModel::refreshed);
    Ticket t = addTicket(team, me, TicketState::New, m_now.addDays(4));
    QTRY_COMPARE(refreshed.count(), 1);
    QCOMPARE(model.value(Metric::MyOpenTickets), 1);
    QCOMPARE(model.value(Metric::TeamOpenTickets), 1);
    QVERIFY(changed.count() >= 1);

    // Closing it through the repository takes it off the figures again.
    t.state = TicketState::Closed;
    t.closedAt = m_now;
    t.resolution = ResolutionCode::Explained;
    t.followUp = FollowUpResult::Satisfied;
    QString error;
    QVERIFY2(TicketRepository(*m_db).update(t, &error), qPrintable(error));
    QTRY_COMPARE(refreshed.count(), 2);
    QCOMPARE(model.value(Metric::MyOpenTickets), 0);
}

void TestOverviewModel::refreshesOnRiskAlertAndOutboxChange()
{
    OverviewModel model(m_db.get());
    model.setNow(m_now);
    model.refresh();
    QSignalSpy refreshed(&model, &OverviewModel::refreshed);
    addAlert(AlertState::Open);
    QTRY_COMPARE(model.value(Metric::OpenRiskAlerts), 1);
    QCOMPARE(model.value(Metric::PendingChanges), 1);

    // The sync engine removing sent entries is an outbox change too.
    Outbox outbox(*m_db);
    const QList<OutboxEntry> entries = outbox.pending(10);
    QCOMPARE(entries.size(), 1);
    QVERIFY(outbox.markDone({entries.first().mutation.mutationId}));
    QTRY_COMPARE(model.value(Metric::PendingChanges), 0);
    QCOMPARE(model.value(Metric::OpenRiskAlerts), 1);
}

void TestOverviewModel::burstOfChangesRefreshesOnce()
{
    const QString team = addTeam(QStringLiteral("投诉一组"));
    OverviewModel model(m_db.get());
    model.setNow(m_now);
    model.refresh();
    QSignalSpy refreshed(&model, &OverviewModel::refreshed);
    for (int i = 0; i < 20; ++i)
        addTicket(team, QString(), TicketState::New, m_now.addDays(3));
    QTRY_COMPARE(refreshed.count(), 1);
    QCOMPARE(model.value(Metric::TeamOpenTickets), 20);
}

void TestOverviewModel::refreshesOnReset()
{
    OverviewModel model(m_db.get());
    model.refresh();
    QSignalSpy refreshed(&model, &OverviewModel::refreshed);
    Q_EMIT m_db->notifier()->reset();
    QTRY_COMPARE(refreshed.count(), 1);
}

void TestOverviewModel::rolesAndLabels()
{
    OverviewModel model(m_db.get());
    const QHash<int, QByteArray> roles = model.roleNames();
    QCOMPARE(roles.value(OverviewModel::ValueRole), QByteArray("value"));
    QCOMPARE(roles.value(OverviewModel::MetricRole), QByteArray("metric"));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data(OverviewModel::MetricRole).toInt(), row);
        QVERIFY(!index.data(Qt::DisplayRole).toString().isEmpty());
        QVERIFY(!index.data(OverviewModel::DescriptionRole).toString().isEmpty());
    }
    QVERIFY(!model.index(6).isValid());
}

QTEST_GUILESS_MAIN(TestOverviewModel)
#include "tst_overviewmodel.moc"
