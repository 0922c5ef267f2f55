#include "tools/demorandom.h"
#include "tools/namegenerator.h"

#include <QHash>
#include <QSet>
#include <QTest>

class TestNameGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tablesHaveOneReadingPerCharacter()
    {
        QHash<QString, QString> seen;
        auto check = [&](std::span<const NameSyllable> table) {
            for (const auto &s : table) {
                const QString hanzi = QString::fromUtf16(s.hanzi);
                const QString py = QString::fromLatin1(s.pinyin);
                QVERIFY(!py.isEmpty());
                for (QChar c : py)
                    QVERIFY2(c >= u'a' && c <= u'z', qPrintable(py));
                if (seen.contains(hanzi))
                    QCOMPARE(seen.value(hanzi), py);
                seen.insert(hanzi, py);
            }
        };
        check(NameGenerator::surnames());
        check(NameGenerator::compoundSurnames());
        check(NameGenerator::maleGivenChars());
        check(NameGenerator::femaleGivenChars());
        for (const auto &c : NameGenerator::compoundSurnames()) {
            QVERIFY(c.initials);
            QCOMPARE(qstrlen(c.initials), size_t(2));
            QCOMPARE(QString::fromUtf16(c.hanzi).size(), 2);
        }
    }

    void pinyinAndInitialsMatchTheTable()
    {
        DemoRandom random(5);
        NameGenerator names;
        int compound = 0;
        for (int i = 0; i < 20000; ++i) {
            const PersonName n = names.generate(random);
            QVERIFY(n.name.size() >= 2 && n.name.size() <= 4);
            QVERIFY(n.name.startsWith(n.surname));
            QString pinyin, initials;
            QVERIFY2(NameGenerator::spell(n.name, &pinyin, &initials), qPrintable(n.name));
            QCOMPARE(n.pinyin, pinyin);
            QCOMPARE(n.initials, initials);
            // One initial per character.
            QCOMPARE(n.initials.size(), n.name.size());
            compound += n.surname.size() == 2 ? 1 : 0;
        }
        QVERIFY2(compound > 50 && compound < 600, "about 1 % compound surnames");
    }

    void knownSpellings()
    {
        QString pinyin, initials;
        QVERIFY(NameGenerator::spell(u"张伟", &pinyin, &initials));
        QCOMPARE(pinyin, QStringLiteral("zhangwei"));
        QCOMPARE(initials, QStringLiteral("zw"));
        QVERIFY(NameGenerator::spell(u"欧阳娜娜", &pinyin, &initials));
        QCOMPARE(pinyin, QStringLiteral("ouyangnana"));
        QCOMPARE(initials, QStringLiteral("oynn"));
        QVERIFY(!NameGenerator::spell(u"张乐", &pinyin, &initials)); // 乐: two readings, not in the table
    }

    void surnamesAreWeightedAndNamesakesOccur()
    {
        DemoRandom random(8);
        NameGenerator names;
        QHash<QString, int> surnames;
        QSet<QString> full;
        int namesakes = 0;
        for (int i = 0; i < 5000; ++i) {
            const PersonName n = names.generate(random);
            ++surnames[n.surname];
            if (full.contains(n.name))
                ++namesakes;
            full.insert(n.name);
        }
        QVERIFY(surnames.value(QStringLiteral("王")) > surnames.value(QStringLiteral("孔")) * 5);
        QVERIFY2(namesakes > 20, "common names repeat, as in life");
    }
};

QTEST_GUILESS_MAIN(TestNameGenerator)
#include "tst_namegenerator.moc"
