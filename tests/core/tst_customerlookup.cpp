// CustomerLookup: what the customer search box recognises, for every identifier kind,
// and what it refuses to search (fragments, SQL metacharacters, over-long text).

#include "core/customerlookup.h"

#include <QtTest>

class TestCustomerLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<CustomerLookup::Kind>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("server");
        using K = CustomerLookup::Kind;
        QTest::newRow("mobile") << "13812345678" << K::Mobile << "13812345678" << true;
        QTest::newRow("mobile spaced") << " 138 1234 5678 " << K::Mobile << "13812345678" << true;
        QTest::newRow("mobile hyphens +86") << "+86 138-1234-5678" << K::Mobile << "13812345678" << true;
        QTest::newRow("mobile tail") << "5678" << K::MobileTail << "5678" << false;
        QTest::newRow("id number") << "11010519491231002X" << K::IdNumber << "11010519491231002X" << true;
        QTest::newRow("id number lower x")
            << "11010519491231002x" << K::IdNumber << "11010519491231002X" << true;
        // A wrong check character is no ID: it is searched as a number (and finds nothing).
        QTest::newRow("id bad check") << "110105194912310021" << K::Number << "110105194912310021" << true;
        QTest::newRow("account number") << "200000000017" << K::Number << "200000000017" << true;
        QTest::newRow("customer number prefix") << "310000" << K::Number << "310000" << true;
        QTest::newRow("passport") << "e12345678" << K::Number << "E12345678" << true;
        QTest::newRow("hk macau permit") << "H85012345" << K::Number << "H85012345" << true;
        QTest::newRow("letters only are pinyin") << "abcdefg" << K::Pinyin << "abcdefg" << false;
        QTest::newRow("name") << u"张三"_qs << K::Name << u"张三"_qs << true;
        QTest::newRow("surname only") << u"欧"_qs << K::Name << u"欧"_qs << false;
        QTest::newRow("transliterated name")
            << u"阿依古丽·买买提"_qs << K::Name << u"阿依古丽·买买提"_qs << true;
        QTest::newRow("full pinyin") << "zhangsan" << K::Pinyin << "zhangsan" << false;
        QTest::newRow("pinyin spaced upper") << "Zhang San" << K::Pinyin << "zhangsan" << false;
        QTest::newRow("initials") << "zs" << K::Pinyin << "zs" << false;
        QTest::newRow("empty") << "   " << K::Empty << "" << false;
        QTest::newRow("sql quote") << "' OR 1=1 --" << K::Unrecognised << "" << false;
        QTest::newRow("sql like") << "%_%" << K::Unrecognised << "" << false;
        QTest::newRow("mixed han latin") << u"张s"_qs << K::Unrecognised << "" << false;
        QTest::newRow("five digits") << "12345" << K::Unrecognised << "" << false;
        QTest::newRow("too long") << QString(65, QLatin1Char('1')) << K::Unrecognised << "" << false;
    }

    void classifies()
    {
        QFETCH(QString, text);
        QFETCH(CustomerLookup::Kind, kind);
        QFETCH(QString, value);
        QFETCH(bool, server);
        const CustomerLookup lookup = CustomerLookup::classify(text);
        QCOMPARE(lookup.kind(), kind);
        QCOMPARE(lookup.value(), value);
        QCOMPARE(lookup.isServerQuery(), server);
        QCOMPARE(lookup.isSearchable(),
            kind != CustomerLookup::Kind::Empty && kind != CustomerLookup::Kind::Unrecognised);
        // A refusal always says what would work.
        if (kind == CustomerLookup::Kind::Unrecognised)
            QVERIFY(!lookup.hint().isEmpty());
        else if (kind != CustomerLookup::Kind::Empty)
            QVERIFY(!CustomerLookup::kindLabel(kind).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCustomerLookup)
#include "tst_customerlookup.moc"
