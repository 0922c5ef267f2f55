#include "models/customertimelinemodel.h"

#include <QLocale>

void CustomerTimelineModel::setHistory(const QList<Interaction> &interactions, const QList<Ticket> &tickets,
    const QList<TicketEvent> &replies, const QHash<QString, QString> &userNames)
{
    QList<Entry> entries;
    entries.reserve(interactions.size() + tickets.size() * 2 + replies.size());
    QHash<QString, QString> numbers;
    for (const Ticket &t : tickets)
        numbers.insert(t.id, t.number);
    for (const Interaction &i : interactions) {
        Entry e;
        e.at = i.startedAt;
        e.ticketId = i.ticketId;
        const QString agent = userNames.value(i.agentId, i.agentId);
        QString title = QStringLiteral("%1 · %2").arg(enumLabel(i.channel), enumLabel(i.direction));
        if (i.durationSeconds > 0)
            title += QStringLiteral(" · ")
                + tr("%1:%2 min")
                      .arg(i.durationSeconds / 60)
                      .arg(i.durationSeconds % 60, 2, 10, QLatin1Char('0'));
        if (!agent.isEmpty())
            title += QStringLiteral(" · ") + agent;
        e.title = title;
        e.body = i.summary.isEmpty() ? tr("(no summary yet)") : i.summary;
        entries.append(e);
    }
    for (const Ticket &t : tickets) {
        Entry opened;
        opened.kind = EntryKind::TicketOpened;
        opened.at = t.createdAt;
        opened.ticketId = t.id;
        opened.title = tr("%1 %2 opened (%3)").arg(enumLabel(t.kind), t.number, enumLabel(t.state));
        opened.body = t.subject;
        entries.append(opened);
        if (t.satisfaction > 0) {
            Entry survey;
            survey.kind = EntryKind::Survey;
            survey.at = t.closedAt.isValid() ? t.closedAt : t.updatedAt;
            survey.ticketId = t.id;
            survey.title = tr("Survey for %1: %2 of 5").arg(t.number).arg(t.satisfaction);
            survey.body = QString(t.satisfaction, QChar(0x2605)) + QString(5 - t.satisfaction, QChar(0x2606));
            entries.append(survey);
        }
    }
    for (const TicketEvent &r : replies) {
        Entry e;
        e.kind = EntryKind::Reply;
        e.at = r.createdAt;
        e.ticketId = r.ticketId;
        e.title
            = tr("Reply on %1 · %2").arg(numbers.value(r.ticketId), userNames.value(r.authorId, r.authorId));
        e.body = r.body;
        entries.append(e);
    }
    std::stable_sort(
        entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.at > b.at; });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const CustomerTimelineModel::Entry *CustomerTimelineModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int CustomerTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CustomerTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2\n%3")
            .arg(QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")), e.title,
                e.body.left(200));
    case Qt::ToolTipRole:
    case BodyRole:
        return e.body;
    case KindRole:
        return int(e.kind);
    case AtRole:
        return e.at;
    case TitleRole:
        return e.title;
    case TicketIdRole:
        return e.ticketId;
    default:
        break;
    }
    return {};
}
