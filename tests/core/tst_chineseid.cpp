#include "core/chineseid.h"

#include <QTest>

class TestChineseId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkDigit_data()
    {
        QTest::addColumn<QString>("first17");
        QTest::addColumn<QChar>("expected");
        // The GB 11643 example number and well-known published samples.
        QTest::newRow("gb11643 sample") << u"11010519491231002"_qs << QChar(u'X');
        QTest::newRow("beijing 1990") << u"11010119900307803"_qs << QChar(u'X');
        QTest::newRow("digit 3") << u"11010119900307801"_qs << QChar(u'3');
        QTest::newRow("shanghai") << u"31010419800101001"_qs << QChar(u'7');
        QTest::newRow("all zero") << u"00000000000000000"_qs << QChar(u'1');
        QTest::newRow("too short") << u"1101051949123100"_qs << QChar();
        QTest::newRow("too long") << u"110105194912310021"_qs << QChar();
        QTest::newRow("letter") << u"1101051949123100A"_qs << QChar();
        QTest::newRow("empty") << QString() << QChar();
    }
    void checkDigit()
    {
        QFETCH(QString, first17);
        QFETCH(QChar, expected);
        QCOMPARE(ChineseId::checkDigit(first17), expected);
    }

    void isValid_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid X") << u"11010519491231002X"_qs << true;
        QTest::newRow("valid lowercase x") << u"11010519491231002x"_qs << true;
        QTest::newRow("valid digit") << u"110101199003078013"_qs << true;
        QTest::newRow("valid shanghai") << u"310104198001010017"_qs << true;
        QTest::newRow("wrong check") << u"110101199003078014"_qs << false;
        QTest::newRow("wrong X") << u"11010119900307801X"_qs << false;
        QTest::newRow("17 chars") << u"11010119900307801"_qs << false;
        QTest::newRow("19 chars") << u"1101011990030780130"_qs << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("15-digit old id") << u"110105491231002"_qs << false;
        QTest::newRow("space inside") << u"11010 199003078013"_qs << false;
        QTest::newRow("full-width digit") << u"１10101199003078013"_qs << false;
        // Check digits below are correct, so only the named defect makes them invalid.
        QTest::newRow("region 00") << (u"00010119900307803"_qs + ChineseId::checkDigit(u"00010119900307803"))
                                   << false;
        QTest::newRow("feb 30") << (u"11010119900230803"_qs + ChineseId::checkDigit(u"11010119900230803"))
                                << false;
        QTest::newRow("month 13") << (u"11010119901301803"_qs + ChineseId::checkDigit(u"11010119901301803"))
                                  << false;
        QTest::newRow("day 00") << (u"11010119900100803"_qs + ChineseId::checkDigit(u"11010119900100803"))
                                << false;
        QTest::newRow("1899") << (u"11010118991231803"_qs + ChineseId::checkDigit(u"11010118991231803"))
                              << false;
        QTest::newRow("1900-01-01") << (u"11010119000101803"_qs + ChineseId::checkDigit(u"11010119000101803"))
                                    << true;
        QTest::newRow("leap day 2000")
            << (u"11010120000229803"_qs + ChineseId::checkDigit(u"11010120000229803")) << true;
        QTest::newRow("no leap 1900")
            << (u"11010119000229803"_qs + ChineseId::checkDigit(u"11010119000229803")) << false;
        QTest::newRow("born today") << (u"11010120261127803"_qs + ChineseId::checkDigit(u"11010120261127803"))
                                    << true;
        QTest::newRow("born tomorrow")
            << (u"11010120261128803"_qs + ChineseId::checkDigit(u"11010120261128803")) << false;
    }
    void isValid()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(ChineseId::isValid(id, QDate(2026, 11, 27)), valid);
    }

    void isValidAgainstClock()
    {
        QVERIFY(ChineseId::isValid(u"11010519491231002X"));
        const QString first17
            = u"110101"_qs + QDate::currentDate().addYears(1).toString(u"yyyyMMdd") + u"803"_qs;
        QVERIFY(!ChineseId::isValid(QString(first17 + ChineseId::checkDigit(first17))));
    }

    void birthDate_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("1949") << u"11010519491231002X"_qs << QDate(1949, 12, 31);
        QTest::newRow("1990") << u"110101199003078013"_qs << QDate(1990, 3, 7);
        QTest::newRow("impossible") << u"110101199002308034"_qs << QDate();
        QTest::newRow("letters") << u"110101199O03078034"_qs << QDate();
        QTest::newRow("short") << u"1101011990"_qs << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }
    void birthDate()
    {
        QFETCH(QString, id);
        QFETCH(QDate, expected);
        QCOMPARE(ChineseId::birthDate(id), expected);
    }
};

QTEST_GUILESS_MAIN(TestChineseId)
#include "tst_chineseid.moc"
