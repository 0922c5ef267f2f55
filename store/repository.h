#pragma once

#include "core/wirecodec.h"
#include "store/repositorybase.h"

#include <QDateTime>
#include <QList>

#include <optional>

template<typename T> constexpr EntityType entityTypeOf();
// clang-format off
template<> constexpr EntityType entityTypeOf<Customer>() { return EntityType::Customer; }
template<> constexpr EntityType entityTypeOf<Account>() { return EntityType::Account; }
template<> constexpr EntityType entityTypeOf<Holding>() { return EntityType::Holding; }
template<> constexpr EntityType entityTypeOf<Trade>() { return EntityType::Trade; }
template<> constexpr EntityType entityTypeOf<RiskAlert>() { return EntityType::RiskAlert; }
template<> constexpr EntityType entityTypeOf<Interaction>() { return EntityType::Interaction; }
template<> constexpr EntityType entityTypeOf<Ticket>() { return EntityType::Ticket; }
template<> constexpr EntityType entityTypeOf<TicketEvent>() { return EntityType::TicketEvent; }
template<> constexpr EntityType entityTypeOf<Attachment>() { return EntityType::Attachment; }
template<> constexpr EntityType entityTypeOf<Article>() { return EntityType::Article; }
template<> constexpr EntityType entityTypeOf<ArticleCategory>() { return EntityType::ArticleCategory; }
template<> constexpr EntityType entityTypeOf<ArticleRevision>() { return EntityType::ArticleRevision; }
template<> constexpr EntityType entityTypeOf<CaseStudy>() { return EntityType::CaseStudy; }
template<> constexpr EntityType entityTypeOf<CaseComment>() { return EntityType::CaseComment; }
template<> constexpr EntityType entityTypeOf<CannedReply>() { return EntityType::CannedReply; }
template<> constexpr EntityType entityTypeOf<User>() { return EntityType::User; }
template<> constexpr EntityType entityTypeOf<Team>() { return EntityType::Team; }
template<> constexpr EntityType entityTypeOf<AuditEntry>() { return EntityType::AuditEntry; }
// clang-format on

// Typed access to one entity table. Rows go through WireCodec, so a damaged row is an
// error (reported, skipped) rather than a silently defaulted value.
template<typename T> class Repository : public RepositoryBase
{
public:
    explicit Repository(Database &db) : RepositoryBase(db, entityTypeOf<T>()) { }

    std::optional<T> get(const QString &id, QString *error = nullptr) const
    {
        const std::optional<QJsonObject> json = getJson(id, error);
        if (!json)
            return std::nullopt;
        T value;
        if (!WireCodec::decode(*json, value, error))
            return std::nullopt;
        return value;
    }

    // A new record: an empty id is filled with Entity::newId(), updatedAt set to now,
    // rev 0. The row and its Create mutation commit together.
    bool create(T &value, QString *error = nullptr)
    {
        if (value.id.isEmpty())
            value.id = Entity::newId();
        value.rev = 0;
        value.deleted = false;
        value.updatedAt = QDateTime::currentDateTimeUtc();
        return createJson(WireCodec::encode(value), error);
    }

    // Writes the changed fields with an Update mutation against the stored revision.
    bool update(const T &value, QString *error = nullptr)
    {
        return updateJson(WireCodec::encode(value), error);
    }

    bool remove(const QString &id, QString *error = nullptr) { return removeLocal(id, error); }

    // All rows not deleted, in id order (small tables: teams, users, categories, …).
    QList<T> all(QString *error = nullptr) const
    {
        return select(QStringLiteral("WHERE deleted = 0 ORDER BY id"), {}, error);
    }

protected:
    QList<T> select(const QString &tail, const QVariantList &binds, QString *error) const
    {
        QString why;
        const QList<QJsonObject> rows = selectJson(tail, binds, &why);
        QList<T> out;
        out.reserve(rows.size());
        for (const QJsonObject &row : rows) {
            T value;
            if (WireCodec::decode(row, value, &why))
                out.append(std::move(value));
        }
        if (!why.isEmpty() && error)
            *error = why;
        return out;
    }
};
