#include "models/syncprogress.h"

#include <QSignalSpy>
#include <QTest>

// The first-sync progress: rows, an estimate that never goes below what is done, and the
// time left at the rate so far.
class TestSyncProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsAFirstSync()
    {
        SyncProgress p;
        QSignalSpy active(&p, &SyncProgress::activeChanged);
        p.update(10, 100, 1000); // ignored while inactive
        QCOMPARE(p.rowsDone(), 0);
        p.begin();
        QCOMPARE(active.count(), 1);
        QVERIFY(p.isActive());
        QCOMPARE(p.fraction(), -1.0); // unknown total: a busy bar
        QCOMPARE(p.timeLeftMs(), -1);

        p.update(1000, -1, 2000);
        QCOMPARE(p.fraction(), -1.0);
        QCOMPARE(p.timeLeftMs(), -1);

        p.update(25000, 100000, 5000); // 5000 rows/s, 75000 left → 15 s
        QCOMPARE(p.fraction(), 0.25);
        QCOMPARE(p.timeLeftMs(), 15000);

        p.update(120000, 110000, 24000); // the server's estimate was low
        QCOMPARE(p.rowsExpected(), 120000);
        QCOMPARE(p.fraction(), 1.0);
        QCOMPARE(p.timeLeftMs(), 0);

        p.end();
        QVERIFY(!p.isActive());
        QCOMPARE(active.count(), 2);
        QCOMPARE(active.last().at(0).toBool(), false);
        p.end();
        QCOMPARE(active.count(), 2);
    }

    void tooEarlyToTell()
    {
        SyncProgress p;
        p.begin();
        p.update(500, 100000, 100); // first page, connection set-up included
        QCOMPARE(p.timeLeftMs(), -1);
        p.update(0, 0, 0);
        QCOMPARE(p.fraction(), 1.0);
        p.begin(); // a new first sync starts from zero
        QCOMPARE(p.rowsDone(), 0);
        QCOMPARE(p.rowsExpected(), -1);
    }
};

QTEST_GUILESS_MAIN(TestSyncProgress)
#include "tst_syncprogress.moc"
