// `agentdesk-server import kb|cases FILE.jsonl` (ContentImporter) run as a real process on
// a fresh database, the result read back through GET /api/v1/changes as a trainer: good
// files, bad lines reported by number while the good ones are kept, idempotent
// re-import, CRLF and a byte-order mark, over-long lines, failures and the audit entry.
#include "synctestclient.h"

#include "server/contentimporter.h"

#include <QFile>

class TestContentImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    std::unique_ptr<SyncTestClient> m_trainer;
    std::unique_ptr<SyncTestClient> m_admin;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QString m_trainerId;
    QString m_complianceId;

    static QString s(const char *utf8) { return QString::fromUtf8(utf8); }

    static QString dataFile(const char *name)
    {
        return QFINDTESTDATA(QStringLiteral("data/") + QString::fromLatin1(name));
    }

    int import(const QString &kind, const QString &file, const QStringList &extra, QByteArray *out,
        QByteArray *err) const
    {
        return m_fixture->cli(QStringList {QStringLiteral("import"), kind, file} + extra, {}, out, err);
    }
    int importKb(const QString &file, QByteArray *out = nullptr, QByteArray *err = nullptr) const
    {
        return import(QStringLiteral("kb"), file,
            {QStringLiteral("--author"), QStringLiteral("trainer"), QStringLiteral("--signed-off-by"),
                QStringLiteral("compliance")},
            out, err);
    }

    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // The last change of each record, by id.
    static QHash<QString, QJsonObject> latest(const QList<QJsonObject> &changes)
    {
        QHash<QString, QJsonObject> out;
        for (const QJsonObject &change : changes)
            out.insert(change.value(QStringLiteral("id")).toString(), change);
        return out;
    }
    static QJsonObject data(const QJsonObject &change)
    {
        return change.value(QStringLiteral("data")).toObject();
    }
    static QString text(const QJsonObject &object, const char *key)
    {
        return object.value(QLatin1String(key)).toString();
    }
    static QString kb(const char *external)
    {
        return ContentImporter::recordId(ContentImporter::Kind::Articles, QString::fromLatin1(external));
    }
    static QString cases(const char *external)
    {
        return ContentImporter::recordId(ContentImporter::Kind::Cases, QString::fromLatin1(external));
    }

    // The line numbers of "FILE:LINE: " reports on stderr for this file.
    static QList<int> reportedLines(const QByteArray &err, const QString &file)
    {
        QList<int> lines;
        const QByteArray prefix = file.toUtf8() + ':';
        for (const QByteArray &line : err.split('\n')) {
            if (!line.startsWith(prefix))
                continue;
            const QByteArray rest = line.mid(prefix.size());
            lines.append(rest.left(rest.indexOf(':')).toInt());
        }
        return lines;
    }
    static QByteArray report(const QByteArray &err, const QString &file, int number)
    {
        const QByteArray prefix = file.toUtf8() + ':' + QByteArray::number(number) + ": ";
        for (const QByteArray &line : err.split('\n'))
            if (line.startsWith(prefix))
                return line.mid(prefix.size());
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        AGENTDESK_REQUIRE_BACKEND();
        QVERIFY(m_dir.isValid());
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(m_fixture->addUser(QStringLiteral("admin"), QStringLiteral("admin")));
        QVERIFY(m_fixture->addUser(QStringLiteral("trainer"), QStringLiteral("trainer")));
        QVERIFY(m_fixture->addUser(QStringLiteral("compliance"), QStringLiteral("lead")));
        m_port = m_fixture->startServer();
        QVERIFY(m_port != 0);
        m_trainer = std::make_unique<SyncTestClient>(m_fixture.get(), m_port, QStringLiteral("trainer"));
        m_admin = std::make_unique<SyncTestClient>(m_fixture.get(), m_port, QStringLiteral("admin"));
        QVERIFY(m_trainer->isValid() && m_admin->isValid());
        m_trainerId = m_trainer->userId();
        SyncTestClient compliance(m_fixture.get(), m_port, QStringLiteral("compliance"));
        m_complianceId = compliance.userId();
        QVERIFY(!m_trainerId.isEmpty() && !m_complianceId.isEmpty());
    }

    void cleanupTestCase()
    {
        m_trainer.reset();
        m_admin.reset();
        m_fixture.reset();
    }

    void recordIds()
    {
        // Stable: the same external id always names the same record; a UUID is kept.
        QCOMPARE(kb("kb-1"), kb("kb-1"));
        QVERIFY(kb("kb-1") != cases("kb-1"));
        QVERIFY(!QUuid::fromString(kb("kb-1")).isNull());
        const QString uuid = QStringLiteral("0b7e2c1a-1111-4222-8333-444455556666");
        QCOMPARE(ContentImporter::recordId(ContentImporter::Kind::Articles, uuid), uuid);
    }

    void importArticles()
    {
        const QString file = dataFile("kb-good.jsonl");
        QVERIFY(!file.isEmpty());
        QByteArray out, err;
        QCOMPARE(importKb(file, &out, &err), 0);
        QVERIFY2(out.contains("imported 3, updated 0, unchanged 0, refused 0 (categories created: 5)"),
            out.constData());
        QVERIFY2(reportedLines(err, file).isEmpty(), err.constData());

        const QList<QJsonObject> changes = m_trainer->pullAll();
        const QHash<QString, QJsonObject> records = latest(changes);
        QVERIFY(records.contains(kb("kb-margin-ratio")));
        const QJsonObject margin = data(records.value(kb("kb-margin-ratio")));
        QCOMPARE(text(margin, "title"), s("维持担保比例的计算与预警线"));
        QCOMPARE(margin.value(QStringLiteral("tags")).toArray().size(), 3);
        QCOMPARE(text(margin, "status"), QStringLiteral("published"));
        QCOMPARE(text(margin, "author_id"), m_trainerId);
        QCOMPARE(text(margin, "signed_off_by"), m_complianceId);
        QCOMPARE(text(margin, "effective_from"), QStringLiteral("2026-01-01"));
        QVERIFY(text(margin, "body").contains(s("**140%**")));
        QCOMPARE(margin.value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(records.value(kb("kb-margin-ratio")).value(QStringLiteral("rev")).toInt(), 1);

        // "融资融券/维持担保比例": two categories, child under parent.
        const QJsonObject leaf = data(records.value(text(margin, "category_id")));
        QCOMPARE(text(leaf, "name"), s("维持担保比例"));
        const QJsonObject root = data(records.value(text(leaf, "parent_id")));
        QCOMPARE(text(root, "name"), s("融资融券"));
        QVERIFY(root.value(QStringLiteral("parent_id")).isNull());

        // No effective date given: published from the import date on the mainland.
        const QJsonObject transfer = data(records.value(kb("kb-transfer-hours")));
        QCOMPARE(text(transfer, "effective_from"),
            QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date().toString(Qt::ISODate));
        QCOMPARE(text(transfer, "author_id"), m_trainerId);

        // A draft reaches the trainer, without the default sign-off.
        const QJsonObject draft = data(records.value(kb("kb-options-exercise")));
        QCOMPARE(text(draft, "status"), QStringLiteral("draft"));
        QCOMPARE(text(draft, "expires_on"), QStringLiteral("2027-06-30"));
        QVERIFY(draft.value(QStringLiteral("signed_off_by")).isNull());

        // One revision per article, in the feed after the article.
        int revisions = 0;
        for (const QJsonObject &change : changes) {
            if (change.value(QStringLiteral("entity")).toString() != QLatin1String("article_revision"))
                continue;
            const QJsonObject revision = data(change);
            QVERIFY(records.contains(text(revision, "article_id")));
            QVERIFY(records.value(text(revision, "article_id")).value(QStringLiteral("seq")).toInteger()
                < change.value(QStringLiteral("seq")).toInteger());
            QCOMPARE(revision.value(QStringLiteral("revision")).toInt(), 1);
            ++revisions;
        }
        QCOMPARE(revisions, 3);
    }

    void importCases()
    {
        const QString file = dataFile("cases-good.jsonl");
        QByteArray out, err;
        QCOMPARE(import(QStringLiteral("cases"), file,
                     {QStringLiteral("--author"), QStringLiteral("trainer")}, &out, &err),
            0);
        QVERIFY2(out.contains("imported 2, updated 0, unchanged 0, refused 0"), out.constData());

        const QHash<QString, QJsonObject> records = latest(m_trainer->pullAll());
        const QJsonObject fields = data(records.value(cases("case-2026-001")));
        QCOMPARE(text(fields, "title"), s("客户质疑强制平仓时点引发投诉"));
        QVERIFY(text(fields, "handling").startsWith(s("调取短信")));
        QCOMPARE(fields.value(QStringLiteral("rules_cited")).toArray().size(), 2);
        QCOMPARE(text(fields, "author_id"), m_trainerId);

        // The Markdown body is split into the five sections.
        const QJsonObject body = data(records.value(cases("case-2026-002")));
        QCOMPARE(
            text(body, "background"), s("客户风险承受能力评估为 C2（谨慎型），申请购买 R4 级私募产品。"));
        QCOMPARE(text(body, "issue"), s("客户坚持自愿承担风险，要求立即办理。"));
        QVERIFY(text(body, "handling").contains(s("特别风险警示书")));
        QVERIFY(text(body, "outcome").startsWith(s("客户签署")));
        QVERIFY(text(body, "lessons").startsWith(s("严禁承诺收益")));
        QVERIFY(!text(body, "lessons").contains(QStringLiteral("##")));
    }

    void badLinesReportedGoodKept()
    {
        const QString file = dataFile("kb-bad.jsonl");
        QByteArray out, err;
        QCOMPARE(importKb(file, &out, &err), ImportCommandExitRefused);
        QVERIFY2(out.contains("imported 3, updated 0, unchanged 0, refused 12"), out.constData());
        const QList<int> expected {2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15};
        QCOMPARE(reportedLines(err, file), expected);
        QVERIFY(report(err, file, 2).contains("invalid JSON"));
        QVERIFY(report(err, file, 3).contains("body"));
        QVERIFY(report(err, file, 4).contains("tags"));
        QVERIFY(report(err, file, 5).contains("category"));
        QVERIFY(report(err, file, 6).contains("title"));
        QVERIFY(report(err, file, 6).contains("too long"));
        QVERIFY(report(err, file, 7).contains("UTF-8"));
        QVERIFY(report(err, file, 8).contains("line 1"));
        QVERIFY(report(err, file, 11).contains("online"));
        QVERIFY(report(err, file, 12).contains("object"));
        QVERIFY(report(err, file, 13).contains("categroy"));
        QVERIFY(report(err, file, 14).contains("nobody"));
        QVERIFY(report(err, file, 15).contains("effective_from"));

        const QHash<QString, QJsonObject> records = latest(m_trainer->pullAll());
        for (const char *good : {"kb-bad-file-1", "kb-bad-file-9", "kb-bad-file-16"})
            QVERIFY2(records.contains(kb(good)), good);
        for (const char *bad : {"kb-bad-file-2", "kb-bad-file-3", "kb-bad-file-5", "kb-bad-file-13"})
            QVERIFY2(!records.contains(kb(bad)), bad);
        // Line 8 repeated line 1's id: the first one stays.
        QCOMPARE(text(data(records.value(kb("kb-bad-file-1"))), "title"), s("有效条目 1"));
    }

    void reimportIsIdempotent()
    {
        QString cursor;
        m_trainer->pullAll({}, 500, &cursor);
        QByteArray out;
        QCOMPARE(importKb(dataFile("kb-good.jsonl"), &out), 0);
        QVERIFY2(out.contains("imported 0, updated 0, unchanged 3, refused 0 (categories created: 0)"),
            out.constData());
        QVERIFY(m_trainer->pullAll(cursor, 500, &cursor).isEmpty());

        // A changed text: new rev, next revision and its ArticleRevision; changed tags: new
        // rev only.
        QFile good(dataFile("kb-good.jsonl"));
        QVERIFY(good.open(QIODevice::ReadOnly));
        QByteArray bytes = good.readAll();
        bytes.replace(s("低于 **140%**").toUtf8(), s("低于 **150%**").toUtf8());
        bytes.replace(s("\"交易时间\"").toUtf8(), s("\"转账时间\"").toUtf8());
        const QString changed = writeFile(QStringLiteral("kb-changed.jsonl"), bytes);
        QCOMPARE(importKb(changed, &out), 0);
        QVERIFY2(out.contains("imported 0, updated 2, unchanged 1, refused 0"), out.constData());

        const QList<QJsonObject> changes = m_trainer->pullAll(cursor, 500, &cursor);
        QCOMPARE(SyncTestClient::ids(changes, QStringLiteral("article")).size(), 2);
        const QStringList revisions = SyncTestClient::ids(changes, QStringLiteral("article_revision"));
        QCOMPARE(revisions.size(), 1);
        const QHash<QString, QJsonObject> records = latest(changes);
        const QJsonObject margin = records.value(kb("kb-margin-ratio"));
        QCOMPARE(margin.value(QStringLiteral("rev")).toInt(), 2);
        QCOMPARE(data(margin).value(QStringLiteral("revision")).toInt(), 2);
        QVERIFY(text(data(margin), "body").contains(s("**150%**")));
        const QJsonObject revision = data(records.value(revisions.first()));
        QCOMPARE(text(revision, "article_id"), kb("kb-margin-ratio"));
        QCOMPARE(revision.value(QStringLiteral("revision")).toInt(), 2);
        const QJsonObject transfer = records.value(kb("kb-transfer-hours"));
        QCOMPARE(transfer.value(QStringLiteral("rev")).toInt(), 2);
        QCOMPARE(data(transfer).value(QStringLiteral("revision")).toInt(), 1);

        // The changed file again: nothing more.
        QCOMPARE(importKb(changed, &out), 0);
        QVERIFY2(out.contains("unchanged 3"), out.constData());
        QVERIFY(m_trainer->pullAll(cursor, 500, &cursor).isEmpty());
    }

    void crlfAndByteOrderMark()
    {
        const QByteArray bytes = "\xEF\xBB\xBF"
            + s("{\"id\": \"kb-crlf-1\", \"title\": \"开户所需材料\", \"category\": \"开户与销户\", "
                "\"body\": \"身份证原件及本人银行卡。\"}\r\n"
                "\r\n"
                "{\"id\": \"kb-crlf-2\", \"title\": \"销户流程\", \"category\": \"开户与销户\", "
                "\"body\": \"先撤销指定交易，再办理资金账户销户。\", \"expires_at\": \"2027-01-01\"}")
                  .toUtf8(); // the last line has no line break
        const QString file = writeFile(QStringLiteral("crlf.jsonl"), bytes);
        QByteArray out, err;
        QCOMPARE(importKb(file, &out, &err), 0);
        QVERIFY2(
            out.contains("imported 2, updated 0, unchanged 0, refused 0"), QByteArray(out + err).constData());
        const QHash<QString, QJsonObject> records = latest(m_trainer->pullAll());
        QCOMPARE(text(data(records.value(kb("kb-crlf-1"))), "title"), s("开户所需材料"));
        QCOMPARE(
            text(data(records.value(kb("kb-crlf-2"))), "body"), s("先撤销指定交易，再办理资金账户销户。"));
        QCOMPARE(text(data(records.value(kb("kb-crlf-2"))), "expires_on"), QStringLiteral("2027-01-01"));
    }

    void deletedArticleRestored()
    {
        // Deleted on the server, then imported again: back, with the next revision.
        const QJsonObject answer = m_admin->pushOne(
            {Entity::newId(), EntityType::Article, kb("kb-crlf-1"), 1, MutationOp::Delete, QJsonObject()});
        QCOMPARE(text(answer, "status"), QStringLiteral("applied"));
        QString cursor;
        m_trainer->pullAll({}, 500, &cursor);
        QByteArray out;
        QCOMPARE(importKb(m_dir.filePath(QStringLiteral("crlf.jsonl")), &out), 0);
        QVERIFY2(out.contains("imported 0, updated 1, unchanged 1, refused 0"), out.constData());
        const QHash<QString, QJsonObject> records = latest(m_trainer->pullAll(cursor));
        const QJsonObject restored = records.value(kb("kb-crlf-1"));
        QCOMPARE(restored.value(QStringLiteral("deleted")).toBool(), false);
        QCOMPARE(restored.value(QStringLiteral("rev")).toInt(), 3);
        QCOMPARE(data(restored).value(QStringLiteral("revision")).toInt(), 2);
        QCOMPARE(SyncTestClient::ids(records.values(), QStringLiteral("article_revision")).size(), 1);
    }

    void overlongLineSkipped()
    {
        const QByteArray good = s("{\"id\": \"kb-long-%1\", \"title\": \"标题\", \"category\": \"测试\", "
                                  "\"body\": \"正文\"}\n")
                                    .toUtf8();
        QByteArray bytes = QString::fromUtf8(good).arg(1).toUtf8();
        bytes += "{\"id\": \"kb-long-2\", \"title\": \"t\", \"category\": \"c\", \"body\": \""
            + QByteArray(ContentImporter::MaxLineBytes, 'x') + "\"}\n";
        bytes += QString::fromUtf8(good).arg(3).toUtf8();
        const QString file = writeFile(QStringLiteral("long.jsonl"), bytes);
        QByteArray out, err;
        QCOMPARE(importKb(file, &out, &err), ImportCommandExitRefused);
        QCOMPARE(reportedLines(err, file), QList<int> {2});
        QVERIFY(report(err, file, 2).contains("longer than"));
        QVERIFY2(out.contains("imported 2, updated 0, unchanged 0, refused 1"), out.constData());
    }

    void publishedNeedsSignOff()
    {
        const QString file = writeFile(QStringLiteral("unsigned.jsonl"),
            s("{\"id\": \"kb-unsigned\", \"title\": \"未审核\", \"category\": \"测试\", \"body\": \"x\"}\n"
              "{\"id\": \"kb-unsigned-draft\", \"title\": \"草稿\", \"category\": \"测试\", \"body\": \"x\", "
              "\"status\": \"draft\"}\n")
                .toUtf8());
        QByteArray out, err;
        QCOMPARE(import(QStringLiteral("kb"), file, {QStringLiteral("--author"), QStringLiteral("trainer")},
                     &out, &err),
            ImportCommandExitRefused);
        QCOMPARE(reportedLines(err, file), QList<int> {1});
        QVERIFY(report(err, file, 1).contains("signed_off_by"));
    }

    void failures()
    {
        QByteArray out, err;
        QCOMPARE(importKb(m_dir.filePath(QStringLiteral("missing.jsonl")), &out, &err), 2);
        QCOMPARE(import(QStringLiteral("faq"), dataFile("kb-good.jsonl"), {}, &out, &err), 1);
        QCOMPARE(import(QStringLiteral("kb"), dataFile("kb-good.jsonl"),
                     {QStringLiteral("--author"), QStringLiteral("nobody")}, &out, &err),
            2);
        QVERIFY(err.contains("nobody"));
        // Without any author every line is refused, with the hint.
        QCOMPARE(import(QStringLiteral("cases"), dataFile("cases-good.jsonl"), {}, &out, &err),
            ImportCommandExitRefused);
        QCOMPARE(reportedLines(err, dataFile("cases-good.jsonl")), (QList<int> {1, 2}));
        QVERIFY(err.contains("--author"));
    }

    void auditEntries()
    {
        const HttpResult result
            = m_fixture->request(m_port, "GET", QStringLiteral("/api/v1/audit?limit=1000"), {},
                m_fixture->login(m_port, QStringLiteral("admin")));
        QCOMPARE(result.status, 200);
        QList<QJsonObject> imports;
        for (const QJsonValue &entry : result.json.value(QStringLiteral("entries")).toArray())
            if (entry.toObject().value(QStringLiteral("action")).toString() == QLatin1String("import"))
                imports.append(entry.toObject());
        QVERIFY(imports.size() >= 5);
        const QJsonObject first = imports.first();
        QCOMPARE(text(first, "entity"), QStringLiteral("article"));
        const QJsonObject detail = first.value(QStringLiteral("detail")).toObject();
        QCOMPARE(text(detail, "file"), QStringLiteral("kb-good.jsonl"));
        QCOMPARE(detail.value(QStringLiteral("imported")).toInt(), 3);
        QCOMPARE(detail.value(QStringLiteral("refused")).toInt(), 0);
        bool sawBad = false;
        for (const QJsonObject &entry : std::as_const(imports)) {
            const QJsonObject d = entry.value(QStringLiteral("detail")).toObject();
            if (text(d, "file") == QLatin1String("kb-bad.jsonl")) {
                sawBad = true;
                QCOMPARE(d.value(QStringLiteral("imported")).toInt(), 3);
                QCOMPARE(d.value(QStringLiteral("refused")).toInt(), 12);
            }
        }
        QVERIFY(sawBad);
    }

private:
    static constexpr int ImportCommandExitRefused = 3;
};

QTEST_GUILESS_MAIN(TestContentImporter)
#include "tst_contentimporter.moc"
