#include "sampledata.h"

#include "store/feedpage.h"
#include "store/tablespec.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace SampleData;

namespace {

QByteArray answer(const QJsonArray &changes, const QJsonObject &extra = {})
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("changes"), changes);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject changeJson(qint64 seq, EntityType entity, const QJsonObject &data, bool deleted = false)
{
    return WireCodec::encode(Change {seq, entity, data.value(QLatin1String("id")).toString(),
        data.value(QLatin1String("rev")).toInteger(), deleted, data});
}

// The cells as TableSpec would store the record: the reference the fast path must match.
void compareWithTableSpec(const FeedPage &page, qsizetype entry, const QJsonObject &data)
{
    const TableSpec &spec = TableSpec::of(page.entries().at(entry).entity);
    const QVariantList expected = spec.jsonToRow(data);
    const FeedPage::Cell *cells = page.cells(entry);
    QVERIFY(cells);
    for (qsizetype c = 0; c < spec.columns().size(); ++c) {
        const FeedPage::Cell &cell = cells[c];
        const QVariant &want = expected.at(c);
        const QString column = spec.columns().at(c);
        switch (cell.type) {
        case FeedPage::Cell::Type::Null:
            QVERIFY2(want.isNull(), qPrintable(column));
            break;
        case FeedPage::Cell::Type::Integer:
            QCOMPARE(cell.integer, want.toLongLong());
            break;
        case FeedPage::Cell::Type::Real:
            QCOMPARE(cell.real, want.toDouble());
            break;
        case FeedPage::Cell::Type::Text:
            QCOMPARE(QString::fromUtf8(cell.text.data(), qsizetype(cell.text.size())), want.toString());
            break;
        }
    }
}

} // namespace

class TestFeedPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellsMatchTheTableSpec()
    {
        const Ticket t = ticket(3);
        const Customer c = customer(2);
        const Article a = article(Entity::newId());
        QVERIFY(!a.tags.isEmpty()); // a JSON column
        const QByteArray body = answer({changeJson(7, EntityType::Ticket, WireCodec::encode(t)),
                                           changeJson(8, EntityType::Customer, WireCodec::encode(c)),
                                           changeJson(9, EntityType::Article, WireCodec::encode(a))},
            {{QStringLiteral("next"), QStringLiteral("9")}, {QStringLiteral("more"), true},
                {QStringLiteral("remaining"), 1234}});
        FeedPage page;
        QString error;
        QVERIFY2(page.parse(body, &error), qPrintable(error));
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.next(), QStringLiteral("9"));
        QVERIFY(page.more());
        QCOMPARE(page.remaining(), 1234);
        QCOMPARE(page.entries().at(0).seq, 7);
        QCOMPARE(page.entries().at(0).entity, EntityType::Ticket);
        QCOMPARE(page.entries().at(0).id, t.id);
        QCOMPARE(page.entries().at(0).rev, t.rev);
        compareWithTableSpec(page, 0, WireCodec::encode(t));
        compareWithTableSpec(page, 1, WireCodec::encode(c));
        compareWithTableSpec(page, 2, WireCodec::encode(a));
        // The rare paths get the record back whole.
        QCOMPARE(page.change(0).data, WireCodec::encode(t));
        QCOMPARE(page.change(2).data, WireCodec::encode(a));
    }

    void aNumericCursorAndNoRemaining()
    {
        FeedPage page;
        QVERIFY(page.parse(answer({}, {{QStringLiteral("next"), 42}, {QStringLiteral("more"), false}})));
        QCOMPARE(page.size(), 0);
        QCOMPARE(page.next(), QStringLiteral("42"));
        QVERIFY(!page.more());
        QVERIFY(!page.remaining());
    }

    void tombstoneWithoutData()
    {
        const QString id = Entity::newId();
        const QJsonObject tombstone {{QStringLiteral("seq"), 5},
            {QStringLiteral("entity"), QStringLiteral("ticket")}, {QStringLiteral("id"), id},
            {QStringLiteral("rev"), 4}, {QStringLiteral("deleted"), true},
            {QStringLiteral("data"), QJsonObject()}};
        FeedPage page;
        QString error;
        QVERIFY2(page.parse(answer({tombstone}), &error), qPrintable(error));
        QVERIFY(page.entries().at(0).deleted);
        QVERIFY(!page.cells(0));
        QVERIFY(page.change(0).data.isEmpty());
    }

    void reusedForTheNextPage()
    {
        FeedPage page;
        const Ticket first = ticket(1);
        QVERIFY(page.parse(answer({changeJson(1, EntityType::Ticket, WireCodec::encode(first))})));
        QVERIFY(!page.parse("{not json"));
        QCOMPARE(page.size(), 0);
        const Ticket second = ticket(2);
        QVERIFY(page.parse(answer({changeJson(2, EntityType::Ticket, WireCodec::encode(second))})));
        QCOMPARE(page.entries().at(0).id, second.id);
        compareWithTableSpec(page, 0, WireCodec::encode(second));
    }

    void badPagesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        const QJsonObject good = WireCodec::encode(ticket(1));
        const auto withData = [&](const char *key, const QJsonValue &value) {
            QJsonObject data = good;
            if (value.isUndefined())
                data.remove(QLatin1String(key));
            else
                data.insert(QLatin1String(key), value);
            return answer({changeJson(1, EntityType::Ticket, good), changeJson(2, EntityType::Ticket, data)});
        };
        QTest::newRow("malformed") << QByteArray("{\"changes\": [") << QStringLiteral("invalid JSON");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("changes");
        QTest::newRow("no changes") << QByteArray("{\"next\": 1}") << QStringLiteral("changes");
        QTest::newRow("unknown state")
            << withData("state", QStringLiteral("no_such_state")) << QStringLiteral("no_such_state");
        QTest::newRow("wrong type") << withData("subject", 12) << QStringLiteral("data.subject");
        QTest::newRow("bad date-time") << withData("updated_at", QStringLiteral("2026-02-30T10:00:00Z"))
                                       << QStringLiteral("data.updated_at");
        QTest::newRow("missing field")
            << withData("subject", QJsonValue(QJsonValue::Undefined)) << QStringLiteral("data.subject");
        QJsonObject otherId = changeJson(1, EntityType::Ticket, good);
        QJsonObject otherData = good;
        otherData.insert(QStringLiteral("id"), Entity::newId());
        otherId.insert(QStringLiteral("data"), otherData);
        QTest::newRow("other id") << answer({otherId}) << QStringLiteral("data.id");
        QJsonObject unknownEntity = changeJson(1, EntityType::Ticket, good);
        unknownEntity.insert(QStringLiteral("entity"), QStringLiteral("spaceship"));
        QTest::newRow("unknown entity") << answer({unknownEntity}) << QStringLiteral("spaceship");
        QJsonObject negative = changeJson(1, EntityType::Ticket, good);
        negative.insert(QStringLiteral("seq"), -1);
        QTest::newRow("negative seq") << answer({negative}) << QStringLiteral("seq");
        QJsonObject emptyData = changeJson(1, EntityType::Ticket, good);
        emptyData.insert(QStringLiteral("data"), QJsonObject());
        QTest::newRow("empty data, not deleted") << answer({emptyData}) << QStringLiteral("not a deletion");
        QTest::newRow("SQL in a value")
            << withData("state", QStringLiteral("'; DROP TABLE tickets; --")) << QStringLiteral("DROP TABLE");
    }

    void badPagesAreRefusedWithTheReason()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        FeedPage page;
        QString error;
        QVERIFY(!page.parse(body, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(page.size(), 0);
    }

    void unknownKeysAreIgnored()
    {
        QJsonObject data = WireCodec::encode(ticket(1));
        data.insert(QStringLiteral("added_by_a_newer_server"), QStringLiteral("x"));
        FeedPage page;
        QString error;
        QVERIFY2(page.parse(answer({changeJson(1, EntityType::Ticket, data)}), &error), qPrintable(error));
        data.remove(QStringLiteral("added_by_a_newer_server"));
        compareWithTableSpec(page, 0, data);
    }
};

QTEST_GUILESS_MAIN(TestFeedPage)
#include "tst_feedpage.moc"
