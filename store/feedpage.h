#pragma once

#include "core/change.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <string_view>

// One answer of GET /api/v1/changes ({changes, next, more, remaining}), parsed with
// simdjson straight into the cache's column values (TableSpec order and SQL forms).
// A first pull writes millions of records: a QJsonDocument, a QJsonObject per record and
// the key lookups in it cost more than SQLite's writing them. Every record is still
// checked as strictly as WireCodec::decode(Change) checks it, so a page is refused whole,
// before anything is written, when one record is wrong.
class FeedPage
{
    Q_DECLARE_TR_FUNCTIONS(FeedPage)

public:
    // A column value; text is UTF-8 and lives as long as the page.
    struct Cell
    {
        enum class Type : quint8 { Null, Integer, Real, Text };
        Type type = Type::Null;
        qint64 integer = 0;
        double real = 0;
        std::string_view text;
    };
    struct Entry
    {
        qint64 seq = 0;
        EntityType entity = EntityType::Ticket;
        QString id;
        qint64 rev = 0;
        bool deleted = false;
        qsizetype firstCell = -1; // -1: no data (a tombstone)
    };

    FeedPage();
    ~FeedPage();
    FeedPage(FeedPage &&) noexcept;
    FeedPage &operator=(FeedPage &&) noexcept;

    // The body of a 200 answer, replacing what the page held (parse the next page into
    // the same object: it reuses its buffers). On failure the page is empty and error
    // says which change and field were wrong.
    bool parse(const QByteArray &body, QString *error = nullptr);
    // A page made of changes built in memory (tests, single changes): the same checks.
    bool assign(const QList<Change> &changes, QString *error = nullptr);

    const QList<Entry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    // TableSpec::of(entry.entity).columns().size() cells; nullptr for a tombstone.
    const Cell *cells(qsizetype entry) const;
    // The whole change with its data as a QJsonObject, for the rare paths (a record with
    // local edits pending, a deletion).
    Change change(qsizetype entry) const;

    QString next() const { return m_next; } // the cursor after this page; may be empty
    bool more() const { return m_more; }
    std::optional<qint64> remaining() const { return m_remaining; }

private:
    struct Parsed;
    std::unique_ptr<Parsed> m_parsed;
    QList<Entry> m_entries;
    QString m_next;
    bool m_more = false;
    std::optional<qint64> m_remaining;
};
