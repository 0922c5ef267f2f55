#include "server/passwordhasher.h"

#include <QSet>
#include <QTest>

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(PasswordHasher::initialise()); }

    void hashAndVerify()
    {
        const QString hash = PasswordHasher::hash(QStringLiteral("密码 correct horse"));
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!hash.contains(QStringLiteral("correct")));
        QVERIFY(PasswordHasher::verify(hash, QStringLiteral("密码 correct horse")));
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("密码 correct horsE")));
        QVERIFY(!PasswordHasher::verify(hash, QString()));
        QVERIFY(!PasswordHasher::verify(QString(), QStringLiteral("x")));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("garbage"), QStringLiteral("x")));
        // Salted: the same password hashes differently each time.
        QVERIFY(PasswordHasher::hash(QStringLiteral("密码 correct horse")) != hash);
    }

    void tokens()
    {
        QSet<QString> seen;
        for (int i = 0; i < 100; ++i) {
            const QString token = PasswordHasher::newToken();
            QCOMPARE(token.size(), 43);
            for (const QChar c : token)
                QVERIFY(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'));
            seen.insert(token);
        }
        QCOMPARE(seen.size(), 100);
    }

    void tokenHash()
    {
        // SHA-256("abc")
        QCOMPARE(PasswordHasher::tokenHash(u"abc"),
            QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const QString token = PasswordHasher::newToken();
        QCOMPARE(PasswordHasher::tokenHash(token), PasswordHasher::tokenHash(token));
        QVERIFY(PasswordHasher::tokenHash(token) != PasswordHasher::tokenHash(PasswordHasher::newToken()));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
