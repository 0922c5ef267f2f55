#pragma once

#include "core/article.h"
#include "core/casestudy.h"
#include "server/categorytree.h"
#include "server/databasesettings.h"
#include "server/recordstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QUuid>

#include <functional>
#include <optional>

// `agentdesk-server import kb|cases FILE.jsonl` (docs/import-format.md): one JSON
// object per line, each an article or a case with a stable external id. Every line is
// decoded strictly and checked with the same core/ rules as a mutation (WireCodec +
// Validator through EntityRules) before anything is written; a bad line is reported
// with its number and skipped, the good ones are written through RecordStore so they
// reach clients in the change feed. The file is streamed; lines are committed in
// batches. Importing the same id again updates the record (new rev, and for an article
// whose text changed a new revision and ArticleRevision); an unchanged line changes
// nothing, so re-running an import is harmless.
class ContentImporter
{
    Q_DECLARE_TR_FUNCTIONS(ContentImporter)

public:
    enum class Kind { Articles, Cases };

    static constexpr qint64 MaxLineBytes = 4 * 1024 * 1024;
    static constexpr int MaxIdLength = 200;
    static constexpr int MaxTextLength = 1000000;
    static constexpr int MaxTags = 20;
    static constexpr int MaxTagLength = 50;
    static constexpr int MaxRules = 50;
    static constexpr int MaxRuleLength = 200;
    static constexpr int MaxUsernameLength = 100;
    static constexpr int LinesPerTransaction = 500;

    struct Options
    {
        QString defaultAuthor; // username used when a line names no author
        QString signedOffBy; // username of the compliance sign-off when a line names none
    };

    struct Summary
    {
        qint64 imported = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
        qint64 refused = 0;
        int categoriesCreated = 0;
    };

    // Called for each refused line with its 1-based number and a translated message.
    using Reporter = std::function<void(qint64 line, const QString &message)>;

    ContentImporter(const QSqlDatabase &db, DatabaseSettings::Backend backend, Kind kind, Options options);

    // Imports the file. Returns false with *error when the import cannot run or stops
    // (file unreadable, an unknown user in the options); batches committed before a
    // failure stay. Database failures throw DbError. Writes the `import` audit entry.
    bool run(const QString &path, const Reporter &report, Summary *summary, QString *error);

    // The record id of an external id: the id itself when it is a UUID, otherwise a
    // name-based UUID (version 5) of "kb:ID" or "cases:ID" in idNamespace().
    static QString recordId(Kind kind, const QString &externalId);
    static QUuid idNamespace();

private:
    enum class Outcome { Imported, Updated, Unchanged };

    struct Refusal
    {
        QString message;
    };

    void importLine(const QByteArray &bytes, qint64 number, Summary *summary);
    Outcome importArticle(const QJsonObject &line, qint64 number);
    Outcome importCase(const QJsonObject &line, qint64 number);
    // Reads and checks the id, refusing one already seen in this file.
    QString externalId(const QJsonObject &line, qint64 number);
    QString userId(const QString &username, const char *field);
    // Strict decode + Validator; the canonical record, or a Refusal.
    static QJsonObject validated(EntityType entity, const QJsonObject &record);
    // Writes the record as new, revived or changed; Unchanged when its data is the same.
    Outcome write(
        EntityType entity, const QJsonObject &canonical, const std::optional<StoredRecord> &existing);
    [[noreturn]] static void refuse(const QString &message);

    QSqlDatabase m_db;
    DatabaseSettings::Backend m_backend;
    Kind m_kind;
    Options m_options;
    QString m_defaultAuthorId;
    QString m_signedOffById;
    QDateTime m_now;
    CategoryTree m_categories;
    QHash<QString, qint64> m_seen; // external id → first line
    QHash<QString, QString> m_userIds; // username → id
};
