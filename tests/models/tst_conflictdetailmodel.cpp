// ConflictDetailModel: the side-by-side rows, exclusive per-field choices, locked
// server-wins fields, and values shown humanly (labels, masked personal data).

#include "core/wirecodec.h"
#include "models/conflictdetailmodel.h"
#include "store/database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using Side = ConflictDetailModel::Side;

class TestConflictDetailModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    static Conflict ticketConflict()
    {
        Conflict c;
        c.id = 7;
        c.entity = EntityType::Ticket;
        c.entityId = Entity::newId();
        c.fields = {QStringLiteral("state"), QStringLiteral("priority")};
        c.local = {{QStringLiteral("state"), QStringLiteral("closed")},
            {QStringLiteral("priority"), QStringLiteral("high")},
            {QStringLiteral("subject"), QStringLiteral("Mine only")}};
        c.server = {{QStringLiteral("rev"), 4}, {QStringLiteral("state"), QStringLiteral("processing")},
            {QStringLiteral("priority"), QStringLiteral("low")},
            {QStringLiteral("subject"), QStringLiteral("Old")}};
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>(m_dir.path());
        QVERIFY(m_db->open());
    }
    void cleanupTestCase() { m_db.reset(); }

    void rowsAndChoices()
    {
        ConflictDetailModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.isEmpty());
        QSignalSpy changed(&model, &ConflictDetailModel::choicesChanged);
        model.setConflict(ticketConflict());
        QCOMPARE(model.rowCount(), 3);
        // Conflicting fields first, then the rest of the edit.
        QCOMPARE(
            model.index(0, 0).data(ConflictDetailModel::FieldKeyRole).toString(), QStringLiteral("state"));
        QCOMPARE(
            model.index(1, 0).data(ConflictDetailModel::FieldKeyRole).toString(), QStringLiteral("priority"));
        QCOMPARE(
            model.index(2, 0).data(ConflictDetailModel::FieldKeyRole).toString(), QStringLiteral("subject"));
        QCOMPARE(model.index(2, 0).data(ConflictDetailModel::InConflictRole).toBool(), false);
        QCOMPARE(model.index(1, 0).data(ConflictDetailModel::InConflictRole).toBool(), true);
        QCOMPARE(model.index(0, ConflictDetailModel::FieldColumn).data().toString(), QStringLiteral("State"));
        QCOMPARE(model.index(0, ConflictDetailModel::MineColumn).data().toString(),
            enumLabel(TicketState::Closed));
        QCOMPARE(model.index(0, ConflictDetailModel::TheirsColumn).data().toString(),
            enumLabel(TicketState::Processing));
        QCOMPARE(
            model.index(1, ConflictDetailModel::MineColumn).data().toString(), enumLabel(Priority::High));
        QVERIFY(model.index(1, 0).data(ConflictDetailModel::DiffersRole).toBool());

        // State is the server's: locked to Theirs, not checkable.
        QVERIFY(model.index(0, 0).data(ConflictDetailModel::LockedRole).toBool());
        QVERIFY(!(model.flags(model.index(0, ConflictDetailModel::MineColumn)) & Qt::ItemIsUserCheckable));
        QVERIFY(model.flags(model.index(1, ConflictDetailModel::MineColumn)) & Qt::ItemIsUserCheckable);
        QCOMPARE(model.choices().value(QStringLiteral("state")), Side::Theirs);
        QCOMPARE(model.choices().value(QStringLiteral("priority")), Side::Mine);
        QVERIFY(model.hasChoice());
        QVERIFY(
            !model.setData(model.index(0, ConflictDetailModel::MineColumn), Qt::Checked, Qt::CheckStateRole));

        // Checking Theirs unchecks Mine.
        changed.clear();
        QVERIFY(model.setData(
            model.index(1, ConflictDetailModel::TheirsColumn), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1, ConflictDetailModel::TheirsColumn)
                     .data(Qt::CheckStateRole)
                     .value<Qt::CheckState>(),
            Qt::Checked);
        QCOMPARE(
            model.index(1, ConflictDetailModel::MineColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
            Qt::Unchecked);
        QCOMPARE(model.choices().value(QStringLiteral("priority")), Side::Theirs);
        model.setAll(Side::Mine);
        QCOMPARE(model.choices().value(QStringLiteral("priority")), Side::Mine);
        QCOMPARE(model.choices().value(QStringLiteral("subject")), Side::Mine);
        QCOMPARE(model.choices().value(QStringLiteral("state")), Side::Theirs);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void personalDataIsMaskedAndDeletionsShown()
    {
        ConflictDetailModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Conflict c;
        c.entity = EntityType::Customer;
        c.entityId = Entity::newId();
        c.fields = {QStringLiteral("mobile")};
        c.local = {{QStringLiteral("mobile"), QStringLiteral("13800138000")}};
        c.server
            = {{QStringLiteral("mobile"), QStringLiteral("13912345678")}, {QStringLiteral("deleted"), true}};
        model.setConflict(c);
        QVERIFY(!model.hasChoice());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(
            model.index(0, 0).data(ConflictDetailModel::FieldKeyRole).toString(), QStringLiteral("deleted"));
        QCOMPARE(model.index(0, ConflictDetailModel::TheirsColumn).data().toString(), QStringLiteral("Yes"));
        QCOMPARE(
            model.index(1, ConflictDetailModel::MineColumn).data().toString(), QStringLiteral("138****8000"));
        QCOMPARE(model.index(1, ConflictDetailModel::TheirsColumn).data().toString(),
            QStringLiteral("139****5678"));
    }
};

QTEST_GUILESS_MAIN(TestConflictDetailModel)
#include "tst_conflictdetailmodel.moc"
