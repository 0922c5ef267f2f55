#include "store/outbox.h"

#include "core/wirecodec.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
const char *opKey(MutationOp op)
{
    switch (op) {
    case MutationOp::Create:
        return "create";
    case MutationOp::Update:
        return "update";
    case MutationOp::Delete:
        return "delete";
    }
    return "update";
}

std::optional<MutationOp> opFromKey(const QString &key)
{
    if (key == QLatin1String("create"))
        return MutationOp::Create;
    if (key == QLatin1String("update"))
        return MutationOp::Update;
    if (key == QLatin1String("delete"))
        return MutationOp::Delete;
    return std::nullopt;
}

bool fail(QString *error, const QSqlQuery &q)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

const QString kColumns
    = QStringLiteral("seq, mutation_id, entity, entity_id, base_rev, op, fields, created_at, "
                     "attempts, last_error, state");
} // namespace

Outbox::Outbox(Database &db) : m_db(db) { }

bool Outbox::enqueue(const Mutation &m, QString *error)
{
    QSqlQuery *q
        = m_db.cachedQuery(QStringLiteral("INSERT INTO outbox (mutation_id, entity, entity_id, base_rev, "
                                          "op, fields, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            error);
    if (!q)
        return false;
    q->addBindValue(m.mutationId);
    q->addBindValue(enumKey(m.entity));
    q->addBindValue(m.id);
    q->addBindValue(m.baseRev);
    q->addBindValue(QLatin1String(opKey(m.op)));
    q->addBindValue(QString::fromUtf8(WireCodec::toBytes(m.fields)));
    q->addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q->exec())
        return fail(error, *q);
    m_db.notifyOutboxChanged();
    return true;
}

QList<OutboxEntry> Outbox::select(const QString &tail, const QVariantList &binds, QString *error) const
{
    QList<OutboxEntry> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox ") + tail)) {
        fail(error, q);
        return out;
    }
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        fail(error, q);
        return out;
    }
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.value(0).toLongLong();
        e.mutation.mutationId = q.value(1).toString();
        const auto entity = enumFromKey<EntityType>(q.value(2).toString());
        const auto op = opFromKey(q.value(5).toString());
        QJsonObject fields;
        QString why;
        if (!entity || !op || !WireCodec::parseObject(q.value(6).toString().toUtf8(), fields, &why)) {
            if (error)
                *error = QStringLiteral("outbox entry %1 is damaged %2").arg(e.seq).arg(why);
            return {};
        }
        e.mutation.entity = *entity;
        e.mutation.id = q.value(3).toString();
        e.mutation.baseRev = q.value(4).toLongLong();
        e.mutation.op = *op;
        e.mutation.fields = fields;
        e.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
        e.attempts = q.value(8).toInt();
        e.lastError = q.value(9).toString();
        e.poison = q.value(10).toString() == QLatin1String("poison");
        out.append(e);
    }
    return out;
}

QList<OutboxEntry> Outbox::pending(int limit, QString *error) const
{
    return select(QStringLiteral("WHERE state = 'pending' ORDER BY seq LIMIT ?"), {limit}, error);
}

QList<OutboxEntry> Outbox::poisoned(QString *error) const
{
    return select(QStringLiteral("WHERE state = 'poison' ORDER BY seq"), {}, error);
}

QList<OutboxEntry> Outbox::pendingFor(EntityType entity, const QString &id, QString *error) const
{
    return select(QStringLiteral("WHERE state = 'pending' AND entity = ? AND entity_id = ? ORDER BY seq"),
        {enumKey(entity), id}, error);
}

bool Outbox::markDone(const QStringList &mutationIds, QString *error)
{
    QSqlQuery *q = m_db.cachedQuery(QStringLiteral("DELETE FROM outbox WHERE mutation_id = ?"), error);
    if (!q)
        return false;
    for (const QString &id : mutationIds) {
        q->addBindValue(id);
        if (!q->exec())
            return fail(error, *q);
    }
    m_db.notifyOutboxChanged();
    return true;
}

bool Outbox::rebase(EntityType entity, const QString &id, qint64 fromBaseRev, qint64 toBaseRev, qint64 afterSeq,
    QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET base_rev = ? WHERE entity = ? AND entity_id = ? AND base_rev = ? "
                             "AND seq > ? AND state = 'pending'"));
    for (const QVariant &v : QVariantList {toBaseRev, enumKey(entity), id, fromBaseRev, afterSeq})
        q.addBindValue(v);
    return q.exec() || fail(error, q);
}

bool Outbox::markFailed(const QString &mutationId, const QString &message, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE mutation_id = ?"));
    q.addBindValue(message);
    q.addBindValue(mutationId);
    return q.exec() || fail(error, q);
}

bool Outbox::markPoison(const QString &mutationId, const QString &message, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'poison', attempts = attempts + 1, last_error = ? "
                             "WHERE mutation_id = ?"));
    q.addBindValue(message);
    q.addBindValue(mutationId);
    if (!q.exec())
        return fail(error, q);
    m_db.notifyOutboxChanged();
    return true;
}

bool Outbox::discard(const QString &mutationId, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE mutation_id = ? AND state = 'poison'"));
    q.addBindValue(mutationId);
    if (!q.exec())
        return fail(error, q);
    m_db.notifyOutboxChanged();
    return true;
}

int Outbox::count(QString *error) const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'")) && q.next())
        return q.value(0).toInt();
    fail(error, q);
    return -1;
}

int Outbox::poisonCount(QString *error) const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'poison'")) && q.next())
        return q.value(0).toInt();
    fail(error, q);
    return -1;
}
