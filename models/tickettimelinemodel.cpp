#include "models/tickettimelinemodel.h"

#include "core/article.h"
#include "core/attachment.h"
#include "store/articlerepository.h"
#include "store/attachmentrepository.h"
#include "store/changenotifier.h"
#include "store/database.h"
#include "store/pendinguploads.h"
#include "store/ticketeventrepository.h"
#include "store/ticketrepository.h"
#include "store/userrepository.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace {

QString extraText(const TicketEvent &event, const char *key)
{
    return event.extra.value(QLatin1String(key)).toString();
}

template<typename E>
QString extraLabel(const TicketEvent &event, const char *key)
{
    const auto value = enumFromKey<E>(extraText(event, key));
    return value ? enumLabel(*value) : QString();
}

} // namespace

TicketTimelineModel::TicketTimelineModel(Database &db, QObject *parent) : QAbstractListModel(parent), m_db(db)
{
    ChangeNotifier *notifier = db.notifier();
    // Sync writes events in bursts: one reload after the burst.
    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(60);
    connect(delay, &QTimer::timeout, this, &TicketTimelineModel::reload);
    connect(notifier, &ChangeNotifier::ticketEventsChanged, delay, qOverload<>(&QTimer::start));
    connect(notifier, &ChangeNotifier::attachmentsChanged, delay, qOverload<>(&QTimer::start));
    connect(notifier, &ChangeNotifier::reset, delay, qOverload<>(&QTimer::start));
    // A duplicate merged into this ticket brings its events along.
    connect(notifier, &ChangeNotifier::ticketsChanged, delay, qOverload<>(&QTimer::start));
    connect(notifier, &ChangeNotifier::usersChanged, this, [this, delay] {
        m_names.clear();
        delay->start();
    });
}

void TicketTimelineModel::setTicketId(const QString &ticketId)
{
    if (ticketId == m_ticketId)
        return;
    m_ticketId = ticketId;
    reload();
}

void TicketTimelineModel::reload()
{
    QList<Row> rows;
    if (!m_ticketId.isEmpty()) {
        TicketEventRepository events(m_db);
        const QList<Ticket> merged = TicketRepository(m_db).mergedInto(m_ticketId);
        QList<TicketEvent> all = events.forTicket(m_ticketId);
        for (const Ticket &duplicate : merged) {
            m_numbers.insert(duplicate.id, duplicate.number);
            const qsizetype from = all.size();
            all.append(events.forTicket(duplicate.id));
            for (qsizetype i = from; i < all.size(); ++i)
                all[i].extra.insert(QStringLiteral("_source"), duplicate.number);
        }
        // Files attached here that the server has not received yet.
        for (const PendingUpload &u : PendingUploads(m_db).forTicket(m_ticketId)) {
            TicketEvent e;
            e.id = u.attachmentId;
            e.ticketId = u.ticketId;
            e.kind = EventKind::Attachment;
            e.authorId = u.authorId;
            e.createdAt = u.createdAt;
            e.attachmentId = u.attachmentId;
            e.body = u.lastError;
            e.extra = QJsonObject {{QStringLiteral("pending"), u.refused ? QStringLiteral("refused") : QStringLiteral("waiting")},
                {QStringLiteral("name"), u.name}, {QStringLiteral("size"), u.size}};
            all.append(e);
        }
        std::stable_sort(all.begin(), all.end(), [](const TicketEvent &a, const TicketEvent &b) {
            return a.createdAt < b.createdAt;
        });
        rows.reserve(all.size());
        for (TicketEvent &e : all) {
            Row row;
            row.sourceNumber = e.extra.take(QStringLiteral("_source")).toString();
            row.event = std::move(e);
            row.heading = heading(row.event);
            row.author = userName(row.event.authorId);
            rows.append(std::move(row));
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void TicketTimelineModel::retranslate()
{
    for (Row &row : m_rows)
        row.heading = heading(row.event);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

int TicketTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TicketTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const TicketEvent &e = row.event;
    switch (role) {
    case Qt::DisplayRole:
    case HeadingRole:
        return row.heading;
    case Qt::ToolTipRole:
        return QLocale().toString(e.createdAt.toLocalTime(), QLocale::LongFormat);
    case EventIdRole:
        return e.id;
    case KindRole:
        return int(e.kind);
    case StyleRole:
        return int(e.kind == EventKind::Reply ? Style::Reply
                : e.kind == EventKind::Note   ? Style::Note
                                              : Style::System);
    case AuthorRole:
        return row.author;
    case TimeRole:
        return e.createdAt.toLocalTime();
    case BodyRole:
        return e.body;
    case SourceTicketRole:
        return row.sourceNumber;
    case AttachmentIdRole:
        return e.attachmentId;
    case ArticleIdRole:
        return e.articleId;
    case LinkedTicketIdRole:
        return e.linkedTicketId;
    default:
        return {};
    }
}

QHash<int, QByteArray> TicketTimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(StyleRole, "style");
    names.insert(AuthorRole, "author");
    names.insert(TimeRole, "time");
    names.insert(BodyRole, "body");
    names.insert(HeadingRole, "heading");
    return names;
}

TicketEvent TicketTimelineModel::eventAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).event : TicketEvent();
}

int TicketTimelineModel::count(EventKind kind) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [kind](const Row &r) { return r.event.kind == kind; }));
}

QString TicketTimelineModel::userName(const QString &userId) const
{
    if (userId.isEmpty())
        return tr("System");
    auto it = m_names.constFind(userId);
    if (it != m_names.cend())
        return *it;
    const std::optional<User> user = UserRepository(m_db).get(userId);
    const QString name = user && !user->displayName.isEmpty() ? user->displayName : userId;
    m_names.insert(userId, name);
    return name;
}

QString TicketTimelineModel::ticketNumber(const QString &ticketId) const
{
    auto it = m_numbers.constFind(ticketId);
    if (it != m_numbers.cend())
        return *it;
    const std::optional<Ticket> t = TicketRepository(m_db).get(ticketId);
    const QString number = t ? t->number : tr("(ticket not in the cache)");
    m_numbers.insert(ticketId, number);
    return number;
}

QString TicketTimelineModel::heading(const TicketEvent &e) const
{
    switch (e.kind) {
    case EventKind::Note:
        return tr("Internal note");
    case EventKind::Reply:
        return tr("Reply to the customer");
    case EventKind::Transition: {
        QString text = tr("State: %1 → %2")
                           .arg(e.fromState ? enumLabel(*e.fromState) : QString(),
                               e.toState ? enumLabel(*e.toState) : QString());
        QStringList details;
        if (const QString body = extraLabel<MediationBody>(e, "mediation_body"); !body.isEmpty())
            details.append(tr("referred to %1").arg(body));
        if (const QString r = extraLabel<ResolutionCode>(e, "resolution"); !r.isEmpty())
            details.append(tr("resolution: %1").arg(r));
        if (const QString f = extraLabel<FollowUpResult>(e, "follow_up"); !f.isEmpty())
            details.append(tr("follow-up: %1").arg(f));
        if (!details.isEmpty())
            text += tr(" (%1)").arg(details.join(tr(", ")));
        return text;
    }
    case EventKind::Assignment: {
        if (e.assigneeId.isEmpty())
            return tr("Handed back to the team queue");
        const QString rule = extraLabel<AssignmentRule>(e, "rule");
        return rule.isEmpty() ? tr("Assigned to %1").arg(userName(e.assigneeId))
                              : tr("Assigned to %1 by the team's rule (%2)").arg(userName(e.assigneeId), rule);
    }
    case EventKind::Attachment: {
        const QString pending = extraText(e, "pending");
        if (!pending.isEmpty()) {
            const QString file = tr("%1 (%2)").arg(extraText(e, "name"),
                QLocale().formattedDataSize(e.extra.value(QLatin1String("size")).toInteger()));
            return pending == QLatin1String("refused") ? tr("Attachment refused by the server: %1").arg(file)
                                                       : tr("Attachment waiting for upload: %1").arg(file);
        }
        const std::optional<Attachment> a = AttachmentRepository(m_db).get(e.attachmentId);
        return a ? tr("Attachment: %1 (%2)").arg(a->name, QLocale().formattedDataSize(a->size))
                 : tr("Attachment");
    }
    case EventKind::Sla: {
        const QString what = extraText(e, "sla");
        if (what == QLatin1String("accept_breached"))
            return tr("SLA: the acceptance deadline has passed");
        if (what == QLatin1String("reply_breached"))
            return tr("SLA: the reply deadline has passed");
        if (what == QLatin1String("reply_extended"))
            return tr("SLA: reply due date extended");
        return tr("SLA event");
    }
    case EventKind::Citation: {
        const std::optional<Article> a = ArticleRepository(m_db).get(e.articleId);
        return tr("Cited article “%1” (revision %2)")
            .arg(a ? a->title : tr("not in the cache"))
            .arg(e.articleRevision);
    }
    case EventKind::Link: {
        const QString other = ticketNumber(e.linkedTicketId);
        const QString relation = extraText(e, "relation");
        if (relation == QLatin1String("merged_into"))
            return tr("Merged as a duplicate into %1").arg(other);
        if (relation == QLatin1String("merged_from"))
            return tr("Duplicate %1 merged into this ticket").arg(other);
        if (relation == QLatin1String("incident_child"))
            return tr("%1 put under this incident").arg(other);
        if (relation == QLatin1String("incident_removed"))
            return tr("Taken out of incident %1").arg(other);
        if (relation == QLatin1String("incident") || relation.isEmpty())
            return tr("Put under incident %1").arg(other);
        return tr("Linked with %1").arg(other);
    }
    case EventKind::Priority:
        return tr("Priority: %1 → %2")
            .arg(extraLabel<Priority>(e, "from"), extraLabel<Priority>(e, "to"));
    }
    return {};
}
