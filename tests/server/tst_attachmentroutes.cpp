// Attachment upload and download (AttachmentRoutes) over HTTP against a real
// agentdesk-server process: a 5 MiB round trip with a Chinese file name, streaming
// headers, deduplication, idempotent retries, the size limit apart from --max-body,
// digest and MIME checks, scope, roles and tokens.
#include "synctestclient.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace {

constexpr qint64 s_maxAttachment = 6 * 1024 * 1024;
constexpr qint64 s_maxBody = 1024 * 1024;

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.generate() & 0xff);
    return bytes;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestAttachmentRoutes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    quint16 m_port = 0;
    std::unique_ptr<SyncTestClient> m_admin, m_agentA, m_agentB, m_trainer;
    QString m_ticketA, m_ticketA2, m_ticketB;

    struct Upload
    {
        Upload(const QString &ticket, const QString &fileName, const QByteArray &bytes,
            const QByteArray &type = "application/pdf")
            : ticketId(ticket), name(fileName), content(bytes), mimeType(type)
        {
        }
        QString ticketId;
        QString name;
        QByteArray content;
        QByteArray mimeType;
        QByteArray digest; // the content's unless set
        QString id;
    };

    HttpResult send(const QNetworkRequest &request, const QByteArray &method, const QByteArray &body = {})
    {
        return m_fixture->send(request, method, body);
    }

    QUrl url(const QString &path, const QUrlQuery &query = {}) const
    {
        QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        url.setPath(path);
        url.setQuery(query);
        return url;
    }

    HttpResult upload(const Upload &upload, const QString &token)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("name"), QString::fromUtf8(QUrl::toPercentEncoding(upload.name)));
        if (!upload.id.isEmpty())
            query.addQueryItem(QStringLiteral("id"), upload.id);
        QNetworkRequest request(
            url(QStringLiteral("/api/v1/tickets/%1/attachments").arg(upload.ticketId), query));
        request.setHeader(QNetworkRequest::ContentTypeHeader, upload.mimeType);
        request.setRawHeader(
            "X-Content-SHA256", upload.digest.isEmpty() ? sha256Hex(upload.content) : upload.digest);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        return send(request, "POST", upload.content);
    }

    HttpResult download(const QString &id, const QString &token, const QByteArray &method = "GET")
    {
        QNetworkRequest request(url(QStringLiteral("/api/v1/attachments/%1").arg(id)));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        return send(request, method);
    }

    // Signing in hashes the password (argon2id): once per user.
    QString token(const char *username)
    {
        const QString name = QString::fromLatin1(username);
        if (!m_tokens.contains(name))
            m_tokens.insert(name, m_fixture->login(m_port, name));
        return m_tokens.value(name);
    }
    QHash<QString, QString> m_tokens;

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_fixture->database());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            qWarning("count failed: %s", qPrintable(query.lastError().text()));
            return -1;
        }
        return query.value(0).toLongLong();
    }
    qint64 blobCount() { return count(QStringLiteral("SELECT COUNT(*) FROM attachment_blobs")); }
    qint64 chunkCount() { return count(QStringLiteral("SELECT COUNT(*) FROM attachment_chunks")); }
    qint64 attachmentRecords()
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM records WHERE entity = 'attachment'"));
    }

    QString pushTicket(SyncTestClient &by)
    {
        const Customer c = SyncTestClient::customer();
        if (by.pushOne(SyncTestClient::create(EntityType::Customer, c.id, WireCodec::encode(c)))
                .value(QStringLiteral("status"))
            != QStringLiteral("applied"))
            return {};
        const Ticket t = SyncTestClient::ticket(by.teamId(), c.id);
        const QJsonObject answer
            = by.pushOne(SyncTestClient::create(EntityType::Ticket, t.id, WireCodec::encode(t)));
        return answer.value(QStringLiteral("status")) == QStringLiteral("applied") ? t.id : QString();
    }

    static QString code(const HttpResult &result)
    {
        return result.json.value(QStringLiteral("code")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        AGENTDESK_REQUIRE_BACKEND();
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(m_fixture->addTeam(QStringLiteral("A")));
        QVERIFY(m_fixture->addTeam(QStringLiteral("B")));
        QVERIFY(m_fixture->addUser(QStringLiteral("admin"), QStringLiteral("admin")));
        QVERIFY(m_fixture->addUser(QStringLiteral("agentA"), QStringLiteral("agent"), QStringLiteral("A")));
        QVERIFY(m_fixture->addUser(QStringLiteral("agentB"), QStringLiteral("agent"), QStringLiteral("B")));
        QVERIFY(m_fixture->addUser(QStringLiteral("trainer"), QStringLiteral("trainer")));
        // --max-body far below the attachments: the JSON limit must not cap uploads.
        m_port = m_fixture->startServer({QStringLiteral("--max-attachment"), QString::number(s_maxAttachment),
            QStringLiteral("--max-body"), QString::number(s_maxBody)});
        QVERIFY(m_port != 0);
        const auto client = [this](const char *name) {
            return std::make_unique<SyncTestClient>(m_fixture.get(), m_port, QString::fromLatin1(name));
        };
        m_admin = client("admin");
        m_agentA = client("agentA");
        m_agentB = client("agentB");
        m_trainer = client("trainer");
        QVERIFY(m_admin->isValid() && m_agentA->isValid() && m_agentB->isValid() && m_trainer->isValid());
        m_ticketA = pushTicket(*m_agentA);
        m_ticketA2 = pushTicket(*m_agentA);
        m_ticketB = pushTicket(*m_agentB);
        QVERIFY(!m_ticketA.isEmpty() && !m_ticketA2.isEmpty() && !m_ticketB.isEmpty());
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_agentA.reset();
        m_agentB.reset();
        m_trainer.reset();
        m_fixture.reset();
    }

    void roundTripOfFiveMebibytesWithChineseName()
    {
        QString cursor;
        m_agentA->pullAll({}, 500, &cursor);
        const QString tokenA = token("agentA");
        const QString name = QStringLiteral("客户投诉 录音&记录 #1+2 (终稿).pdf");
        const QByteArray content = randomBytes(5 * 1024 * 1024 + 17, 1);
        const HttpResult created = upload({m_ticketA, name, content}, tokenA);
        QCOMPARE(created.status, 201);
        const QJsonObject attachmentJson = created.json.value(QStringLiteral("attachment")).toObject();
        Attachment attachment;
        QString error;
        QVERIFY2(WireCodec::decode(attachmentJson, attachment, &error), qPrintable(error));
        QCOMPARE(attachment.name, name);
        QCOMPARE(attachment.ticketId, m_ticketA);
        QCOMPARE(attachment.mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(attachment.size, content.size());
        QCOMPARE(attachment.sha256, sha256Hex(content));
        QCOMPARE(attachment.rev, 1);
        QVERIFY(attachment.blobPath.isEmpty());
        QCOMPARE(created.header("location"), "/api/v1/attachments/" + attachment.id.toUtf8());
        TicketEvent event;
        QVERIFY2(WireCodec::decode(created.json.value(QStringLiteral("event")).toObject(), event, &error),
            qPrintable(error));
        QCOMPARE(event.kind, EventKind::Attachment);
        QCOMPARE(event.attachmentId, attachment.id);
        QCOMPARE(event.ticketId, m_ticketA);
        QCOMPARE(event.authorId, m_agentA->userId());

        const HttpResult fetched = download(attachment.id, tokenA);
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.body.size(), content.size());
        QVERIFY(fetched.body == content);
        QCOMPARE(fetched.header("content-type"), "application/pdf");
        QCOMPARE(fetched.header("content-length"), QByteArray::number(content.size()));
        QCOMPARE(fetched.header("etag"), '"' + sha256Hex(content) + '"');
        QCOMPARE(fetched.header("x-content-sha256"), sha256Hex(content));
        const QByteArray disposition = fetched.header("content-disposition");
        QVERIFY2(disposition.startsWith("attachment; filename=\""), disposition.constData());
        QVERIFY2(disposition.endsWith(
                     QByteArray(QByteArray("; filename*=UTF-8''") + QUrl::toPercentEncoding(name))),
            disposition.constData());

        const HttpResult head = download(attachment.id, tokenA, "HEAD");
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(head.header("content-length"), QByteArray::number(content.size()));

        // Both records reach the team through the change feed.
        const QList<QJsonObject> changes = m_agentA->pullAll(cursor);
        QCOMPARE(SyncTestClient::ids(changes, QStringLiteral("attachment")), QStringList {attachment.id});
        QCOMPARE(SyncTestClient::ids(changes, QStringLiteral("ticket_event")), QStringList {event.id});
        QVERIFY(SyncTestClient::ids(m_agentB->pullAll({}), QStringLiteral("attachment")).isEmpty());

        // The admin may read it too; the connection stays usable after a stream.
        QCOMPARE(download(attachment.id, token("admin")).body, content);
        QCOMPARE(download(attachment.id, tokenA).status, 200);
    }

    void sameContentIsStoredOnce()
    {
        const QString tokenA = token("agentA");
        const QByteArray content = randomBytes(700 * 1024, 2); // three chunks
        const qint64 blobsBefore = blobCount();
        const qint64 chunksBefore = chunkCount();
        const HttpResult first = upload({m_ticketA, QStringLiteral("a.png"), content, "image/png"}, tokenA);
        const HttpResult second = upload({m_ticketA2, QStringLiteral("b.png"), content, "image/png"}, tokenA);
        QCOMPARE(first.status, 201);
        QCOMPARE(second.status, 201);
        const QString firstId = first.json[QStringLiteral("attachment")][QStringLiteral("id")].toString();
        const QString secondId = second.json[QStringLiteral("attachment")][QStringLiteral("id")].toString();
        QVERIFY(firstId != secondId);
        QCOMPARE(blobCount(), blobsBefore + 1);
        QCOMPARE(chunkCount(), chunksBefore + 3);
        QCOMPARE(download(firstId, tokenA).body, content);
        QCOMPARE(download(secondId, tokenA).body, content);
    }

    void retryWithTheSameIdIsAnsweredOnce()
    {
        const QString tokenA = token("agentA");
        const QString id = Entity::newId();
        const QByteArray content = randomBytes(1000, 3);
        Upload u {m_ticketA, QStringLiteral("notes.txt"), content, "text/plain; charset=utf-8"};
        u.id = id;
        const qint64 before = attachmentRecords();
        const HttpResult first = upload(u, tokenA);
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json[QStringLiteral("attachment")][QStringLiteral("id")].toString(), id);
        QCOMPARE(first.json[QStringLiteral("attachment")][QStringLiteral("mime_type")].toString(),
            QStringLiteral("text/plain"));
        const HttpResult again = upload(u, tokenA);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json, first.json);
        QCOMPARE(attachmentRecords(), before + 1);
        // The same id with other content is another attachment: refused.
        u.content = randomBytes(1000, 4);
        QCOMPARE(upload(u, tokenA).status, 409);
        u.id = QStringLiteral("not-a-uuid");
        QCOMPARE(upload(u, tokenA).status, 422);
    }

    void overTheLimitIsRefusedAndNothingStored()
    {
        const QString tokenA = token("agentA");
        const qint64 blobs = blobCount();
        const qint64 chunks = chunkCount();
        const qint64 records = attachmentRecords();
        const HttpResult result
            = upload({m_ticketA, QStringLiteral("big.pdf"), randomBytes(s_maxAttachment + 1, 5)}, tokenA);
        QCOMPARE(result.status, 413);
        QCOMPARE(code(result), QStringLiteral("payload_too_large"));
        QCOMPARE(blobCount(), blobs);
        QCOMPARE(chunkCount(), chunks);
        QCOMPARE(attachmentRecords(), records);
        // Exactly the limit is accepted.
        QCOMPARE(
            upload({m_ticketA, QStringLiteral("limit.pdf"), randomBytes(s_maxAttachment, 6)}, tokenA).status,
            201);
    }

    void jsonRoutesKeepTheirOwnLimit()
    {
        QJsonArray mutations;
        const QString padding(s_maxBody, QLatin1Char('x'));
        mutations.append(QJsonObject {{QStringLiteral("mutation_id"), padding}});
        QCOMPARE(m_agentA->pushRaw(mutations).status, 413);
    }

    void damagedBodyIsRefused()
    {
        const QString tokenA = token("agentA");
        const qint64 blobs = blobCount();
        const qint64 records = attachmentRecords();
        const QByteArray content = randomBytes(4096, 7);
        Upload u {m_ticketA, QStringLiteral("scan.jpg"), content, "image/jpeg"};
        u.digest = sha256Hex(randomBytes(4096, 8));
        const HttpResult mismatch = upload(u, tokenA);
        QCOMPARE(mismatch.status, 422);
        QCOMPARE(code(mismatch), QStringLiteral("checksum_mismatch"));
        u.digest = "not-a-digest";
        const HttpResult malformed = upload(u, tokenA);
        QCOMPARE(malformed.status, 422);
        QCOMPARE(code(malformed), QStringLiteral("invalid_request"));
        u.digest = sha256Hex(content).toUpper(); // case does not matter
        QCOMPARE(upload(u, tokenA).status, 201);
        QCOMPARE(blobCount(), blobs + 1);
        QCOMPARE(attachmentRecords(), records + 1);
        QCOMPARE(upload({m_ticketA, QStringLiteral("empty.txt"), {}, "text/plain"}, tokenA).status, 422);
    }

    void wrongTypeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("mimeType");
        QTest::newRow("html") << QByteArray("text/html");
        QTest::newRow("exe") << QByteArray("application/x-msdownload");
        QTest::newRow("svg") << QByteArray("image/svg+xml");
        QTest::newRow("zip") << QByteArray("application/zip");
    }
    void wrongTypeIsRefused()
    {
        QFETCH(QByteArray, mimeType);
        const HttpResult result
            = upload({m_ticketA, QStringLiteral("x.bin"), randomBytes(100, 9), mimeType}, token("agentA"));
        QCOMPARE(result.status, 415);
        QCOMPARE(code(result), QStringLiteral("unsupported_media_type"));
    }

    void badNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("dot-dot") << QStringLiteral("..");
        QTest::newRow("path") << QStringLiteral("../../etc/passwd");
        QTest::newRow("windows path") << QStringLiteral("C:\\temp\\a.pdf");
        QTest::newRow("control") << QStringLiteral("a\nb.pdf");
        QTest::newRow("long") << QString(300, QLatin1Char('a'));
    }
    void badNamesAreRefused()
    {
        QFETCH(QString, name);
        const HttpResult result = upload({m_ticketA, name, randomBytes(100, 10)}, token("agentA"));
        QCOMPARE(result.status, 422);
        QCOMPARE(code(result), QStringLiteral("invalid_name"));
    }

    void scopeAndRoles()
    {
        const QByteArray content = randomBytes(2048, 11);
        const HttpResult mine = upload({m_ticketA, QStringLiteral("mine.pdf"), content}, token("agentA"));
        QCOMPARE(mine.status, 201);
        const QString id = mine.json[QStringLiteral("attachment")][QStringLiteral("id")].toString();
        const qint64 records = attachmentRecords();

        const QString tokenB = token("agentB");
        QCOMPARE(upload({m_ticketA, QStringLiteral("x.pdf"), content}, tokenB).status, 404);
        QCOMPARE(download(id, tokenB).status, 404);
        QCOMPARE(upload({Entity::newId(), QStringLiteral("x.pdf"), content}, tokenB).status, 404);
        QCOMPARE(download(Entity::newId(), tokenB).status, 404);

        const QString trainer = token("trainer");
        QCOMPARE(upload({m_ticketA, QStringLiteral("x.pdf"), content}, trainer).status, 403);
        QCOMPARE(download(id, trainer).status, 403);

        QCOMPARE(upload({m_ticketA, QStringLiteral("x.pdf"), content}, {}).status, 401);
        QCOMPARE(download(id, {}).status, 401);
        QCOMPARE(download(id, QStringLiteral("bogus")).status, 401);
        QCOMPARE(attachmentRecords(), records);

        // An admin works on any team's ticket.
        QCOMPARE(upload({m_ticketB, QStringLiteral("admin.pdf"), content}, token("admin")).status, 201);
    }

    void attachmentRecordsComeOnlyFromUploads()
    {
        // A record pushed as a mutation could name content that was never uploaded, or
        // another file's digest: the upload route is the only way in.
        Attachment a;
        a.id = Entity::newId();
        a.ticketId = m_ticketA;
        a.name = QStringLiteral("ghost.pdf");
        a.mimeType = QStringLiteral("application/pdf");
        a.size = 10;
        a.sha256 = sha256Hex("never uploaded");
        const QJsonObject answer
            = m_agentA->pushOne(SyncTestClient::create(EntityType::Attachment, a.id, WireCodec::encode(a)));
        QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(answer.value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
        const HttpResult result = download(a.id, token("agentA"));
        QCOMPARE(result.status, 404);
    }
};

QTEST_GUILESS_MAIN(TestAttachmentRoutes)
#include "tst_attachmentroutes.moc"
