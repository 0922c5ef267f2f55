#include "store/feedpage.h"

#include "core/jsonreader.h"
#include "core/wirecodec.h"
#include "store/tablespec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <simdjson.h>

#include <array>
#include <bitset>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

constexpr size_t s_entityCount = size_t(EntityType::AuditEntry) + 1;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString utf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The widest table has fewer columns; readData() checks.
constexpr size_t s_maxColumns = 128;

// Where a wire key goes: its column of TableSpec::columns() and its index in
// WireCodec::fieldKeys() (for WireCodec::fieldCheck).
struct KeySlot
{
    int column;
    int keyIndex;
};

// Wire key → slot, per entity type.
const std::unordered_map<std::string_view, KeySlot> &slotsOf(EntityType type)
{
    static std::deque<std::string> names; // the keys' storage, for the process
    static const std::array<std::unordered_map<std::string_view, KeySlot>, s_entityCount> maps = [] {
        std::array<std::unordered_map<std::string_view, KeySlot>, s_entityCount> out;
        for (size_t i = 0; i < s_entityCount; ++i) {
            const auto entity = static_cast<EntityType>(i);
            const QStringList &columns = TableSpec::of(entity).columns();
            const QStringList keys = WireCodec::fieldKeys(entity);
            Q_ASSERT(size_t(columns.size()) <= s_maxColumns);
            for (qsizetype c = 0; c < columns.size(); ++c)
                out[i].emplace(names.emplace_back(columns.at(c).toStdString()),
                    KeySlot {int(c), int(keys.indexOf(columns.at(c)))});
        }
        return out;
    }();
    return maps.at(size_t(type));
}

std::optional<EntityType> entityFromKey(std::string_view key)
{
    for (const auto &e : EnumTable<EntityType>::entries())
        if (key == e.key)
            return e.value;
    return std::nullopt;
}

QJsonValue toQJson(const element &value)
{
    switch (value.type()) {
    case element_type::ARRAY: {
        QJsonArray out;
        const simdjson::dom::array array = value.get_array().value_unsafe();
        for (const element item : array)
            out.append(toQJson(item));
        return out;
    }
    case element_type::OBJECT: {
        QJsonObject out;
        const simdjson::dom::object object = value.get_object().value_unsafe();
        for (const auto field : object)
            out.insert(utf8(field.key), toQJson(field.value));
        return out;
    }
    case element_type::INT64:
        return QJsonValue(qint64(value.get_int64().value_unsafe()));
    case element_type::UINT64:
        return QJsonValue(double(value.get_uint64().value_unsafe()));
    case element_type::DOUBLE:
        return QJsonValue(value.get_double().value_unsafe());
    case element_type::STRING:
        return QJsonValue(utf8(value.get_string().value_unsafe()));
    case element_type::BOOL:
        return QJsonValue(value.get_bool().value_unsafe());
    case element_type::NULL_VALUE:
        return QJsonValue(QJsonValue::Null);
    }
    return {};
}

// An integral JSON number as WireCodec reads it (a double with no fraction is accepted).
std::optional<qint64> integerOf(const element &value)
{
    switch (value.type()) {
    case element_type::INT64:
        return value.get_int64().value_unsafe();
    case element_type::UINT64: {
        const uint64_t v = value.get_uint64().value_unsafe();
        return v <= uint64_t(std::numeric_limits<qint64>::max()) ? std::optional<qint64>(qint64(v))
                                                                 : std::nullopt;
    }
    case element_type::DOUBLE: {
        const double v = value.get_double().value_unsafe();
        return v == double(qint64(v)) ? std::optional<qint64>(qint64(v)) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

} // namespace

struct FeedPage::Parsed
{
    simdjson::dom::parser parser;
    std::vector<std::optional<element>> data; // per entry; none for a tombstone without data
    std::vector<Cell> cells;
    std::deque<std::string> owned; // texts made here (JSON columns), stable addresses
    std::array<WireCodec::FieldCheck, s_entityCount> checks;

    // One record's data into cells, checked field by field. why names the field.
    bool readData(EntityType entity, const simdjson::dom::object &data, const QString &id, QString *why);
};

bool FeedPage::Parsed::readData(
    EntityType entity, const simdjson::dom::object &data, const QString &id, QString *why)
{
    const TableSpec &spec = TableSpec::of(entity);
    const auto &keySlots = slotsOf(entity);
    WireCodec::FieldCheck &check = checks.at(size_t(entity));
    if (!check)
        check = WireCodec::fieldCheck(entity);
    const size_t first = cells.size();
    const qsizetype columnCount = spec.columns().size();
    cells.resize(first + size_t(columnCount));
    std::bitset<s_maxColumns> seen;
    for (const auto field : data) {
        const auto found = keySlots.find(field.key);
        if (found == keySlots.end())
            continue; // unknown keys are ignored, as WireCodec::decode ignores them
        const int column = found->second.column;
        const element value = field.value;
        const QJsonValue json = toQJson(value);
        QString reason;
        if (!check(found->second.keyIndex, json, &reason))
            return fail(why, QStringLiteral("data.%1: %2").arg(utf8(field.key), reason));
        seen.set(size_t(column));
        Cell &cell = cells[first + size_t(column)];
        if (value.is_null())
            continue;
        switch (spec.kind(column)) {
        case TableSpec::Kind::Text:
            cell.type = Cell::Type::Text;
            cell.text = value.get_string().value_unsafe();
            break;
        case TableSpec::Kind::Integer:
            cell.type = Cell::Type::Integer;
            cell.integer = integerOf(value).value_or(0);
            break;
        case TableSpec::Kind::Real:
            cell.type = Cell::Type::Real;
            if (value.get_double().get(cell.real))
                cell.real = 0;
            break;
        case TableSpec::Kind::Bool:
            cell.type = Cell::Type::Integer;
            cell.integer = value.get_bool().value_unsafe() ? 1 : 0;
            break;
        case TableSpec::Kind::DateTime: {
            const std::string_view text = value.get_string().value_unsafe();
            const auto msecs
                = JsonReader::parseDateTimeMsecs(QLatin1StringView(text.data(), qsizetype(text.size())));
            if (msecs) {
                cell.type = Cell::Type::Integer;
                cell.integer = *msecs;
            }
            break;
        }
        case TableSpec::Kind::Json: {
            // The same compact text TableSpec::toSql writes, so rows compare equal.
            owned.push_back((json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject()))
                                .toJson(QJsonDocument::Compact)
                                .toStdString());
            cell.type = Cell::Type::Text;
            cell.text = owned.back();
            break;
        }
        }
    }
    for (qsizetype c = 0; c < columnCount; ++c)
        if (!seen.test(size_t(c)))
            return fail(why,
                QStringLiteral("data.%1: %2").arg(spec.columns().at(c), tr("required field is missing")));
    const Cell &idCell = cells[first + size_t(spec.columnIndex(QStringLiteral("id")))];
    if (utf8(idCell.text) != id)
        return fail(why, QStringLiteral("data.id: ") + tr("does not match the change's id"));
    return true;
}

FeedPage::FeedPage() = default;
FeedPage::~FeedPage() = default;
FeedPage::FeedPage(FeedPage &&) noexcept = default;
FeedPage &FeedPage::operator=(FeedPage &&) noexcept = default;

const FeedPage::Cell *FeedPage::cells(qsizetype entry) const
{
    const qsizetype first = m_entries.at(entry).firstCell;
    return first < 0 ? nullptr : m_parsed->cells.data() + first;
}

Change FeedPage::change(qsizetype entry) const
{
    const Entry &e = m_entries.at(entry);
    Change c {e.seq, e.entity, e.id, e.rev, e.deleted, {}};
    if (const std::optional<element> &data = m_parsed->data.at(size_t(entry)))
        c.data = toQJson(*data).toObject();
    return c;
}

bool FeedPage::assign(const QList<Change> &changes, QString *error)
{
    QJsonArray array;
    for (const Change &c : changes)
        array.append(WireCodec::encode(c));
    return parse(
        QJsonDocument(QJsonObject {{QStringLiteral("changes"), array}}).toJson(QJsonDocument::Compact),
        error);
}

bool FeedPage::parse(const QByteArray &body, QString *error)
{
    m_entries.clear();
    m_next.clear();
    m_more = false;
    m_remaining.reset();
    // The parser's buffers are kept from the page before: a pull parses thousands of
    // pages of about the same size, and fresh buffers are fresh pages for the kernel to
    // fault in and zero.
    std::unique_ptr<Parsed> parsed = m_parsed ? std::move(m_parsed) : std::make_unique<Parsed>();
    parsed->data.clear();
    parsed->cells.clear();
    parsed->owned.clear();
    element root;
    if (const auto err = parsed->parser.parse(body.constData(), size_t(body.size())).get(root))
        return fail(error, tr("invalid JSON: %1").arg(QString::fromLatin1(simdjson::error_message(err))));
    simdjson::dom::object answer;
    simdjson::dom::array changes;
    if (root.get_object().get(answer) || answer["changes"].get_array().get(changes))
        return fail(error, tr("expected an object with an array \"changes\""));

    QList<Entry> entries;
    entries.reserve(qsizetype(changes.size()));
    parsed->data.reserve(changes.size());
    for (const element item : changes) {
        const qsizetype index = entries.size();
        const auto bad = [&](const QString &why) {
            return fail(error, tr("change %1: %2").arg(index + 1).arg(why));
        };
        simdjson::dom::object c;
        if (item.get_object().get(c))
            return bad(tr("expected an object"));
        Entry e;
        std::string_view entityKey;
        std::string_view id;
        element dataElement;
        simdjson::dom::object data;
        int64_t seq = 0;
        int64_t rev = 0;
        if (c["seq"].get_int64().get(seq) || seq < 0)
            return bad(tr("seq must be a number of at least 0"));
        if (c["entity"].get_string().get(entityKey) || !entityFromKey(entityKey))
            return bad(tr("unknown entity \"%1\"").arg(utf8(entityKey)));
        if (c["id"].get_string().get(id) || id.empty())
            return bad(tr("id must be a non-empty string"));
        if (c["rev"].get_int64().get(rev))
            return bad(tr("rev must be a number"));
        if (c["deleted"].get_bool().get(e.deleted))
            return bad(tr("deleted must be true or false"));
        if (c["data"].get(dataElement) || dataElement.get_object().get(data))
            return bad(tr("data must be an object"));
        e.seq = seq;
        e.rev = rev;
        e.entity = *entityFromKey(entityKey);
        e.id = utf8(id);
        if (data.size() == 0) {
            if (!e.deleted)
                return bad(tr("data is empty, but the change is not a deletion"));
            parsed->data.emplace_back();
        } else {
            e.firstCell = qsizetype(parsed->cells.size());
            QString why;
            if (!parsed->readData(e.entity, data, e.id, &why))
                return fail(error, tr("change %1 (%2 %3): %4").arg(e.seq).arg(utf8(entityKey), e.id, why));
            parsed->data.push_back(dataElement);
        }
        entries.append(std::move(e));
    }

    simdjson::dom::element next;
    if (!answer["next"].get(next)) {
        if (next.is_string())
            m_next = utf8(next.get_string().value_unsafe());
        else if (const auto n = integerOf(next))
            m_next = QString::number(*n);
    }
    if (answer["more"].get_bool().get(m_more))
        m_more = false;
    simdjson::dom::element remaining;
    if (!answer["remaining"].get(remaining))
        if (const auto n = integerOf(remaining))
            m_remaining = *n;
    m_entries = std::move(entries);
    m_parsed = std::move(parsed);
    return true;
}
