#include "store/repositorybase.h"

#include "core/wirecodec.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {
struct Child
{
    EntityType type;
    const char *column;
};

// Records that make no sense without their parent leave the cache with it.
QList<Child> ownedChildren(EntityType type)
{
    switch (type) {
    case EntityType::Ticket:
        return {{EntityType::TicketEvent, "ticket_id"}, {EntityType::Attachment, "ticket_id"}};
    case EntityType::Article:
        return {{EntityType::ArticleRevision, "article_id"}};
    case EntityType::CaseStudy:
        return {{EntityType::CaseComment, "case_id"}};
    case EntityType::Customer:
        return {{EntityType::Account, "customer_id"}, {EntityType::Holding, "customer_id"},
            {EntityType::Trade, "customer_id"}, {EntityType::RiskAlert, "customer_id"},
            {EntityType::Interaction, "customer_id"}};
    default:
        return {};
    }
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString nowWire()
{
    return WireCodec::dateTimeToWire(QDateTime::currentDateTimeUtc());
}

QString notFound(const TableSpec &spec, const QString &id)
{
    return QCoreApplication::translate("Repository", "No %1 with id %2.").arg(spec.entityKey(), id);
}

// Every local edit gets a fresh mutation id: the server answers a resend of the same id
// with "duplicate" instead of applying it twice.
Mutation newMutation(
    EntityType entity, const QString &id, MutationOp op, qint64 baseRev, const QJsonObject &fields = {})
{
    Mutation m;
    m.mutationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.entity = entity;
    m.id = id;
    m.baseRev = baseRev;
    m.op = op;
    m.fields = fields;
    return m;
}
} // namespace

RepositoryBase::RepositoryBase(Database &db, EntityType type) : m_db(db), m_spec(TableSpec::of(type)) { }

QList<QJsonObject> RepositoryBase::selectJson(
    const QString &tail, const QVariantList &binds, QString *error) const
{
    QList<QJsonObject> out;
    QSqlQuery *q = m_db.cachedQuery(QStringLiteral("SELECT ") + m_spec.selectList() + QStringLiteral(" FROM ")
            + m_spec.table() + QLatin1Char(' ') + tail,
        error);
    if (!q)
        return out;
    for (const QVariant &b : binds)
        q->addBindValue(b);
    if (!q->exec()) {
        fail(error, q->lastError().text());
        return out;
    }
    while (q->next())
        out.append(m_spec.rowToJson(*q));
    q->finish();
    return out;
}

qint64 RepositoryBase::countWhere(const QString &where, const QVariantList &binds, QString *error) const
{
    return countSql(QStringLiteral("SELECT COUNT(*) FROM ") + m_spec.table() + QLatin1Char(' ') + where, binds, error);
}

qint64 RepositoryBase::countWhereUpTo(
    const QString &where, const QVariantList &binds, qint64 cap, QString *error) const
{
    return countSql(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM ") + m_spec.table() + QLatin1Char(' ')
            + where + QStringLiteral(" LIMIT ?)"),
        QVariantList(binds) << cap, error);
}

qint64 RepositoryBase::countSql(const QString &sql, const QVariantList &binds, QString *error) const
{
    QSqlQuery *q = m_db.cachedQuery(sql, error);
    if (!q)
        return -1;
    for (const QVariant &b : binds)
        q->addBindValue(b);
    if (!q->exec() || !q->next()) {
        fail(error, q->lastError().text());
        return -1;
    }
    const qint64 n = q->value(0).toLongLong();
    q->finish();
    return n;
}

qint64 RepositoryBase::count(QString *error) const
{
    return countWhere(QStringLiteral("WHERE deleted = 0"), {}, error);
}

bool RepositoryBase::contains(const QString &id) const
{
    return countWhere(QStringLiteral("WHERE id = ?"), {id}, nullptr) > 0;
}

std::optional<QJsonObject> RepositoryBase::getJson(const QString &id, QString *error) const
{
    QString why;
    const QList<QJsonObject> rows = selectJson(QStringLiteral("WHERE id = ?"), {id}, &why);
    if (!why.isEmpty())
        fail(error, why);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

bool RepositoryBase::upsertRow(const QJsonObject &json, QString *error)
{
    QSqlQuery *q = m_db.cachedQuery(m_spec.upsertSql(), error);
    if (!q)
        return false;
    for (qsizetype i = 0; i < m_spec.columns().size(); ++i)
        q->addBindValue(m_spec.toSql(i, json.value(m_spec.columns().at(i))));
    if (!q->exec())
        return fail(error, q->lastError().text());
    return true;
}

bool RepositoryBase::deleteRowAndChildren(const QString &id, QString *error)
{
    for (const Child &c : ownedChildren(m_spec.type())) {
        const TableSpec &child = TableSpec::of(c.type);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ? RETURNING id")
                      .arg(child.table(), QLatin1String(c.column)));
        q.addBindValue(id);
        if (!q.exec())
            return fail(error, q.lastError().text());
        QStringList ids;
        while (q.next())
            ids.append(q.value(0).toString());
        if (!ids.isEmpty())
            m_db.notifyChanged(child.entityKey(), ids);
    }
    QSqlQuery *q = m_db.cachedQuery(
        QStringLiteral("DELETE FROM ") + m_spec.table() + QStringLiteral(" WHERE id = ?"), error);
    if (!q)
        return false;
    q->addBindValue(id);
    if (!q->exec())
        return fail(error, q->lastError().text());
    return true;
}

bool RepositoryBase::applyRemote(const Change &change, QString *error)
{
    if (change.entity != m_spec.type())
        return fail(error,
            QStringLiteral("change for %1 applied to %2").arg(enumKey(change.entity), m_spec.entityKey()));
    QString why;
    if (!change.deleted && !WireCodec::validateEntity(change.entity, change.data, &why))
        return fail(error, why);
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    const bool ok = change.deleted ? deleteRowAndChildren(change.id, error) : upsertRow(change.data, error);
    if (!ok || !tx.commit(error))
        return false;
    m_db.notifyChanged(m_spec.entityKey(), {change.id});
    return true;
}

bool RepositoryBase::writeLocal(const QJsonObject &row, const Mutation &mutation, QString *error)
{
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    Outbox outbox(m_db);
    if (!upsertRow(row, error) || !outbox.enqueue(mutation, error) || !tx.commit(error))
        return false;
    m_db.notifyChanged(m_spec.entityKey(), {mutation.id});
    return true;
}

bool RepositoryBase::createJson(const QJsonObject &json, QString *error)
{
    QString why;
    if (!WireCodec::validateEntity(m_spec.type(), json, &why))
        return fail(error, why);
    const QString id = json.value(QLatin1String("id")).toString();
    if (contains(id))
        return fail(error,
            QCoreApplication::translate("Repository", "A %1 with id %2 already exists.")
                .arg(m_spec.entityKey(), id));
    return writeLocal(
        json, newMutation(m_spec.type(), id, MutationOp::Create, 0, WireCodec::dataFields(json)), error);
}

bool RepositoryBase::updateJson(const QJsonObject &json, QString *error)
{
    if (isAppendOnly(m_spec.type()))
        return fail(error,
            QCoreApplication::translate("Repository", "A %1 is never edited.").arg(m_spec.entityKey()));
    QString why;
    if (!WireCodec::validateEntity(m_spec.type(), json, &why))
        return fail(error, why);
    const QString id = json.value(QLatin1String("id")).toString();
    const std::optional<QJsonObject> old = getJson(id, &why);
    if (!old)
        return fail(error, why.isEmpty() ? notFound(m_spec, id) : why);
    const QJsonObject oldData = WireCodec::dataFields(*old);
    const QJsonObject newData = WireCodec::dataFields(json);
    QJsonObject changed;
    for (auto it = newData.begin(); it != newData.end(); ++it)
        if (oldData.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    if (changed.isEmpty())
        return true;
    // The revision is the server's: a local edit keeps the one it was made against.
    QJsonObject row = json;
    row.insert(QStringLiteral("rev"), old->value(QLatin1String("rev")));
    row.insert(QStringLiteral("deleted"), old->value(QLatin1String("deleted")));
    row.insert(QStringLiteral("updated_at"), nowWire());
    return writeLocal(row,
        newMutation(
            m_spec.type(), id, MutationOp::Update, old->value(QLatin1String("rev")).toInteger(), changed),
        error);
}

bool RepositoryBase::removeLocal(const QString &id, QString *error)
{
    if (isAppendOnly(m_spec.type()))
        return fail(error,
            QCoreApplication::translate("Repository", "A %1 is never deleted.").arg(m_spec.entityKey()));
    QString why;
    std::optional<QJsonObject> row = getJson(id, &why);
    if (!row)
        return fail(error, why.isEmpty() ? notFound(m_spec, id) : why);
    row->insert(QStringLiteral("deleted"), true);
    row->insert(QStringLiteral("updated_at"), nowWire());
    return writeLocal(*row,
        newMutation(m_spec.type(), id, MutationOp::Delete, row->value(QLatin1String("rev")).toInteger()),
        error);
}

QString RepositoryBase::likeEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

QString RepositoryBase::prefixUpperBound(const QString &prefix)
{
    // U+10FFFF sorts after every character in SQLite's BINARY (UTF-8 byte) order.
    return prefix + QString::fromUcs4(U"\U0010FFFF", 1);
}
