#include "core/chineseid.h"
#include "tools/chineseidgenerator.h"
#include "tools/demorandom.h"

#include <QTest>

class TestChineseIdGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyNumberIsValid()
    {
        DemoRandom random(1234);
        const QDate today(2026, 11, 27);
        for (int i = 0; i < 20000; ++i) {
            const bool male = random.chance(0.5);
            const QDate birth = ChineseIdGenerator::birthDate(random);
            QVERIFY(birth >= QDate(1950, 1, 1) && birth <= QDate(2005, 12, 31));
            const QString id = ChineseIdGenerator::generate(random, birth, male);
            QCOMPARE(id.size(), 18);
            QVERIFY2(ChineseId::isValid(id, today), qPrintable(QString::number(i)));
            QCOMPARE(ChineseId::birthDate(id), birth);
            QCOMPARE(id.at(16).digitValue() % 2 == 1, male);
            QCOMPARE(ChineseId::checkDigit(QStringView(id).left(17)), id.at(17));
        }
    }

    void regionCodesAreRealCountyCodes()
    {
        QVERIFY(ChineseIdGenerator::regions().size() >= 30);
        for (const RegionCode &r : ChineseIdGenerator::regions()) {
            const QString code = QString::fromLatin1(r.code);
            QCOMPARE(code.size(), 6);
            QVERIFY(code.left(2).toInt() >= 11 && code.left(2).toInt() <= 65);
            QVERIFY(!code.endsWith(QLatin1String("00"))); // a district, not a whole city
        }
    }
};

QTEST_GUILESS_MAIN(TestChineseIdGenerator)
#include "tst_chineseidgenerator.moc"
