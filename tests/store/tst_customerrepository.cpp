#include "sampledata.h"

#include "store/accountrepository.h"
#include "store/bulkimporter.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/pinyin.h"
#include "store/ticketrepository.h"

#include <QSet>
#include <QSqlQuery>

using namespace SampleData;

class TestCustomerRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<Customer> m_customers;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>(m_dir.path());
        QVERIFY(m_db->open());
        BulkImporter importer(*m_db);
        QVERIFY(importer.begin());
        const QStringList surnames = {QStringLiteral("张"), QStringLiteral("王"), QStringLiteral("李")};
        const QStringList pinyins = {QStringLiteral("zhang"), QStringLiteral("wang"), QStringLiteral("li")};
        for (int i = 0; i < 300; ++i) {
            Customer c = customer(i);
            c.name = surnames.at(i % 3) + QStringLiteral("某%1").arg(i);
            c.pinyin = pinyins.at(i % 3) + QStringLiteral("mou%1").arg(i);
            c.initials = pinyins.at(i % 3).left(1) + QStringLiteral("m%1").arg(i);
            c.idNumber = QStringLiteral("1101051949123%1").arg(i, 4, 10, QLatin1Char('0')) + QLatin1Char('X');
            if (i == 7)
                c.name = QStringLiteral("O'Brien %_ --");
            importer.add(c);
            m_customers.append(c);
            Account a = account(c.id);
            a.number = QStringLiteral("66%1").arg(i, 8, 10, QLatin1Char('0'));
            importer.add(a);
        }
        QVERIFY(importer.commit());
    }

    void lookups()
    {
        CustomerRepository repo(*m_db);
        const Customer &c = m_customers.at(123);
        QCOMPARE(repo.findByMobile(c.mobile).size(), 1);
        QCOMPARE(repo.findByMobile(c.mobile).first().id, c.id);
        QCOMPARE(repo.findByIdNumber(c.idNumber.toLower()).first().id, c.id);
        QCOMPARE(repo.findByCustomerNo(c.customerNo)->id, c.id);
        QCOMPARE(repo.findByAccountNumber(QStringLiteral("6600000123"))->id, c.id);
        QVERIFY(!repo.findByAccountNumber(QStringLiteral("' OR 1=1 --")));
        QVERIFY(repo.findByMobile(QStringLiteral("' OR '1'='1")).isEmpty());
    }

    // The search box's kinds, each through its own index: namesakes by name, mobile tails
    // shared by several customers, pinyin and initials, numbers.
    void classifiedLookups()
    {
        CustomerRepository repo(*m_db);
        QStringList namesakes;
        for (int i = 0; i < 3; ++i) {
            Customer c = customer(900 + i);
            c.name = QStringLiteral("张伟");
            c.pinyin = QStringLiteral("zhangwei");
            c.initials = QStringLiteral("zw");
            c.mobile = QStringLiteral("13%1").arg(7 + i) + QStringLiteral("00008888"); // all end in 8888
            c.customerNo = QStringLiteral("3100009%1").arg(i);
            QVERIFY(repo.create(c));
            namesakes.append(c.id);
        }
        auto ids = [](const QList<Customer> &list) {
            QStringList out;
            for (const Customer &c : list)
                out.append(c.id);
            return out;
        };
        auto look = [&](const QString &text, int limit = 50) {
            return repo.lookup(CustomerLookup::classify(text), limit);
        };
        // Namesakes all come back; the tail of their mobiles finds all three as well.
        QStringList found = ids(look(QStringLiteral("张伟")));
        found.sort();
        QStringList expected = namesakes;
        expected.sort();
        QCOMPARE(found, expected);
        QCOMPARE(look(QStringLiteral("8888")).size(), 3);
        QCOMPARE(look(QStringLiteral("0123")).size(), 1);
        QCOMPARE(look(QStringLiteral("0123")).first().id, m_customers.at(123).id);
        QCOMPARE(look(QStringLiteral("137 0000 8888")).size(), 1);
        // Pinyin: full, a prefix, initials; initials matches come first.
        QCOMPARE(look(QStringLiteral("zhangwei")).size(), 3);
        QCOMPARE(look(QStringLiteral("Zhang Wei")).size(), 3);
        QCOMPARE(look(QStringLiteral("zw")).size(), 3);
        QCOMPARE(look(QStringLiteral("zhang"), 500).size(), 100 + 3);
        QCOMPARE(look(QStringLiteral("zhang"), 20).size(), 20);
        // Initials are a prefix too: every 王某… is "wm…".
        QCOMPARE(look(QStringLiteral("wm"), 500).size(), 100);
        // Name prefix: the surname lists its 100 customers (and the namesakes for 张).
        QCOMPARE(look(QStringLiteral("王"), 500).size(), 99); // the 100th is O'Brien
        QCOMPARE(look(QStringLiteral("张"), 10).size(), 10);
        // Numbers: a customer number prefix, an account number, an ID.
        QCOMPARE(look(QStringLiteral("3100009")).size(), 3);
        QCOMPARE(look(QStringLiteral("6600000123")).first().id, m_customers.at(123).id);
        QCOMPARE(look(m_customers.at(42).idNumber).first().id, m_customers.at(42).id);
        QVERIFY(look(QStringLiteral("999999999999")).isEmpty());
        // A passport number.
        Customer visitor = customer(950);
        visitor.idType = IdType::Passport;
        visitor.idNumber = QStringLiteral("E12345678");
        QVERIFY(repo.create(visitor));
        QCOMPARE(ids(look(QStringLiteral("e12345678"))), QStringList {visitor.id});
        namesakes.append(visitor.id);
        // What is not recognised is not searched.
        QVERIFY(look(QStringLiteral("' OR 1=1 --")).isEmpty());
        QVERIFY(look(QStringLiteral("%")).isEmpty());
        for (const QString &id : namesakes)
            QVERIFY(repo.remove(id));
    }

    // Each kind is a seek on its own index, never a scan or a sort of the table.
    void lookupsUseTheirIndexes()
    {
        const QList<QPair<QString, QString>> plans {
            {QStringLiteral("SELECT id FROM customers WHERE substr(mobile, -4) = '5678' AND deleted = 0 "
                            "ORDER BY name, id LIMIT 51"),
                QStringLiteral("customers_mobile_tail")},
            {QStringLiteral("SELECT id FROM customers WHERE pinyin >= 'zh' AND pinyin < 'zi' AND deleted = 0 "
                            "ORDER BY pinyin LIMIT 51"),
                QStringLiteral("customers_pinyin")},
            {QStringLiteral(
                 "SELECT id FROM customers WHERE initials >= 'zs' AND initials < 'zt' AND deleted = 0 "
                 "ORDER BY initials LIMIT 51"),
                QStringLiteral("customers_initials")},
        };
        for (const auto &[sql, index] : plans) {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
            QString plan;
            while (q.next())
                plan += q.value(3).toString() + u'\n';
            QVERIFY2(plan.contains(index), qPrintable(plan));
            QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
            QVERIFY2(!plan.contains(QStringLiteral("SCAN")), qPrintable(plan));
        }
    }

    void openTicketCounts()
    {
        CustomerRepository repo(*m_db);
        TicketRepository tickets(*m_db);
        const QString a = m_customers.at(10).id;
        const QString b = m_customers.at(11).id;
        for (TicketState state : {TicketState::New, TicketState::Processing, TicketState::Closed}) {
            Ticket t;
            t.number = QStringLiteral("T%1").arg(int(state));
            t.customerId = a;
            t.subject = QStringLiteral("s");
            t.state = state;
            QVERIFY(tickets.create(t));
        }
        // A duplicate merged into another is no open ticket of its own.
        Ticket merged;
        merged.number = QStringLiteral("TM");
        merged.customerId = a;
        merged.subject = QStringLiteral("s");
        merged.state = TicketState::Processing;
        merged.mergedIntoId = Entity::newId();
        QVERIFY(tickets.create(merged));
        const QHash<QString, int> counts = repo.openTicketCounts({a, b});
        QCOMPARE(counts.value(a), 2);
        QVERIFY(!counts.contains(b));
        QVERIFY(repo.openTicketCounts({}).isEmpty());
    }

    void pinyinOfNames()
    {
        QCOMPARE(Pinyin::of(QStringLiteral("张三")).full, QStringLiteral("zhangsan"));
        QCOMPARE(Pinyin::of(QStringLiteral("张三")).initials, QStringLiteral("zs"));
        QCOMPARE(Pinyin::of(QStringLiteral("欧阳娜娜")).full, QStringLiteral("ouyangnana"));
        QCOMPARE(Pinyin::of(QStringLiteral("欧阳娜娜")).initials, QStringLiteral("oynn"));
        QCOMPARE(Pinyin::of(QStringLiteral("李小龙")).initials, QStringLiteral("lxl"));
        // Names ICU knows as a word keep one initial per character.
        QCOMPARE(Pinyin::of(QStringLiteral("杨洋")).initials, QStringLiteral("yy"));
        QCOMPARE(Pinyin::of(QStringLiteral("毛泽东")).initials, QStringLiteral("mzd"));
        // Surnames in their surname reading.
        QCOMPARE(Pinyin::of(QStringLiteral("曾国藩")).full, QStringLiteral("zengguofan"));
        QCOMPARE(Pinyin::of(QStringLiteral("曾国藩")).initials, QStringLiteral("zgf"));
        QCOMPARE(Pinyin::of(QStringLiteral("单雄信")).full.left(4), QStringLiteral("shan"));
        QCOMPARE(Pinyin::of(QStringLiteral("仇英")).full, QStringLiteral("qiuying"));
        QVERIFY(Pinyin::of(QString()).full.isEmpty());
        QVERIFY(Pinyin::of(QStringLiteral("  ")).initials.isEmpty());
    }

    void search()
    {
        CustomerRepository repo(*m_db);
        // Pinyin, initials, name, customer number and mobile prefixes.
        auto countWhere = [&](auto pred) {
            return std::count_if(m_customers.begin(), m_customers.end(), pred);
        };
        QCOMPARE(repo.search(QStringLiteral("zhangmou12"), 50).size(),
            countWhere([](const Customer &c) { return c.pinyin.startsWith(QStringLiteral("zhangmou12")); }));
        for (const Customer &c : repo.search(QStringLiteral("zhangmou12"), 50))
            QVERIFY(c.pinyin.startsWith(QStringLiteral("zhangmou12")));
        // Latin letters match in either case.
        QCOMPARE(repo.search(QStringLiteral("WM1"), 100).size(),
            countWhere([](const Customer &c) { return c.initials.startsWith(QStringLiteral("wm1")); }));
        QCOMPARE(repo.search(m_customers.at(5).name, 10).first().id, m_customers.at(5).id);
        QCOMPARE(repo.search(m_customers.at(250).customerNo, 10).first().id, m_customers.at(250).id);
        QCOMPARE(repo.search(m_customers.at(250).mobile, 10).first().id, m_customers.at(250).id);
        QCOMPARE(repo.search(QStringLiteral("张"), 1000).size(), 100);
        QCOMPARE(repo.search(QStringLiteral("zhang"), 5).size(), 5);
        // Metacharacters are text.
        QCOMPARE(repo.search(QStringLiteral("%"), 10).size(), 0);
        QCOMPARE(repo.search(QStringLiteral("_"), 10).size(), 0);
        QCOMPARE(repo.search(QStringLiteral("' OR 1=1 --"), 10).size(), 0);
        QCOMPARE(repo.search(QStringLiteral("O'Brien %_"), 10).size(), 1);
        QVERIFY(repo.search(QStringLiteral("   "), 10).isEmpty());
    }

    void pagingByName()
    {
        CustomerRepository repo(*m_db);
        QStringList names;
        QSet<QString> ids;
        std::optional<KeysetCursor> after;
        for (;;) {
            const QList<Customer> page = repo.page(after, 17);
            for (const Customer &c : page) {
                names.append(c.name);
                ids.insert(c.id);
            }
            if (page.size() < 17)
                break;
            after = CustomerRepository::cursorFor(page.last());
        }
        QCOMPARE(ids.size(), m_customers.size());
        QCOMPARE(names.size(), m_customers.size());
        QStringList sorted = names;
        // SQLite's BINARY order is UTF-8 byte order, which is code point order.
        std::sort(sorted.begin(), sorted.end(),
            [](const QString &a, const QString &b) { return a.toUcs4() < b.toUcs4(); });
        QCOMPARE(names, sorted);
    }
};

QTEST_GUILESS_MAIN(TestCustomerRepository)
#include "tst_customerrepository.moc"
