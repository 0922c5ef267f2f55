// ConflictListModel over a real store: rows follow the conflicts table through
// ChangeNotifier; records are named humanly, customer names masked.

#include "core/wirecodec.h"
#include "models/conflictlistmodel.h"
#include "store/conflictrepository.h"
#include "store/database.h"
#include "store/remoteapplier.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestConflictListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_profiles = 0;

    Conflict add(EntityType entity, const QString &id, const QStringList &fields, const QJsonObject &server)
    {
        Conflict c;
        c.entity = entity;
        c.entityId = id;
        c.fields = fields;
        for (const QString &f : fields)
            c.local.insert(f, QStringLiteral("mine"));
        c.server = server;
        ConflictRepository(*m_db).add(c);
        return c;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(QString::number(++m_profiles)));
        QVERIFY(m_db->open());
    }
    void cleanup() { m_db.reset(); }

    void listsOpenConflictsAndFollowsTheStore()
    {
        const Conflict ticket
            = add(EntityType::Ticket, Entity::newId(), {QStringLiteral("subject"), QStringLiteral("state")},
                {{QStringLiteral("number"), QStringLiteral("T20261127000042")}});
        ConflictListModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(ConflictListModel::ColumnCount));
        QCOMPARE(
            model.index(0, ConflictListModel::KindColumn).data().toString(), enumLabel(EntityType::Ticket));
        QCOMPARE(model.index(0, ConflictListModel::RecordColumn).data().toString(),
            QStringLiteral("T20261127000042"));
        QCOMPARE(model.index(0, ConflictListModel::FieldsColumn).data().toString(),
            QStringLiteral("Subject, State"));
        QVERIFY(!model.index(0, ConflictListModel::WhenColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, 0).data(ConflictListModel::ConflictIdRole).toLongLong(), ticket.id);
        QCOMPARE(model.index(0, 0).data(ConflictListModel::EntityRole).toString(), QStringLiteral("ticket"));
        QCOMPARE(model.index(0, 0).data(ConflictListModel::InformationOnlyRole).toBool(), false);
        QVERIFY(!model.headerData(ConflictListModel::FieldsColumn, Qt::Horizontal).toString().isEmpty());

        // New conflicts are appended without a reset; resolved ones leave.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy count(&model, &ConflictListModel::countChanged);
        const Conflict customer = add(EntityType::Customer, Entity::newId(), {QStringLiteral("mobile")},
            {{QStringLiteral("name"), QStringLiteral("张三丰")}});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(customer.id), 1);
        // Personal data is masked in the list.
        QCOMPARE(model.index(1, ConflictListModel::RecordColumn).data().toString(), QStringLiteral("张**"));
        QCOMPARE(model.conflictAt(1).entityId, customer.entityId);

        QVERIFY(ConflictRepository(*m_db).resolve(ticket.id, QStringLiteral("server")));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(ticket.id), -1);
        QCOMPARE(model.rowOf(customer.id), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(count.last().first().toInt(), 1);
    }

    void titlesFromTheCacheAndInformationOnly()
    {
        // A conflict recorded without the server's whole copy: the cached row names it.
        Ticket t;
        t.id = Entity::newId();
        t.rev = 3;
        t.updatedAt = QDateTime::currentDateTimeUtc();
        t.number = QStringLiteral("T20261127000099");
        t.subject = QStringLiteral("Cached");
        t.createdAt = t.updatedAt;
        QVERIFY(RemoteApplier(*m_db).apply({1, EntityType::Ticket, t.id, 3, false, WireCodec::encode(t)}));
        add(EntityType::Ticket, t.id, {QStringLiteral("assignee_id")},
            {{QStringLiteral("assignee_id"), Entity::newId()}});
        add(EntityType::Article, Entity::newId(), {QStringLiteral("body")},
            {{QStringLiteral("title"), QStringLiteral("两融业务规则")}, {QStringLiteral("deleted"), true}});
        ConflictListModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.index(0, ConflictListModel::RecordColumn).data().toString(),
            QStringLiteral("T20261127000099"));
        QCOMPARE(model.index(0, 0).data(ConflictListModel::InformationOnlyRole).toBool(), true);
        QCOMPARE(model.index(1, ConflictListModel::RecordColumn).data().toString(),
            QStringLiteral("两融业务规则"));
        QCOMPARE(model.index(1, ConflictListModel::FieldsColumn).data().toString(),
            QStringLiteral("Deleted on the server"));
        QCOMPARE(model.index(1, 0).data(ConflictListModel::InformationOnlyRole).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestConflictListModel)
#include "tst_conflictlistmodel.moc"
