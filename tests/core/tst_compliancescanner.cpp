#include "core/compliancescanner.h"

#include <QTest>

using Hits = QList<ComplianceHit>;

class TestComplianceScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Hits>("expected");
        QTest::newRow("clean") << u"您好，您的转账已到账，请注意投资风险。"_qs << Hits {};
        QTest::newRow("empty") << QString() << Hits {};
        QTest::newRow("保本") << u"这款产品保本"_qs << Hits {{4, 2, u"保本"_qs}};
        QTest::newRow("longest wins") << u"放心，稳赚不赔！"_qs << Hits {{3, 4, u"稳赚不赔"_qs}};
        QTest::newRow("稳赚 alone") << u"稳赚"_qs << Hits {{0, 2, u"稳赚"_qs}};
        QTest::newRow("two hits") << u"保证收益，零风险"_qs
                                  << Hits {{0, 4, u"保证收益"_qs}, {5, 3, u"零风险"_qs}};
        QTest::newRow("insider") << u"我有内幕消息"_qs << Hits {{2, 4, u"内幕消息"_qs}};
        QTest::newRow("包赚 翻倍") << u"包赚，一年翻倍"_qs << Hits {{0, 2, u"包赚"_qs}, {5, 2, u"翻倍"_qs}};
        QTest::newRow("承诺收益") << u"我们承诺收益8%"_qs << Hits {{2, 4, u"承诺收益"_qs}};
        QTest::newRow("肯定涨") << u"这只票肯定涨"_qs << Hits {{3, 3, u"肯定涨"_qs}};
        QTest::newRow("保底 无风险") << u"保底收益，无风险"_qs
                                     << Hits {{0, 2, u"保底"_qs}, {5, 3, u"无风险"_qs}};
        QTest::newRow("space inside") << u"保 本"_qs << Hits {{0, 3, u"保本"_qs}};
        QTest::newRow("full-width space inside") << u"稳\u3000赚"_qs << Hits {{0, 3, u"稳赚"_qs}};
        QTest::newRow("zero-width inside") << u"零\u200b风险"_qs << Hits {{0, 4, u"零风险"_qs}};
        QTest::newRow("latin") << u"A guaranteed return of 5%"_qs << Hits {{2, 17, u"guaranteed return"_qs}};
        QTest::newRow("latin plural") << u"guaranteed returns"_qs << Hits {{0, 17, u"guaranteed return"_qs}};
        QTest::newRow("latin case") << u"It is RISK-FREE."_qs << Hits {{6, 9, u"risk-free"_qs}};
        QTest::newRow("latin double space")
            << u"Guaranteed  Return"_qs << Hits {{0, 18, u"guaranteed return"_qs}};
        QTest::newRow("full-width latin") << u"ＲＩＳＫ－ＦＲＥＥ"_qs << Hits {{0, 9, u"risk-free"_qs}};
        QTest::newRow("latin inside a word") << u"brisk-free walking"_qs << Hits {};
        QTest::newRow("mixed") << u"This fund is 保本 and risk free"_qs
                               << Hits {{13, 2, u"保本"_qs}, {20, 9, u"risk free"_qs}};
        // Compliant disclosures: negated wording is not a promise.
        QTest::newRow("不保本") << u"本产品不保本，投资有风险"_qs << Hits {};
        QTest::newRow("不保证收益") << u"我们不保证收益"_qs << Hits {};
        QTest::newRow("并非零风险") << u"并非零风险"_qs << Hits {};
        QTest::newRow("不能保证收益") << u"不能保证收益"_qs << Hits {};
        QTest::newRow("不是无风险") << u"投资不是无风险的"_qs << Hits {};
        QTest::newRow("not risk-free") << u"It is not risk-free."_qs << Hits {};
        QTest::newRow("non-guaranteed") << u"non-guaranteed return"_qs << Hits {};
        QTest::newRow("casino is no negation")
            << u"casino guaranteed return"_qs << Hits {{7, 17, u"guaranteed return"_qs}};
        QTest::newRow("negation only for its phrase") << u"不保本，但稳赚"_qs << Hits {{5, 2, u"稳赚"_qs}};
        QTest::newRow("surrogate before") << u"𠀋保本"_qs << Hits {{2, 2, u"保本"_qs}};
    }
    void scan()
    {
        QFETCH(QString, text);
        QFETCH(Hits, expected);
        const ComplianceScanner scanner;
        const Hits hits = scanner.scan(text);
        if (hits != expected) {
            for (const ComplianceHit &h : hits)
                qWarning("hit %lld+%lld %s", qint64(h.position), qint64(h.length), qPrintable(h.phrase));
        }
        QCOMPARE(hits, expected);
        QCOMPARE(scanner.isClean(text), expected.isEmpty());
        QCOMPARE(ComplianceScanner::warningText(hits).isEmpty(), expected.isEmpty());
    }

    void everyDefaultPhraseIsFound()
    {
        const ComplianceScanner scanner;
        const QStringList phrases = ComplianceScanner::defaultPhrases();
        QVERIFY(phrases.size() >= 14);
        for (const QString &p : phrases) {
            const QString text = u"——"_qs + p + u"。"_qs;
            const Hits hits = scanner.scan(text);
            QVERIFY2(hits.size() == 1, qPrintable(p));
            QCOMPARE(hits.first().position, 2);
            QCOMPARE(hits.first().length, p.size());
            QCOMPARE(hits.first().phrase, p);
        }
    }

    void customPhrases()
    {
        ComplianceScanner scanner({u"包赔"_qs, u"  "_qs, u"Sure Thing"_qs});
        QCOMPARE(scanner.phrases(), (QStringList {u"包赔"_qs, u"Sure Thing"_qs})); // blank dropped
        QCOMPARE(scanner.scan(u"亏了包赔"_qs), (Hits {{2, 2, u"包赔"_qs}}));
        QCOMPARE(scanner.scan(u"a sure thing"_qs), (Hits {{2, 10, u"Sure Thing"_qs}}));
        QVERIFY(scanner.isClean(u"保本"_qs));
        scanner.setPhrases({});
        QVERIFY(scanner.isClean(u"保本"_qs));
    }

    void warningNamesPhrasesOnce()
    {
        const ComplianceScanner scanner;
        const QString w = ComplianceScanner::warningText(scanner.scan(u"保本保本稳赚"_qs));
        QVERIFY(w.contains(u"保本"));
        QVERIFY(w.contains(u"稳赚"));
        QCOMPARE(w.count(u"保本"), 1);
    }
};

QTEST_GUILESS_MAIN(TestComplianceScanner)
#include "tst_compliancescanner.moc"
