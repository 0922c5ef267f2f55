#include "core/piimasker.h"

#include <QTest>

class TestPiiMasker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mask_data()
    {
        QTest::addColumn<PiiField>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        using F = PiiField;
        QTest::newRow("mobile") << F::Mobile << u"13812341234"_qs << u"138****1234"_qs;
        QTest::newRow("mobile spaced") << F::Mobile << u"138 1234 5678"_qs << u"138****5678"_qs;
        QTest::newRow("mobile +86") << F::Mobile << u"+8613812345678"_qs << u"+86 138****5678"_qs;
        QTest::newRow("landline 8") << F::Mobile << u"87654321"_qs << u"****4321"_qs;
        QTest::newRow("mobile short") << F::Mobile << u"1234567"_qs << u"*******"_qs;
        QTest::newRow("mobile 1 char") << F::Mobile << u"1"_qs << u"*"_qs;
        QTest::newRow("mobile empty") << F::Mobile << QString() << QString();
        QTest::newRow("id 18") << F::IdNumber << u"11010519491231002X"_qs << u"110***********002X"_qs;
        QTest::newRow("id 15") << F::IdNumber << u"110105491231002"_qs << u"110********1002"_qs;
        QTest::newRow("passport 9") << F::IdNumber << u"E12345678"_qs << u"E****5678"_qs;
        QTest::newRow("id short") << F::IdNumber << u"1234"_qs << u"****"_qs;
        QTest::newRow("id empty") << F::IdNumber << QString() << QString();
        QTest::newRow("card 19") << F::CardNumber << u"6222021234567891234"_qs << u"622202*********1234"_qs;
        QTest::newRow("card 16 spaced")
            << F::CardNumber << u"6222 0212 3456 7890"_qs << u"622202******7890"_qs;
        QTest::newRow("account 14") << F::AccountNumber << u"31000012345678"_qs << u"310000****5678"_qs;
        QTest::newRow("account 12") << F::AccountNumber << u"310000123456"_qs << u"3100****3456"_qs;
        QTest::newRow("account 8") << F::AccountNumber << u"12345678"_qs << u"****5678"_qs;
        QTest::newRow("account 5") << F::AccountNumber << u"12345"_qs << u"*****"_qs;
        QTest::newRow("account empty") << F::AccountNumber << QString() << QString();
        QTest::newRow("email") << F::Email << u"zhangwei@example.com"_qs << u"z***@example.com"_qs;
        QTest::newRow("email one-letter local") << F::Email << u"z@example.com"_qs << u"***@example.com"_qs;
        QTest::newRow("email no at") << F::Email << u"zhangwei"_qs << u"********"_qs;
        QTest::newRow("email empty") << F::Email << QString() << QString();
        QTest::newRow("name 2") << F::Name << u"张伟"_qs << u"张*"_qs;
        QTest::newRow("name 3") << F::Name << u"张小伟"_qs << u"张**"_qs;
        QTest::newRow("compound 4") << F::Name << u"欧阳娜娜"_qs << u"欧阳**"_qs;
        QTest::newRow("compound 3") << F::Name << u"司马光明"_qs << u"司马**"_qs;
        QTest::newRow("compound-looking 2") << F::Name << u"东方"_qs << u"东*"_qs;
        QTest::newRow("name 1") << F::Name << u"张"_qs << u"*"_qs;
        QTest::newRow("name padded") << F::Name << u" 李雷 "_qs << u"李*"_qs;
        QTest::newRow("name ext-B") << F::Name << u"王𠀋"_qs << u"王*"_qs;
        QTest::newRow("latin name") << F::Name << u"Zhang Wei"_qs << u"Z**** W**"_qs;
        QTest::newRow("name empty") << F::Name << QString() << QString();
        QTest::newRow("password") << F::Password << u"secret123"_qs << u"******"_qs;
        QTest::newRow("password short") << F::Password << u"1"_qs << u"******"_qs;
        QTest::newRow("password empty") << F::Password << QString() << u"******"_qs;
    }
    void mask()
    {
        QFETCH(PiiField, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const QString masked = PiiMasker::mask(field, value);
        QCOMPARE(masked, expected);
        // Every non-empty value hides something.
        if (!value.isEmpty())
            QVERIFY(masked.contains(u'*'));
    }

    void forRole_data()
    {
        QTest::addColumn<PiiField>("field");
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("masked");
        for (Role role : {Role::Agent, Role::Lead, Role::Trainer, Role::Admin}) {
            const QByteArray r = enumKey(role).toLatin1();
            QTest::addRow("name %s", r.constData()) << PiiField::Name << role << (role == Role::Trainer);
            for (PiiField f : {PiiField::Mobile, PiiField::IdNumber, PiiField::AccountNumber,
                     PiiField::CardNumber, PiiField::Email, PiiField::Password})
                QTest::addRow("%s %s", qPrintable(PiiMasker::fieldKey(f)), r.constData())
                    << f << role << true;
        }
    }
    void forRole()
    {
        QFETCH(PiiField, field);
        QFETCH(Role, role);
        QFETCH(bool, masked);
        const QString value = field == PiiField::Name ? u"欧阳娜娜"_qs
            : field == PiiField::Email                ? u"nana@example.com"_qs
                                                      : u"11010519491231002X"_qs;
        const QString shown = PiiMasker::forRole(field, value, role);
        QCOMPARE(shown, masked ? PiiMasker::mask(field, value) : value);
        QVERIFY(shown != value || !masked);
    }

    void reveal()
    {
        QVERIFY(PiiMasker::mayReveal(Role::Agent));
        QVERIFY(PiiMasker::mayReveal(Role::Lead));
        QVERIFY(PiiMasker::mayReveal(Role::Admin));
        QVERIFY(!PiiMasker::mayReveal(Role::Trainer));
        QVERIFY(!PiiMasker::mayReveal(Role::Admin, PiiField::Password));
        QVERIFY(!PiiMasker::mayReveal(Role::Trainer, PiiField::Mobile));
        QCOMPARE(PiiMasker::reveal(PiiField::Mobile, u"13812341234"_qs, Role::Agent), u"13812341234"_qs);
        QCOMPARE(PiiMasker::reveal(PiiField::Mobile, u"13812341234"_qs, Role::Trainer), u"138****1234"_qs);
        QCOMPARE(PiiMasker::reveal(PiiField::Name, u"张伟"_qs, Role::Trainer), u"张*"_qs);
        QCOMPARE(PiiMasker::reveal(PiiField::Password, u"pw"_qs, Role::Admin), u"******"_qs);
    }

    void compoundSurnames()
    {
        QVERIFY(PiiMasker::hasCompoundSurname(u"诸葛亮"_qs));
        QVERIFY(PiiMasker::hasCompoundSurname(u"上官婉儿"_qs));
        QVERIFY(!PiiMasker::hasCompoundSurname(u"欧明"_qs));
        QVERIFY(!PiiMasker::hasCompoundSurname(QString()));
    }

    void fieldKeys()
    {
        QCOMPARE(PiiMasker::fieldKey(PiiField::IdNumber), u"id_number"_qs);
        QCOMPARE(PiiMasker::fieldKey(PiiField::Password), u"password"_qs);
    }
};

QTEST_GUILESS_MAIN(TestPiiMasker)
#include "tst_piimasker.moc"
