#include "server/contentimporter.h"

#include "core/validator.h"
#include "core/wirecodec.h"
#include "server/auditlog.h"
#include "server/entityrules.h"
#include "server/importfields.h"
#include "server/jsonlinesreader.h"
#include "server/userdirectory.h"
#include "server/writetransaction.h"
#include "tools/seedcontent.h"

#include <QFileInfo>
#include <QStringDecoder>

namespace {

QString key(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// China has no daylight saving time: the mainland date is the UTC+8 date.
QDate chinaDate(const QDateTime &utc)
{
    return utc.addSecs(8 * 3600).date();
}

const QStringList &articleKeys()
{
    static const QStringList keys {key("id"), key("title"), key("category"), key("tags"), key("body"),
        key("status"), key("effective_from"), key("expires_on"), key("expires_at"), key("author"),
        key("signed_off_by")};
    return keys;
}

const QStringList &caseKeys()
{
    static const QStringList keys {key("id"), key("title"), key("tags"), key("rules"), key("background"),
        key("issue"), key("handling"), key("outcome"), key("lessons"), key("body"), key("author")};
    return keys;
}

const char *const s_caseSections[] = {"background", "issue", "handling", "outcome", "lessons"};

} // namespace

ContentImporter::ContentImporter(
    const QSqlDatabase &db, DatabaseSettings::Backend backend, Kind kind, Options options)
    : m_db(db), m_backend(backend), m_kind(kind), m_options(std::move(options))
{
}

QUuid ContentImporter::idNamespace()
{
    return QUuid(QStringLiteral("5b1f0e6a-3c4d-4e8f-9a2b-7c6d5e4f3a21"));
}

QString ContentImporter::recordId(Kind kind, const QString &externalId)
{
    const QUuid uuid = QUuid::fromString(externalId);
    if (!uuid.isNull() && externalId.size() == 36)
        return uuid.toString(QUuid::WithoutBraces);
    const QString name
        = (kind == Kind::Articles ? QStringLiteral("kb:") : QStringLiteral("cases:")) + externalId;
    return QUuid::createUuidV5(idNamespace(), name).toString(QUuid::WithoutBraces);
}

void ContentImporter::refuse(const QString &message)
{
    throw Refusal {message};
}

bool ContentImporter::run(const QString &path, const Reporter &report, Summary *summary, QString *error)
{
    *summary = Summary();
    m_now = QDateTime::currentDateTimeUtc();
    m_seen.clear();
    JsonLinesReader reader(path, MaxLineBytes);
    QString why;
    if (!reader.open(&why)) {
        *error = tr("cannot read %1: %2").arg(path, why);
        return false;
    }
    // Users named on the command line must exist: a typo there would refuse every line.
    const auto optionUser = [this, error](const QString &username, const char *option, QString *id) {
        if (username.isEmpty())
            return true;
        const std::optional<User> user = UserDirectory::findUser(m_db, username);
        if (!user) {
            *error = tr("--%1: there is no user “%2”").arg(QString::fromLatin1(option), username);
            return false;
        }
        *id = user->id;
        m_userIds.insert(username, user->id);
        return true;
    };
    if (!optionUser(m_options.defaultAuthor, "author", &m_defaultAuthorId)
        || !optionUser(m_options.signedOffBy, "signed-off-by", &m_signedOffById))
        return false;
    m_categories.load(m_db);

    JsonLinesReader::Line line;
    bool more = reader.next(line);
    while (more) {
        // Lines are committed in batches: one transaction per line would cost a disk
        // flush per line; one for the whole file would hold the feed lock for minutes.
        WriteTransaction transaction(m_db, m_backend);
        RecordStore::lockFeed(m_db);
        for (int n = 0; more && n < LinesPerTransaction; ++n) {
            if (line.tooLong) {
                ++summary->refused;
                report(line.number, tr("the line is longer than %1 bytes").arg(MaxLineBytes));
            } else {
                try {
                    importLine(line.bytes, line.number, summary);
                } catch (const Refusal &refusal) {
                    ++summary->refused;
                    report(line.number, refusal.message);
                }
            }
            more = reader.next(line);
        }
        transaction.commit();
    }
    summary->categoriesCreated = m_categories.createdCount();

    WriteTransaction transaction(m_db, m_backend);
    AuditEntry entry;
    entry.action = QStringLiteral("import");
    entry.entity = enumKey(m_kind == Kind::Articles ? EntityType::Article : EntityType::CaseStudy);
    entry.reason = QStringLiteral("command line");
    entry.detail = {{key("file"), QFileInfo(path).fileName()}, {key("imported"), summary->imported},
        {key("updated"), summary->updated}, {key("unchanged"), summary->unchanged},
        {key("refused"), summary->refused}, {key("categories_created"), summary->categoriesCreated},
        {key("complete"), reader.error().isEmpty()}};
    AuditLog::append(m_db, entry);
    transaction.commit();

    if (!reader.error().isEmpty()) {
        *error = tr("reading %1 failed after line %2: %3").arg(path).arg(line.number).arg(reader.error());
        return false;
    }
    return true;
}

void ContentImporter::importLine(const QByteArray &bytes, qint64 number, Summary *summary)
{
    if (bytes.trimmed().isEmpty())
        return; // blank lines separate nothing and mean nothing
    // QJsonDocument would replace invalid UTF-8 silently: check first, refuse instead.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    if (decoder.hasError() || decoded.isNull())
        refuse(tr("the line is not valid UTF-8"));
    QJsonObject object;
    QString why;
    if (!WireCodec::parseObject(bytes, object, &why))
        refuse(why);
    const Outcome outcome
        = m_kind == Kind::Articles ? importArticle(object, number) : importCase(object, number);
    switch (outcome) {
    case Outcome::Imported:
        ++summary->imported;
        break;
    case Outcome::Updated:
        ++summary->updated;
        break;
    case Outcome::Unchanged:
        ++summary->unchanged;
        break;
    }
}

QString ContentImporter::externalId(const QJsonObject &line, qint64 number)
{
    ImportFields fields(line);
    QString id;
    if (!fields.requiredText("id", id, MaxIdLength))
        refuse(fields.error());
    const qint64 first = m_seen.value(id);
    if (first != 0)
        refuse(tr("the id “%1” is already on line %2 of this file").arg(id).arg(first));
    m_seen.insert(id, number);
    return id;
}

QString ContentImporter::userId(const QString &username, const char *field)
{
    const auto cached = m_userIds.constFind(username);
    if (cached != m_userIds.constEnd())
        return *cached;
    const std::optional<User> user = UserDirectory::findUser(m_db, username);
    if (!user)
        refuse(tr("“%1”: there is no user “%2”").arg(QString::fromLatin1(field), username));
    m_userIds.insert(username, user->id);
    return user->id;
}

QJsonObject ContentImporter::validated(EntityType entity, const QJsonObject &record)
{
    QString error;
    ValidationErrors errors;
    QJsonObject canonical;
    if (!EntityRules::validate(entity, record, &error, &errors, &canonical))
        refuse(error);
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const ValidationError &e : std::as_const(errors))
            messages.append(tr("“%1”: %2").arg(e.field, e.message));
        refuse(messages.join(QLatin1String("; ")));
    }
    return canonical;
}

ContentImporter::Outcome ContentImporter::importArticle(const QJsonObject &line, qint64 number)
{
    const QString external = externalId(line, number);
    ImportFields fields(line);
    QString title, categoryPath, body, statusKey, author, signer;
    QStringList tags;
    QDate effectiveFrom, expiresOn;
    fields.onlyKnownKeys(articleKeys());
    fields.requiredText("title", title, Validator::MaxTitleLength);
    fields.requiredText("category", categoryPath, CategoryTree::MaxDepth * (CategoryTree::MaxNameLength + 1));
    fields.optionalTextList("tags", tags, MaxTags, MaxTagLength);
    fields.requiredText("body", body, MaxTextLength);
    fields.optionalText("status", statusKey, MaxIdLength);
    fields.optionalDate("effective_from", effectiveFrom);
    if (fields.has("expires_on") && fields.has("expires_at"))
        refuse(tr("give “expires_on” or its synonym “expires_at”, not both"));
    fields.optionalDate(fields.has("expires_at") ? "expires_at" : "expires_on", expiresOn);
    fields.optionalText("author", author, MaxUsernameLength);
    fields.optionalText("signed_off_by", signer, MaxUsernameLength);
    if (!fields.ok())
        refuse(fields.error());

    ArticleStatus status = ArticleStatus::Published;
    if (!statusKey.isEmpty()) {
        const std::optional<ArticleStatus> parsed = enumFromKey<ArticleStatus>(statusKey);
        if (!parsed)
            refuse(tr("“status”: unknown value “%1” (expected draft, in_review, published or archived)")
                       .arg(statusKey));
        status = *parsed;
    }
    QStringList categoryNames;
    QString why;
    if (!CategoryTree::parsePath(categoryPath, &categoryNames, &why))
        refuse(tr("“category”: %1").arg(why));
    const QString authorId = author.isEmpty() ? m_defaultAuthorId : userId(author, "author");
    if (authorId.isEmpty())
        refuse(tr("“author”: required field missing (or give --author USERNAME)"));
    // --signed-off-by approves what is published; a draft's sign-off must be named on its line.
    const QString signerId = !signer.isEmpty() ? userId(signer, "signed_off_by")
        : status == ArticleStatus::Published   ? m_signedOffById
                                               : QString();

    const QString id = recordId(Kind::Articles, external);
    const std::optional<StoredRecord> existing = RecordStore::load(m_db, EntityType::Article, id);
    Article old;
    // A deleted article keeps its last data: revived, it goes on from its last revision.
    const bool decoded = existing && WireCodec::decode(existing->data, old);
    const bool hadArticle = decoded && !existing->deleted;
    Article a = hadArticle ? old : Article();
    a.id = id;
    a.title = title;
    a.body = body;
    a.tags = tags;
    a.status = status;
    a.authorId = authorId;
    const bool textChanged = !hadArticle || old.title != title || old.body != body;
    a.revision = !decoded ? 1 : textChanged ? old.revision + 1 : old.revision;
    // A sign-off covers the text it was given for: kept while the text is the same.
    if (!signerId.isEmpty()) {
        a.signedOffBy = signerId;
        if (textChanged || old.signedOffBy != signerId || !old.signedOffAt.isValid())
            a.signedOffAt = m_now;
    } else if (textChanged) {
        a.signedOffBy.clear();
        a.signedOffAt = QDateTime();
    }
    if (effectiveFrom.isValid())
        a.effectiveFrom = effectiveFrom;
    else if (!a.effectiveFrom.isValid() && status == ArticleStatus::Published)
        a.effectiveFrom = chinaDate(m_now);
    a.expiresOn = expiresOn;
    QList<ArticleCategory> missing;
    a.categoryId = m_categories.resolve(categoryNames, &missing);
    a.updatedAt = m_now;
    const QJsonObject canonical = validated(EntityType::Article, WireCodec::encode(a));

    ArticleRevision revision;
    if (textChanged) {
        revision.id = Entity::newId();
        revision.articleId = id;
        revision.revision = a.revision;
        revision.title = a.title;
        revision.body = a.body;
        revision.authorId = a.authorId;
        revision.createdAt = m_now;
        revision.updatedAt = m_now;
    }
    const QJsonObject revisionData
        = textChanged ? validated(EntityType::ArticleRevision, WireCodec::encode(revision)) : QJsonObject();

    // Parents before children in the feed: categories, the article, its revision.
    m_categories.create(m_db, missing, m_now);
    const Outcome outcome = write(EntityType::Article, canonical, existing);
    if (textChanged)
        write(EntityType::ArticleRevision, revisionData, std::nullopt);
    return outcome;
}

ContentImporter::Outcome ContentImporter::importCase(const QJsonObject &line, qint64 number)
{
    const QString external = externalId(line, number);
    ImportFields fields(line);
    CaseStudy c;
    QString body, author;
    fields.onlyKnownKeys(caseKeys());
    fields.requiredText("title", c.title, Validator::MaxTitleLength);
    fields.optionalTextList("tags", c.tags, MaxTags, MaxTagLength);
    fields.optionalTextList("rules", c.rulesCited, MaxRules, MaxRuleLength);
    fields.optionalText("author", author, MaxUsernameLength);
    if (fields.has("body")) {
        for (const char *section : s_caseSections) {
            if (fields.has(section))
                refuse(tr("give the case as “body” or as separate sections, not both (“%1” is set)")
                           .arg(QString::fromLatin1(section)));
        }
        fields.requiredText("body", body, MaxTextLength);
    } else {
        fields.optionalText("background", c.background, MaxTextLength);
        fields.requiredText("issue", c.issue, MaxTextLength);
        fields.requiredText("handling", c.handling, MaxTextLength);
        fields.optionalText("outcome", c.outcome, MaxTextLength);
        fields.optionalText("lessons", c.lessons, MaxTextLength);
    }
    if (!fields.ok())
        refuse(fields.error());
    if (!body.isEmpty()) {
        // The same "## 背景" … "## 经验启示" sections as the shipped cases of tools/data.
        QString why;
        const std::optional<SeedCase> parsed
            = SeedContent::parseCase(QStringLiteral("title: x\n---\n") + body, &why);
        if (!parsed)
            refuse(tr("“body”: %1 (sections: ## 背景, ## 争议焦点, ## 处理过程, ## 处理结果, ## 经验启示)")
                       .arg(why));
        c.background = parsed->background;
        c.issue = parsed->issue;
        c.handling = parsed->handling;
        c.outcome = parsed->outcome;
        c.lessons = parsed->lessons;
    }
    c.authorId = author.isEmpty() ? m_defaultAuthorId : userId(author, "author");
    if (c.authorId.isEmpty())
        refuse(tr("“author”: required field missing (or give --author USERNAME)"));

    c.id = recordId(Kind::Cases, external);
    const std::optional<StoredRecord> existing = RecordStore::load(m_db, EntityType::CaseStudy, c.id);
    CaseStudy old;
    if (existing && !existing->deleted && WireCodec::decode(existing->data, old)) {
        c.createdAt = old.createdAt;
        c.sourceTicketId = old.sourceTicketId;
    }
    if (!c.createdAt.isValid())
        c.createdAt = m_now;
    c.updatedAt = m_now;
    return write(EntityType::CaseStudy, validated(EntityType::CaseStudy, WireCodec::encode(c)), existing);
}

ContentImporter::Outcome ContentImporter::write(
    EntityType entity, const QJsonObject &canonical, const std::optional<StoredRecord> &existing)
{
    const QJsonObject fields = WireCodec::dataFields(canonical);
    const bool live = existing && !existing->deleted;
    QStringList changed;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!live || existing->data.value(it.key()) != it.value())
            changed.append(it.key());
    }
    if (live && changed.isEmpty())
        return Outcome::Unchanged;

    StoredRecord record = existing.value_or(StoredRecord());
    record.entity = entity;
    record.id = canonical.value(QLatin1String("id")).toString();
    record.rev = existing ? existing->rev + 1 : 1;
    record.deleted = false;
    record.updatedAtMs = m_now.toMSecsSinceEpoch();
    record.data = canonical;
    record.data.insert(key("rev"), record.rev);
    record.data.insert(key("updated_at"), WireCodec::dateTimeToWire(m_now));
    record.data.insert(key("deleted"), false);
    record.customerId = EntityRules::customerId(entity, record.data);
    record.parentId = EntityRules::parentId(entity, record.data);
    for (const QString &field : std::as_const(changed))
        record.fieldRevs.insert(field, record.rev);
    RecordStore::write(m_db, record, existing.has_value());
    return existing ? Outcome::Updated : Outcome::Imported;
}
