#include "core/marginlines.h"

#include <QSet>
#include <QTest>

#include <limits>

class TestMarginLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<double>("ratio");
        QTest::addColumn<MarginLines::Zone>("expected");
        using Z = MarginLines::Zone;
        QTest::newRow("no debt") << 0.0 << Z::NoDebt;
        QTest::newRow("negative") << -1.0 << Z::NoDebt;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << Z::NoDebt;
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << Z::NoDebt;
        QTest::newRow("tiny") << 0.01 << Z::CloseOut;
        QTest::newRow("129.99%") << 1.2999 << Z::CloseOut;
        QTest::newRow("exactly 130%") << 1.30 << Z::Warning;
        QTest::newRow("130% from money") << 130.0 / 100.0 << Z::Warning;
        QTest::newRow("139.99%") << 1.3999 << Z::Warning;
        QTest::newRow("exactly 140%") << 1.40 << Z::Safe;
        QTest::newRow("140% with rounding error") << 1.3999999999 << Z::Safe;
        QTest::newRow("140% from fen") << double(1400000001LL) / 1000000001LL << Z::Safe;
        QTest::newRow("200%") << 2.0 << Z::Safe;
        QTest::newRow("exactly 300%") << 3.00 << Z::Safe;
        QTest::newRow("300.01%") << 3.0001 << Z::AboveWithdrawal;
        QTest::newRow("1000%") << 10.0 << Z::AboveWithdrawal;
    }
    void classify()
    {
        QFETCH(double, ratio);
        QFETCH(MarginLines::Zone, expected);
        QCOMPARE(MarginLines().classify(ratio), expected);
    }

    void firmLines()
    {
        const MarginLines lines = MarginLines::fromSettings(
            {{u"warning_line"_qs, 1.50}, {u"close_out_line"_qs, 1.20}, {u"withdrawal_line"_qs, 2.50}});
        QVERIFY(lines.isValid());
        QCOMPARE(lines.warningLine(), 1.50);
        QCOMPARE(lines.classify(1.45), MarginLines::Zone::Warning);
        QCOMPARE(lines.classify(1.25), MarginLines::Zone::Warning);
        QCOMPARE(lines.classify(1.20), MarginLines::Zone::Warning);
        QCOMPARE(lines.classify(1.19), MarginLines::Zone::CloseOut);
        QCOMPARE(lines.classify(2.6), MarginLines::Zone::AboveWithdrawal);
        QCOMPARE(MarginLines::fromSettings(lines.toSettings()).toSettings(), lines.toSettings());

        // Inconsistent settings fall back to the defaults as a whole.
        const MarginLines bad = MarginLines::fromSettings({{u"warning_line"_qs, 1.10}});
        QCOMPARE(bad.warningLine(), MarginLines::DefaultWarningLine);
        QCOMPARE(bad.closeOutLine(), MarginLines::DefaultCloseOutLine);
        QVERIFY(!MarginLines(1.3, 1.4, 3.0).isValid());
        QVERIFY(MarginLines().isValid());
        QCOMPARE(MarginLines::fromSettings({}).withdrawalLine(), 3.0);
    }

    void topUpDeadline_data()
    {
        QTest::addColumn<QDate>("call");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("plain T+2") << QDate(2025, 11, 4) << 2 << QDate(2025, 11, 6);
        QTest::newRow("over a weekend") << QDate(2025, 11, 6) << 2 << QDate(2025, 11, 10);
        QTest::newRow("T+1") << QDate(2025, 11, 7) << 1 << QDate(2025, 11, 10);
        // The make-up Saturday 2025-10-11 is a working day but not a trading day.
        QTest::newRow("over 国庆 and make-up Saturday") << QDate(2025, 9, 30) << 2 << QDate(2025, 10, 10);
        QTest::newRow("Friday before make-up Saturday") << QDate(2025, 10, 10) << 2 << QDate(2025, 10, 14);
        QTest::newRow("除夕 2024 closed") << QDate(2024, 2, 8) << 2 << QDate(2024, 2, 20);
        QTest::newRow("春节 2026") << QDate(2026, 2, 13) << 2 << QDate(2026, 2, 25);
        QTest::newRow("zero means 1") << QDate(2025, 11, 4) << 0 << QDate(2025, 11, 5);
    }
    void topUpDeadline()
    {
        QFETCH(QDate, call);
        QFETCH(int, days);
        QFETCH(QDate, expected);
        QCOMPARE(MarginLines::topUpDeadline(call, days), expected);
    }

    void defaultIsTPlus2() { QCOMPARE(MarginLines::topUpDeadline(QDate(2025, 9, 30)), QDate(2025, 10, 10)); }

    void labels()
    {
        QSet<QString> seen;
        for (auto z : {MarginLines::Zone::NoDebt, MarginLines::Zone::CloseOut, MarginLines::Zone::Warning,
                 MarginLines::Zone::Safe, MarginLines::Zone::AboveWithdrawal})
            seen.insert(MarginLines::zoneLabel(z));
        QCOMPARE(seen.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestMarginLines)
#include "tst_marginlines.moc"
