#include "core/suitability.h"

#include <QTest>

class TestSuitability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void match_data()
    {
        QTest::addColumn<InvestorType>("type");
        QTest::addColumn<RiskClass>("riskClass");
        QTest::addColumn<ProductRisk>("product");
        QTest::addColumn<Suitability::Outcome>("expected");
        using O = Suitability::Outcome;
        // Row index = class (C1..C5, Lowest), column = R1..R5; M matched, W warning, X refused.
        const char *ordinary[6] = {"MWWWW", "MMWWW", "MMMWW", "MMMMW", "MMMMM", "MXXXX"};
        const char *professional[6] = {"MMMMM", "MMMMM", "MMMMM", "MMMMM", "MMMMM", "MXXXX"};
        const RiskClass classes[6]
            = {RiskClass::C1, RiskClass::C2, RiskClass::C3, RiskClass::C4, RiskClass::C5, RiskClass::Lowest};
        const ProductRisk risks[5]
            = {ProductRisk::R1, ProductRisk::R2, ProductRisk::R3, ProductRisk::R4, ProductRisk::R5};
        for (int t = 0; t < 2; ++t) {
            const InvestorType type = t == 0 ? InvestorType::Ordinary : InvestorType::Professional;
            const char **table = t == 0 ? ordinary : professional;
            for (int c = 0; c < 6; ++c) {
                for (int r = 0; r < 5; ++r) {
                    const char cell = table[c][r];
                    const O outcome = cell == 'M' ? O::Matched
                        : cell == 'W'             ? O::NeedsSpecialWarning
                                                  : O::Refused;
                    QTest::addRow("%s %s R%d", t == 0 ? "ordinary" : "professional",
                        c == 5 ? "lowest" : qPrintable(QStringLiteral("C%1").arg(c + 1)), r + 1)
                        << type << classes[c] << risks[r] << outcome;
                }
            }
        }
    }
    void match()
    {
        QFETCH(InvestorType, type);
        QFETCH(RiskClass, riskClass);
        QFETCH(ProductRisk, product);
        QFETCH(Suitability::Outcome, expected);
        const Suitability::Result r = Suitability::match(type, riskClass, product);
        QCOMPARE(r.outcome, expected);
        QCOMPARE(r.allowed(), expected != Suitability::Outcome::Refused);
        QCOMPARE(r.text.isEmpty(), expected == Suitability::Outcome::Matched);
        if (expected == Suitability::Outcome::NeedsSpecialWarning)
            QCOMPARE(r.text, Suitability::specialWarningText(riskClass, product));
        QVERIFY(!Suitability::outcomeLabel(r.outcome).isEmpty());
    }

    void highestMatched()
    {
        QCOMPARE(Suitability::highestMatched(RiskClass::C1), ProductRisk::R1);
        QCOMPARE(Suitability::highestMatched(RiskClass::C3), ProductRisk::R3);
        QCOMPARE(Suitability::highestMatched(RiskClass::C5), ProductRisk::R5);
        QCOMPARE(Suitability::highestMatched(RiskClass::Lowest), ProductRisk::R1);
        QCOMPARE(
            Suitability::match(InvestorType::Professional, RiskClass::C1, ProductRisk::R5).highestMatched,
            ProductRisk::R5);
    }

    void warningNamesBothLevels()
    {
        const QString text = Suitability::specialWarningText(RiskClass::C2, ProductRisk::R4);
        QVERIFY(text.contains(enumLabel(ProductRisk::R4)));
        QVERIFY(text.contains(enumLabel(RiskClass::C2)));
    }

    void assessmentStatus_data()
    {
        QTest::addColumn<QDate>("expires");
        QTest::addColumn<Suitability::AssessmentStatus>("expected");
        using S = Suitability::AssessmentStatus;
        QTest::newRow("a year left") << QDate(2027, 11, 27) << S::Valid;
        QTest::newRow("31 days left") << QDate(2026, 12, 28) << S::Valid;
        QTest::newRow("30 days left") << QDate(2026, 12, 27) << S::ExpiringSoon;
        QTest::newRow("1 day left") << QDate(2026, 11, 28) << S::ExpiringSoon;
        QTest::newRow("expires today") << QDate(2026, 11, 27) << S::ExpiringSoon;
        QTest::newRow("expired yesterday") << QDate(2026, 11, 26) << S::Expired;
        QTest::newRow("never assessed") << QDate() << S::Expired;
    }
    void assessmentStatus()
    {
        QFETCH(QDate, expires);
        QFETCH(Suitability::AssessmentStatus, expected);
        QCOMPARE(Suitability::assessmentStatus(expires, QDate(2026, 11, 27)), expected);
        QVERIFY(!Suitability::assessmentStatusLabel(expected).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSuitability)
#include "tst_suitability.moc"
