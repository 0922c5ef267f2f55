#include "core/customer.h"
#include "core/ticket.h"
#include "core/ticketevent.h"
#include "store/database.h"
#include "store/profilesettings.h"
#include "store/repository.h"
#include "tools/countingsink.h"
#include "tools/demogenerator.h"
#include "tools/profilewriter.h"

#include <QTemporaryDir>
#include <QTest>

class TestProfileWriter : public QObject
{
    Q_OBJECT

    static DemoOptions options()
    {
        DemoOptions o;
        o.customers = 60;
        o.tickets = 400;
        o.articles = 45;
        o.cases = 5;
        o.seed = 99;
        return o;
    }

private Q_SLOTS:
    // A small end-to-end run: generate into a fresh profile, read the counts back.
    void writesAProfile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CountingSink counts;
        {
            ProfileWriter writer(dir.path());
            QString error;
            QVERIFY2(writer.open(false, &error), qPrintable(error));
            CountingSink tee(&writer);
            DemoGenerator(options()).run(tee);
            QVERIFY2(writer.finish(&error), qPrintable(error));
            DemoGenerator(options()).run(counts);
        }
        Database db(dir.path());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(Repository<Customer>(db).count(), counts.count(CountingSink::Customers));
        QCOMPARE(Repository<Ticket>(db).count(), 400);
        QCOMPARE(Repository<TicketEvent>(db).count(), counts.count(CountingSink::TicketEvents));
        QCOMPARE(Repository<Article>(db).count(), 45);
        QVERIFY(counts.count(CountingSink::TicketEvents) > 400);
        QCOMPARE(ProfileSettings(db).currentUserId(), counts.currentUserId());
        QVERIFY(!counts.currentUserId().isEmpty());
        const auto user = Repository<User>(db).get(counts.currentUserId());
        QVERIFY(user.has_value());
        QCOMPARE(user->role, Role::Agent);
    }

    void refusesAnExistingProfileUnlessForced()
    {
        QTemporaryDir dir;
        DemoOptions o = options();
        o.tickets = 10;
        o.customers = 5;
        QString error;
        {
            ProfileWriter writer(dir.path());
            QVERIFY2(writer.open(false, &error), qPrintable(error));
            DemoGenerator(o).run(writer);
            QVERIFY2(writer.finish(&error), qPrintable(error));
        }
        {
            ProfileWriter writer(dir.path());
            QVERIFY(!writer.open(false, &error));
            QVERIFY(error.contains(u"--force"));
        }
        {
            ProfileWriter writer(dir.path());
            QVERIFY2(writer.open(true, &error), qPrintable(error));
            DemoGenerator(o).run(writer);
            QVERIFY2(writer.finish(&error), qPrintable(error));
        }
        Database db(dir.path());
        QVERIFY(db.open(&error));
        QCOMPARE(Repository<Ticket>(db).count(), 10);
    }
};

QTEST_GUILESS_MAIN(TestProfileWriter)
#include "tst_profilewriter.moc"
