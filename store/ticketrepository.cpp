#include "store/ticketrepository.h"

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace {
template<typename E>
void addIn(QStringList &clauses, QVariantList &binds, const char *column, const QList<E> &values)
{
    if (values.isEmpty())
        return;
    QStringList marks;
    for (E v : values) {
        marks.append(QStringLiteral("?"));
        binds.append(enumKey(v));
    }
    clauses.append(
        QLatin1String(column) + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
}

void addEq(QStringList &clauses, QVariantList &binds, const char *column, const QString &value)
{
    if (value.isEmpty())
        return;
    clauses.append(QLatin1String(column) + QStringLiteral(" = ?"));
    binds.append(value);
}
} // namespace

std::optional<Ticket> TicketRepository::findByNumber(const QString &number, QString *error) const
{
    const QList<Ticket> rows = select(QStringLiteral("WHERE number = ? LIMIT 1"), {number}, error);
    return rows.isEmpty() ? std::nullopt : std::optional<Ticket>(rows.first());
}

QList<Ticket> TicketRepository::mergedInto(const QString &survivorId, QString *error) const
{
    return select(QStringLiteral("WHERE merged_into_id = ? AND deleted = 0 ORDER BY created_at, id"),
        {survivorId}, error);
}

QList<Ticket> TicketRepository::children(const QString &parentId, QString *error) const
{
    return select(QStringLiteral("WHERE parent_id = ? AND deleted = 0 ORDER BY created_at DESC, id DESC"),
        {parentId}, error);
}

QList<Ticket> TicketRepository::forCustomer(const QString &customerId, QString *error) const
{
    return select(QStringLiteral("WHERE customer_id = ? AND deleted = 0 ORDER BY created_at DESC, id DESC"),
        {customerId}, error);
}

QList<TicketState> TicketRepository::openStates()
{
    QList<TicketState> states = enumValues<TicketState>();
    states.removeAll(TicketState::Closed);
    return states;
}

bool TicketRepository::isOpenStates(const QList<TicketState> &states)
{
    quint32 seen = 0;
    for (TicketState s : states)
        seen |= 1u << int(s);
    quint32 open = 0;
    for (TicketState s : openStates())
        open |= 1u << int(s);
    return seen == open;
}

TicketRepository::Where TicketRepository::where(const TicketQuery &query)
{
    Where w;
    QStringList clauses {QStringLiteral("deleted = 0")};
    addEq(clauses, w.binds, "team_id", query.teamId);
    if (query.unassigned)
        clauses.append(QStringLiteral("assignee_id IS NULL"));
    else
        addEq(clauses, w.binds, "assignee_id", query.assigneeId);
    addEq(clauses, w.binds, "customer_id", query.customerId);
    addEq(clauses, w.binds, "parent_id", query.parentId);
    if (isOpenStates(query.states))
        clauses.append(QStringLiteral("state <> 'closed'")); // as the open-ticket indexes say it
    else
        addIn(clauses, w.binds, "state", query.states);
    addIn(clauses, w.binds, "kind", query.kinds);
    addIn(clauses, w.binds, "priority", query.priorities);
    addIn(clauses, w.binds, "category", query.categories);
    addIn(clauses, w.binds, "source", query.sources);
    if (!query.text.isEmpty()) {
        clauses.append(QStringLiteral("(number LIKE ? ESCAPE '\\' OR subject LIKE ? ESCAPE '\\')"));
        const QString escaped = likeEscaped(query.text);
        w.binds.append(QString(escaped + QLatin1Char('%')));
        w.binds.append(QString(QLatin1Char('%') + escaped + QLatin1Char('%')));
    }
    if (query.replyDueBefore.isValid()) {
        clauses.append(QStringLiteral("reply_due < ?"));
        w.binds.append(query.replyDueBefore.toMSecsSinceEpoch());
    }
    if (query.createdFrom.isValid()) {
        clauses.append(QStringLiteral("created_at >= ?"));
        w.binds.append(query.createdFrom.toMSecsSinceEpoch());
    }
    if (query.createdBefore.isValid()) {
        clauses.append(QStringLiteral("created_at < ?"));
        w.binds.append(query.createdBefore.toMSecsSinceEpoch());
    }
    w.sql = QStringLiteral("WHERE ") + clauses.join(QStringLiteral(" AND "));
    return w;
}

// Whitelisted: the sort never comes from user text. NULL due dates sort last ascending.
QString TicketRepository::sortExpression(TicketQuery::Sort sort)
{
    switch (sort) {
    case TicketQuery::Sort::UpdatedAt:
        return QStringLiteral("updated_at");
    case TicketQuery::Sort::CreatedAt:
        return QStringLiteral("coalesce(created_at, 0)");
    case TicketQuery::Sort::ReplyDue:
        return QStringLiteral("coalesce(reply_due, 9223372036854775807)");
    case TicketQuery::Sort::Number:
        return QStringLiteral("coalesce(number, '')");
    }
    return QStringLiteral("updated_at");
}

KeysetCursor TicketRepository::cursorFor(const Ticket &t, TicketQuery::Sort sort)
{
    auto ms = [](const QDateTime &dt, qint64 null) {
        return dt.isValid() ? dt.toMSecsSinceEpoch() : null;
    };
    switch (sort) {
    case TicketQuery::Sort::UpdatedAt:
        return {ms(t.updatedAt, 0), t.id};
    case TicketQuery::Sort::CreatedAt:
        return {ms(t.createdAt, 0), t.id};
    case TicketQuery::Sort::ReplyDue:
        return {ms(t.replyDue, std::numeric_limits<qint64>::max()), t.id};
    case TicketQuery::Sort::Number:
        return {t.number, t.id};
    }
    return {};
}

QString TicketRepository::pageTail(
    const TicketQuery &query, const std::optional<KeysetCursor> &after, int limit, QVariantList &binds) const
{
    Where w = where(query);
    const QString sort = sortExpression(query.sort);
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString sql = w.sql;
    binds = w.binds;
    if (after) {
        sql += QStringLiteral(" AND (") + sort + QStringLiteral(", id) ") + (query.descending ? u'<' : u'>')
            + QStringLiteral(" (?, ?)");
        binds.append(after->value);
        binds.append(after->id);
    }
    sql += QStringLiteral(" ORDER BY ") + sort + dir + QStringLiteral(", id") + dir
        + QStringLiteral(" LIMIT ?");
    binds.append(limit);
    return sql;
}

QList<Ticket> TicketRepository::page(
    const TicketQuery &query, const std::optional<KeysetCursor> &after, int limit, QString *error) const
{
    QVariantList binds;
    const QString tail = pageTail(query, after, limit, binds);
    return select(tail, binds, error);
}

QList<Ticket> TicketRepository::pageAt(
    const TicketQuery &query, qint64 offset, int limit, QString *error) const
{
    QVariantList binds;
    QString tail = pageTail(query, std::nullopt, limit, binds);
    tail += QStringLiteral(" OFFSET ?");
    binds.append(offset);
    return select(tail, binds, error);
}

QList<QString> TicketRepository::pageIds(
    const TicketQuery &query, const std::optional<KeysetCursor> &after, int limit, QString *error) const
{
    QVariantList binds;
    const QString tail = pageTail(query, after, limit, binds);
    QList<QString> ids;
    QSqlQuery *q = m_db.cachedQuery(QStringLiteral("SELECT id FROM tickets ") + tail, error);
    if (!q)
        return ids;
    for (const QVariant &b : binds)
        q->addBindValue(b);
    if (!q->exec()) {
        if (error)
            *error = q->lastError().text();
        return ids;
    }
    while (q->next())
        ids.append(q->value(0).toString());
    q->finish();
    return ids;
}

qint64 TicketRepository::count(const TicketQuery &query, QString *error) const
{
    const Where w = where(query);
    return countWhere(w.sql, w.binds, error);
}

qint64 TicketRepository::countUpTo(const TicketQuery &query, qint64 cap, QString *error) const
{
    const Where w = where(query);
    return countWhereUpTo(w.sql, w.binds, cap, error);
}
