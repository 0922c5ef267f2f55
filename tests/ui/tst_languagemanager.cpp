#include "core/enums.h"
#include "ui/languagemanager.h"

#include <QStandardPaths>
#include <QTest>

// The compiled catalogues reach every layer: enum labels from core/ follow the
// language switch, and labels that share an English word stay distinct in Chinese.
class TestLanguageManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void chineseIsTheDefault()
    {
        QCOMPARE(LanguageManager::defaultLanguage(), QStringLiteral("zh_CN"));
    }

    void enumLabelsFollowTheLanguage()
    {
        LanguageManager manager;
        QVERIFY(manager.setLanguage(QStringLiteral("zh_CN"), false));
        QCOMPARE(enumLabel(TicketKind::Complaint), QStringLiteral("投诉"));
        QCOMPARE(enumLabel(TicketState::Closed), QStringLiteral("已结案"));
        QCOMPARE(enumLabel(AccountStatus::Closed), QStringLiteral("已销户"));
        QCOMPARE(enumLabel(CustomerStatus::Closed), QStringLiteral("已销户"));
        QCOMPARE(enumLabel(Priority::Normal), QStringLiteral("普通"));
        QCOMPARE(enumLabel(AccountStatus::Normal), QStringLiteral("正常"));

        QVERIFY(manager.setLanguage(QStringLiteral("en"), false));
        QCOMPARE(enumLabel(TicketKind::Complaint), QStringLiteral("Complaint"));
        QCOMPARE(enumLabel(AccountStatus::Closed), QStringLiteral("Closed"));
        QCOMPARE(enumLabel(Priority::Normal), QStringLiteral("Normal"));
    }

    void everyEnumLabelIsTranslated()
    {
        LanguageManager manager;
        QVERIFY(manager.setLanguage(QStringLiteral("zh_CN"), false));
        // A label left in English would show up untranslated in the default UI.
        const auto untranslated = [](const QString &label) {
            for (QChar c : label)
                if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
                    return false;
            return true;
        };
        for (auto v : enumValues<TicketState>())
            QVERIFY2(!untranslated(enumLabel(v)), qPrintable(enumKey(v)));
        for (auto v : enumValues<TicketCategory>())
            QVERIFY2(!untranslated(enumLabel(v)), qPrintable(enumKey(v)));
        for (auto v : enumValues<RiskAlertKind>())
            QVERIFY2(!untranslated(enumLabel(v)), qPrintable(enumKey(v)));
        for (auto v : enumValues<Role>())
            QVERIFY2(!untranslated(enumLabel(v)), qPrintable(enumKey(v)));
    }

    void unknownLanguageIsRefused()
    {
        LanguageManager manager;
        QVERIFY(!manager.setLanguage(QStringLiteral("xx_XX"), false));
    }
};

QTEST_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
