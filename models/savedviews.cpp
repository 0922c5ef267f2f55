#include "models/savedviews.h"

#include "core/entity.h"
#include "core/wirecodec.h"
#include "store/profilesettings.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

template<typename E>
QJsonArray keysOf(const QList<E> &values)
{
    QJsonArray out;
    for (E v : values)
        out.append(enumKey(v));
    return out;
}

template<typename E>
QList<E> valuesOf(const QJsonValue &json)
{
    QList<E> out;
    // Unknown keys (from a newer version) are dropped rather than failing the view.
    for (const QJsonValue &v : json.toArray())
        if (const std::optional<E> e = enumFromKey<E>(v.toString()))
            out.append(*e);
    return out;
}

QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

} // namespace

SavedViews::SavedViews(Database &db, const QString &userId) : m_db(db), m_userId(userId) { }

QString SavedViews::key() const
{
    return QStringLiteral("saved_views/") + m_userId;
}

QList<SavedView> SavedViews::all() const
{
    QList<SavedView> out;
    const QJsonArray array
        = QJsonDocument::fromJson(ProfileSettings(m_db).value(key()).toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        SavedView view {text(o, "id"), text(o, "name"), fromJson(o.value(QLatin1String("filter")).toObject())};
        if (!view.id.isEmpty() && !view.name.trimmed().isEmpty())
            out.append(view);
    }
    return out;
}

bool SavedViews::save(SavedView &view, QString *error)
{
    QList<SavedView> views = all();
    if (view.id.isEmpty()) {
        view.id = Entity::newId();
        views.append(view);
    } else {
        bool found = false;
        for (SavedView &v : views)
            if (v.id == view.id) {
                v = view;
                found = true;
            }
        if (!found)
            views.append(view);
    }
    return store(views, error);
}

bool SavedViews::remove(const QString &id, QString *error)
{
    QList<SavedView> views = all();
    views.removeIf([&id](const SavedView &v) { return v.id == id; });
    return store(views, error);
}

bool SavedViews::store(const QList<SavedView> &views, QString *error)
{
    QJsonArray array;
    for (const SavedView &v : views)
        array.append(QJsonObject {{QStringLiteral("id"), v.id}, {QStringLiteral("name"), v.name.trimmed()},
            {QStringLiteral("filter"), toJson(v.filter)}});
    return ProfileSettings(m_db).setValue(
        key(), QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)), error);
}

QJsonObject SavedViews::toJson(const TicketQuery &f)
{
    QJsonObject o;
    const auto put = [&o](const char *key, const QJsonArray &a) {
        if (!a.isEmpty())
            o.insert(QLatin1String(key), a);
    };
    put("kinds", keysOf(f.kinds));
    put("categories", keysOf(f.categories));
    put("sources", keysOf(f.sources));
    put("priorities", keysOf(f.priorities));
    put("states", keysOf(f.states));
    if (f.unassigned)
        o.insert(QStringLiteral("unassigned"), true);
    if (!f.assigneeId.isEmpty())
        o.insert(QStringLiteral("assignee_id"), f.assigneeId);
    if (!f.customerId.isEmpty())
        o.insert(QStringLiteral("customer_id"), f.customerId);
    if (!f.text.isEmpty())
        o.insert(QStringLiteral("text"), f.text);
    if (f.createdFrom.isValid())
        o.insert(QStringLiteral("created_from"), WireCodec::dateTimeToWire(f.createdFrom));
    if (f.createdBefore.isValid())
        o.insert(QStringLiteral("created_before"), WireCodec::dateTimeToWire(f.createdBefore));
    return o;
}

TicketQuery SavedViews::fromJson(const QJsonObject &o)
{
    TicketQuery f;
    f.kinds = valuesOf<TicketKind>(o.value(QLatin1String("kinds")));
    f.categories = valuesOf<TicketCategory>(o.value(QLatin1String("categories")));
    f.sources = valuesOf<Channel>(o.value(QLatin1String("sources")));
    f.priorities = valuesOf<Priority>(o.value(QLatin1String("priorities")));
    f.states = valuesOf<TicketState>(o.value(QLatin1String("states")));
    f.unassigned = o.value(QLatin1String("unassigned")).toBool();
    f.assigneeId = text(o, "assignee_id");
    f.customerId = text(o, "customer_id");
    f.text = text(o, "text").left(100);
    f.createdFrom = WireCodec::dateTimeFromWire(text(o, "created_from"));
    f.createdBefore = WireCodec::dateTimeFromWire(text(o, "created_before"));
    return f;
}

TicketQuery SavedViews::applied(TicketQuery base, const TicketQuery &f)
{
    if (!f.kinds.isEmpty())
        base.kinds = f.kinds;
    if (!f.categories.isEmpty())
        base.categories = f.categories;
    if (!f.sources.isEmpty())
        base.sources = f.sources;
    if (!f.priorities.isEmpty())
        base.priorities = f.priorities;
    if (!f.states.isEmpty())
        base.states = f.states;
    if (f.unassigned) {
        base.unassigned = true;
        base.assigneeId.clear();
    } else if (!f.assigneeId.isEmpty()) {
        base.unassigned = false;
        base.assigneeId = f.assigneeId;
    }
    if (!f.customerId.isEmpty())
        base.customerId = f.customerId;
    if (!f.text.isEmpty())
        base.text = f.text;
    if (f.createdFrom.isValid())
        base.createdFrom = f.createdFrom;
    if (f.createdBefore.isValid())
        base.createdBefore = f.createdBefore;
    return base;
}

bool SavedViews::isEmpty(const TicketQuery &f)
{
    return toJson(f).isEmpty();
}
