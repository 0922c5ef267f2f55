// ConflictsDialog offscreen over a real store: selection shows both versions side by
// side, the buttons resolve through ConflictRepository (keep mine queues an update, take
// theirs and dismiss do not), per-field choices, and the list follows the store.

#include "core/wirecodec.h"
#include "models/conflictlistmodel.h"
#include "store/conflictrepository.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/remoteapplier.h"
#include "store/ticketrepository.h"
#include "ui/sync/conflictcompareview.h"
#include "ui/sync/conflictsdialog.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestConflictsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_profiles = 0;

    // A ticket cached at rev 1 and a conflict against the server's rev 2.
    Conflict addConflict(const QStringList &fields, const QJsonObject &local)
    {
        Ticket t;
        t.id = Entity::newId();
        t.rev = 1;
        t.updatedAt = QDateTime::currentDateTimeUtc();
        t.createdAt = t.updatedAt;
        t.number = QStringLiteral("T2026112700%1").arg(++m_profiles, 4, 10, QLatin1Char('0'));
        t.subject = QStringLiteral("Original");
        t.state = TicketState::Processing;
        RemoteApplier(*m_db).apply({1, EntityType::Ticket, t.id, 1, false, WireCodec::encode(t)});
        Ticket server = t;
        server.rev = 2;
        server.subject = QStringLiteral("Theirs");
        server.priority = Priority::Low;
        server.state = TicketState::Replied;
        Conflict c;
        c.entity = EntityType::Ticket;
        c.entityId = t.id;
        c.fields = fields;
        c.local = local;
        c.server = WireCodec::encode(server);
        ConflictRepository(*m_db).add(c);
        return c;
    }

    static QJsonObject subjectAndPriority()
    {
        return {{QStringLiteral("subject"), QStringLiteral("Mine")},
            {QStringLiteral("priority"), QStringLiteral("high")}};
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("p%1").arg(++m_profiles)));
        QVERIFY(m_db->open());
    }
    void cleanup() { m_db.reset(); }

    void keepMineThenDismiss()
    {
        const Conflict contested = addConflict({QStringLiteral("subject")}, subjectAndPriority());
        const Conflict decided
            = addConflict({QStringLiteral("state")}, {{QStringLiteral("state"), QStringLiteral("closed")}});
        ConflictsDialog dialog(*m_db);
        QAbstractItemModelTester tester(
            dialog.listModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.listModel()->rowCount(), 2);
        QCOMPARE(dialog.currentConflictId(), contested.id);
        ConflictDetailModel *detail = dialog.compareView()->model();
        QCOMPARE(detail->rowCount(), 2);
        QCOMPARE(detail->index(0, ConflictDetailModel::MineColumn).data().toString(), QStringLiteral("Mine"));
        QCOMPARE(
            detail->index(0, ConflictDetailModel::TheirsColumn).data().toString(), QStringLiteral("Theirs"));
        QVERIFY(dialog.keepMineButton()->isVisible());
        QVERIFY(dialog.keepMineButton()->isEnabled());
        QVERIFY(!dialog.applyButton()->isEnabled()); // every tick on one side
        QVERIFY(!dialog.dismissButton()->isVisible());

        QSignalSpy queued(&dialog, &ConflictsDialog::mutationsQueued);
        QSignalSpy resolved(&dialog, &ConflictsDialog::conflictResolved);
        QTest::mouseClick(dialog.keepMineButton(), Qt::LeftButton);
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.first().first().toLongLong(), contested.id);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(Outbox(*m_db).count(), 1);
        QCOMPARE(TicketRepository(*m_db).get(contested.entityId)->subject, QStringLiteral("Mine"));

        // The next conflict is shown at once: the server decided it, so only Dismiss.
        QCOMPARE(dialog.listModel()->rowCount(), 1);
        QCOMPARE(dialog.currentConflictId(), decided.id);
        QVERIFY(dialog.dismissButton()->isVisible());
        QVERIFY(!dialog.keepMineButton()->isVisible());
        QVERIFY(detail->index(0, 0).data(ConflictDetailModel::LockedRole).toBool());
        QTest::mouseClick(dialog.dismissButton(), Qt::LeftButton);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(Outbox(*m_db).count(), 1);
        QCOMPARE(dialog.listModel()->rowCount(), 0);
        QCOMPARE(dialog.currentConflictId(), 0);
        QVERIFY(detail->isEmpty());
        QVERIFY(!dialog.dismissButton()->isVisible());
        QCOMPARE(ConflictRepository(*m_db).openCount(), 0);
    }

    void perFieldChoiceAndTakeTheirs()
    {
        const Conflict first = addConflict({QStringLiteral("subject")}, subjectAndPriority());
        const Conflict second = addConflict({QStringLiteral("subject")}, subjectAndPriority());
        ConflictsDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ConflictDetailModel *detail = dialog.compareView()->model();
        // Theirs for the subject, mine for the priority.
        QVERIFY(detail->setData(
            detail->index(0, ConflictDetailModel::TheirsColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(dialog.applyButton()->isEnabled());
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QCOMPARE(ConflictRepository(*m_db).get(first.id)->resolution, QStringLiteral("merged"));
        const Ticket merged = *TicketRepository(*m_db).get(first.entityId);
        QCOMPARE(merged.subject, QStringLiteral("Theirs"));
        QCOMPARE(merged.priority, Priority::High);

        QCOMPARE(dialog.currentConflictId(), second.id);
        QTest::mouseClick(dialog.takeTheirsButton(), Qt::LeftButton);
        QCOMPARE(ConflictRepository(*m_db).get(second.id)->resolution, QStringLiteral("server"));
        QCOMPARE(TicketRepository(*m_db).get(second.entityId)->subject, QStringLiteral("Theirs"));
        QCOMPARE(Outbox(*m_db).count(), 1); // only the merged priority
    }

    void followsTheStoreWhileOpen()
    {
        ConflictsDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.listModel()->rowCount(), 0);
        QVERIFY(!dialog.keepMineButton()->isEnabled());
        const Conflict c = addConflict({QStringLiteral("subject")}, subjectAndPriority());
        QCOMPARE(dialog.listModel()->rowCount(), 1);
        QCOMPARE(dialog.currentConflictId(), c.id);
        QVERIFY(dialog.keepMineButton()->isEnabled());
        QVERIFY(dialog.selectConflict(c.id));
        QVERIFY(!dialog.selectConflict(c.id + 100));
        // Resolved elsewhere (another window): it leaves the list.
        QVERIFY(ConflictRepository(*m_db).takeTheirs(c.id));
        QCOMPARE(dialog.listModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestConflictsDialog)
#include "tst_conflictsdialog.moc"
