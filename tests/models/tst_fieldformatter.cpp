// FieldFormatter: labels, enum labels, money, dates, masked personal data, references.

#include "core/wirecodec.h"
#include "models/fieldformatter.h"
#include "store/database.h"
#include "store/remoteapplier.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

class TestFieldFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void values()
    {
        const FieldFormatter f;
        QCOMPARE(
            FieldFormatter::label(EntityType::Ticket, QStringLiteral("subject")), QStringLiteral("Subject"));
        QCOMPARE(FieldFormatter::label(EntityType::Account, QStringLiteral("number")),
            QStringLiteral("Account number"));
        QCOMPARE(FieldFormatter::label(EntityType::Ticket, QStringLiteral("brand_new_key")),
            QStringLiteral("Brand new key"));
        QCOMPARE(f.display(EntityType::Ticket, QStringLiteral("state"), QStringLiteral("closed")),
            enumLabel(TicketState::Closed));
        QCOMPARE(f.display(EntityType::RiskAlert, QStringLiteral("state"), QStringLiteral("open")),
            enumLabel(AlertState::Open));
        QCOMPARE(f.display(EntityType::Account, QStringLiteral("status"), QStringLiteral("frozen")),
            enumLabel(AccountStatus::Frozen));
        QCOMPARE(f.display(EntityType::Ticket, QStringLiteral("state"), QStringLiteral("no_such")),
            QStringLiteral("no_such"));
        QCOMPARE(f.display(EntityType::Account, QStringLiteral("assets_fen"), 123456),
            QStringLiteral("¥") + QLocale().toString(1234.56, 'f', 2));
        QCOMPARE(
            f.display(EntityType::Ticket, QStringLiteral("reply_due_extended"), true), QStringLiteral("Yes"));
        QCOMPARE(
            f.display(EntityType::Ticket, QStringLiteral("resolution"), QJsonValue()), QStringLiteral("—"));
        QCOMPARE(f.display(EntityType::Customer, QStringLiteral("tags"),
                     QJsonArray {QStringLiteral("vip"), QStringLiteral("两融")}),
            QStringLiteral("vip, 两融"));
        const QDateTime at(QDate(2026, 11, 27), QTime(8, 30), Qt::UTC);
        QCOMPARE(f.display(EntityType::Ticket, QStringLiteral("reply_due"), WireCodec::dateTimeToWire(at)),
            QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(f.display(EntityType::Customer, QStringLiteral("assessed_on"), QStringLiteral("2025-03-01")),
            QLocale().toString(QDate(2025, 3, 1), QLocale::ShortFormat));
        // Personal data masked whoever looks.
        QCOMPARE(f.display(EntityType::Customer, QStringLiteral("name"), QStringLiteral("张三")),
            QStringLiteral("张*"));
        QCOMPARE(f.display(EntityType::Customer, QStringLiteral("mobile"), QStringLiteral("13812345678")),
            QStringLiteral("138****5678"));
        // First 6 + last 4, but never fewer than four characters hidden.
        QCOMPARE(f.display(EntityType::Account, QStringLiteral("number"), QStringLiteral("6600123456789")),
            QStringLiteral("66001****6789"));
        // A user's display name is no customer's: shown as is.
        QCOMPARE(f.display(EntityType::User, QStringLiteral("display_name"), QStringLiteral("李四")),
            QStringLiteral("李四"));
    }

    void referencesAndTitles()
    {
        QTemporaryDir dir;
        Database db(dir.path());
        QVERIFY(db.open());
        User u;
        u.id = Entity::newId();
        u.rev = 1;
        u.updatedAt = QDateTime::currentDateTimeUtc();
        u.username = QStringLiteral("lead1");
        u.displayName = QStringLiteral("Lead One");
        QVERIFY(RemoteApplier(db).apply({1, EntityType::User, u.id, 1, false, WireCodec::encode(u)}));
        const FieldFormatter f(&db);
        QCOMPARE(
            f.display(EntityType::Ticket, QStringLiteral("assignee_id"), u.id), QStringLiteral("Lead One"));
        const QString unknown = Entity::newId();
        QCOMPARE(f.display(EntityType::Ticket, QStringLiteral("assignee_id"), unknown), unknown);
        QCOMPARE(f.recordTitle(EntityType::User, u.id, {}), QStringLiteral("Lead One"));
        QCOMPARE(f.recordTitle(EntityType::Customer, Entity::newId(),
                     {{QStringLiteral("name"), QStringLiteral("欧阳修")}}),
            QStringLiteral("欧阳*"));
        QCOMPARE(f.recordTitle(EntityType::Interaction, unknown, {}), unknown.left(8));
    }
};

QTEST_GUILESS_MAIN(TestFieldFormatter)
#include "tst_fieldformatter.moc"
