#include "sampledata.h"

#include "store/conflictrepository.h"
#include "store/database.h"
#include "store/profilesettings.h"

using namespace SampleData;

class TestConflictRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void keepsBothSidesUntilResolved()
    {
        Database db(m_dir.filePath(QStringLiteral("c")));
        QVERIFY(db.open());
        ConflictRepository repo(db);
        Conflict c;
        c.entity = EntityType::Customer;
        c.entityId = Entity::newId();
        c.fields = {QStringLiteral("mobile"), QStringLiteral("email")};
        c.local = QJsonObject {{QStringLiteral("mobile"), QStringLiteral("13800138000")}};
        c.server = QJsonObject {{QStringLiteral("mobile"), QStringLiteral("13900139000")}};
        QString error;
        QVERIFY2(repo.add(c, &error), qPrintable(error));
        QVERIFY(c.id > 0);
        QVERIFY(c.createdAt.isValid());
        Conflict other = c;
        other.entityId = Entity::newId();
        QVERIFY(repo.add(other));

        const Conflict back = *repo.get(c.id);
        QCOMPARE(back.entity, EntityType::Customer);
        QCOMPARE(back.entityId, c.entityId);
        QCOMPARE(back.fields, c.fields);
        QCOMPARE(back.local, c.local);
        QCOMPARE(back.server, c.server);
        QCOMPARE(back.createdAt, c.createdAt);
        QVERIFY(!back.resolvedAt.isValid());

        QCOMPARE(repo.openCount(), 2);
        QCOMPARE(repo.openFor(EntityType::Customer, c.entityId).size(), 1);
        QVERIFY(repo.resolve(c.id, QStringLiteral("server")));
        QVERIFY(!repo.resolve(c.id, QStringLiteral("local"), &error)); // only once
        QCOMPARE(repo.openCount(), 1);
        QCOMPARE(repo.open().first().id, other.id);
        QCOMPARE(repo.get(c.id)->resolution, QStringLiteral("server"));
        QVERIFY(repo.get(c.id)->resolvedAt.isValid());
    }

    void profileSettings()
    {
        Database db(m_dir.filePath(QStringLiteral("p")));
        QVERIFY(db.open());
        ProfileSettings settings(db);
        QVERIFY(settings.currentUserId().isEmpty());
        QVERIFY(settings.setCurrentUserId(QStringLiteral("u1")));
        QCOMPARE(settings.currentUserId(), QStringLiteral("u1"));
        QVERIFY(settings.setValue(QStringLiteral("density"), QStringLiteral("compact")));
        QCOMPARE(settings.value(QStringLiteral("density")), QStringLiteral("compact"));
        QCOMPARE(settings.value(QStringLiteral("missing"), QStringLiteral("dflt")), QStringLiteral("dflt"));
    }
};

QTEST_GUILESS_MAIN(TestConflictRepository)
#include "tst_conflictrepository.moc"
