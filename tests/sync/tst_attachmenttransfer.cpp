// AttachmentTransfer against a real agentdesk-server: streamed upload and download with
// a Chinese file name, the profile cache, idempotent retries, digest verification (a
// wrong expected digest, and content damaged in the server's database) and errors.

#include "sync/attachmenttransfer.h"
#include "sync/restclient.h"
#include "tests/server/synctestclient.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.generate() & 0xff);
    return bytes;
}

} // namespace

class TestAttachmentTransfer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_fixture;
    quint16 m_port = 0;
    std::unique_ptr<SyncTestClient> m_agent;
    std::unique_ptr<RestClient> m_client;
    QString m_ticketId;
    QTemporaryDir m_files;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    // Runs one transfer to its end; the attachment of uploaded()/downloaded() or the error.
    struct Outcome
    {
        bool ok = false;
        Attachment attachment;
        TicketEvent event;
        QString filePath;
        RestError error;
        qint64 lastProgress = -1;
        qint64 progressTotal = -1;
    };
    template<typename Start> Outcome run(AttachmentTransfer &transfer, Start start)
    {
        Outcome outcome;
        bool finished = false;
        QMetaObject::Connection connections[4] = {
            connect(&transfer, &AttachmentTransfer::uploaded, this,
                [&](const Attachment &a, const TicketEvent &e) {
                    outcome.ok = true;
                    outcome.attachment = a;
                    outcome.event = e;
                    finished = true;
                }),
            connect(&transfer, &AttachmentTransfer::downloaded, this,
                [&](const Attachment &a, const QString &path) {
                    outcome.ok = true;
                    outcome.attachment = a;
                    outcome.filePath = path;
                    finished = true;
                }),
            connect(&transfer, &AttachmentTransfer::failed, this,
                [&](const RestError &e) {
                    outcome.error = e;
                    finished = true;
                }),
            connect(&transfer, &AttachmentTransfer::progress, this,
                [&](qint64 done, qint64 total) {
                    outcome.lastProgress = done;
                    outcome.progressTotal = total;
                }),
        };
        if (start())
            if (!QTest::qWaitFor([&finished] { return finished; }, 60000))
                qWarning("the transfer did not finish");
        for (const auto &c : connections)
            disconnect(c);
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        AGENTDESK_REQUIRE_BACKEND();
        QVERIFY(m_files.isValid());
        m_fixture = std::make_unique<ServerFixture>();
        QVERIFY(m_fixture->addTeam(QStringLiteral("A")));
        QVERIFY(m_fixture->addUser(QStringLiteral("agent"), QStringLiteral("agent"), QStringLiteral("A")));
        m_port = m_fixture->startServer();
        QVERIFY(m_port != 0);
        m_agent = std::make_unique<SyncTestClient>(m_fixture.get(), m_port, QStringLiteral("agent"));
        QVERIFY(m_agent->isValid());
        const Customer c = SyncTestClient::customer();
        QCOMPARE(m_agent->pushOne(SyncTestClient::create(EntityType::Customer, c.id, WireCodec::encode(c)))
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("applied"));
        const Ticket t = SyncTestClient::ticket(m_agent->teamId(), c.id);
        QCOMPARE(m_agent->pushOne(SyncTestClient::create(EntityType::Ticket, t.id, WireCodec::encode(t)))
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("applied"));
        m_ticketId = t.id;
        m_client = std::make_unique<RestClient>();
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port)));
        QVERIFY(m_client->login(QStringLiteral("agent"), QStringLiteral("correct horse")).ok());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_agent.reset();
        m_fixture.reset();
    }

    void uploadThenDownload()
    {
        const QByteArray content = randomBytes(3 * 1024 * 1024 + 5, 1);
        const QString path = writeFile(QStringLiteral("对账单 2026年11月 #3&4.pdf"), content);
        QVERIFY(!path.isEmpty());
        AttachmentTransfer transfer(m_client.get());
        const Outcome up = run(transfer, [&] { return transfer.upload(m_ticketId, path); });
        QVERIFY2(up.ok, qPrintable(up.error.describe()));
        QCOMPARE(up.attachment.name, QStringLiteral("对账单 2026年11月 #3&4.pdf"));
        QCOMPARE(up.attachment.mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(up.attachment.size, content.size());
        QCOMPARE(up.attachment.sha256, AttachmentTransfer::fileDigest(path));
        QCOMPARE(up.attachment.ticketId, m_ticketId);
        QVERIFY(up.attachment.blobPath.isEmpty()); // no profile given
        QCOMPARE(up.event.kind, EventKind::Attachment);
        QCOMPARE(up.event.attachmentId, up.attachment.id);
        QCOMPARE(up.lastProgress, content.size());

        QTemporaryDir profile;
        const Outcome down = run(transfer, [&] { return transfer.download(up.attachment, profile.path()); });
        QVERIFY2(down.ok, qPrintable(down.error.describe()));
        const QString relative = QStringLiteral("attachments/%1/%2")
                                     .arg(QString::fromLatin1(up.attachment.sha256.left(2)),
                                         QString::fromLatin1(up.attachment.sha256));
        QCOMPARE(down.attachment.blobPath, relative);
        QCOMPARE(down.filePath, QDir(profile.path()).filePath(relative));
        QFile file(down.filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == content);
        QCOMPARE(down.lastProgress, content.size());

        // Cached: answered without the server.
        const QUrl url = m_client->baseUrl();
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/")));
        const Outcome cached
            = run(transfer, [&] { return transfer.download(up.attachment, profile.path()); });
        m_client->setBaseUrl(url);
        QVERIFY(cached.ok);
        QCOMPARE(cached.filePath, down.filePath);
    }

    void uploadFillsTheCacheAndRetriesAreSafe()
    {
        const QByteArray content = randomBytes(100 * 1024, 2);
        const QString path = writeFile(QStringLiteral("recording.wav"), content);
        QTemporaryDir profile;
        AttachmentTransfer transfer(m_client.get());
        transfer.setProfileDir(profile.path());
        const QString id = Entity::newId();
        const Outcome first = run(transfer, [&] { return transfer.upload(m_ticketId, path, id); });
        QVERIFY2(first.ok, qPrintable(first.error.describe()));
        QCOMPARE(first.attachment.id, id);
        QVERIFY(first.attachment.mimeType.startsWith(QLatin1String("audio/")));
        QCOMPARE(first.attachment.blobPath, AttachmentTransfer::blobPath(first.attachment.sha256));
        QFile cached(QDir(profile.path()).filePath(first.attachment.blobPath));
        QVERIFY(cached.open(QIODevice::ReadOnly));
        QVERIFY(cached.readAll() == content);

        const Outcome again = run(transfer, [&] { return transfer.upload(m_ticketId, path, id); });
        QVERIFY2(again.ok, qPrintable(again.error.describe()));
        QCOMPARE(again.attachment.id, id);
        QCOMPARE(again.event.id, first.event.id);
    }

    void wrongDigestIsNotKept()
    {
        const QByteArray content = randomBytes(600 * 1024, 3);
        const QString path = writeFile(QStringLiteral("scan.png"), content);
        AttachmentTransfer transfer(m_client.get());
        const Outcome up = run(transfer, [&] { return transfer.upload(m_ticketId, path); });
        QVERIFY2(up.ok, qPrintable(up.error.describe()));

        // The record names other content than the server sends.
        Attachment expected = up.attachment;
        expected.sha256 = QCryptographicHash::hash("something else", QCryptographicHash::Sha256).toHex();
        QTemporaryDir profile;
        const Outcome down = run(transfer, [&] { return transfer.download(expected, profile.path()); });
        QVERIFY(!down.ok);
        QCOMPARE(down.error.code, QStringLiteral("checksum_mismatch"));
        QVERIFY(!down.error.message.isEmpty());
        QVERIFY(
            !QFileInfo::exists(QDir(profile.path()).filePath(AttachmentTransfer::blobPath(expected.sha256))));
        // Nothing half-written is left behind either.
        const QString folder
            = QDir(profile.path()).filePath(QStringLiteral("attachments/") + expected.sha256.left(2));
        QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void damagedServerContentIsNotKept()
    {
        const QByteArray content = randomBytes(300 * 1024, 4);
        const QString path = writeFile(QStringLiteral("statement.csv"), content);
        AttachmentTransfer transfer(m_client.get());
        const Outcome up = run(transfer, [&] { return transfer.upload(m_ticketId, path); });
        QVERIFY2(up.ok, qPrintable(up.error.describe()));
        QCOMPARE(up.attachment.mimeType, QStringLiteral("text/csv"));

        // Storage corruption: one byte of the second chunk flipped in the database.
        QSqlQuery read(m_fixture->database());
        read.prepare(QStringLiteral("SELECT bytes FROM attachment_chunks WHERE sha256 = ? AND chunk_no = 1"));
        read.addBindValue(QString::fromLatin1(up.attachment.sha256));
        QVERIFY(read.exec() && read.next());
        QByteArray bytes = read.value(0).toByteArray();
        QVERIFY(!bytes.isEmpty());
        bytes[10] = char(bytes.at(10) ^ 0x5a);
        QSqlQuery write(m_fixture->database());
        write.prepare(
            QStringLiteral("UPDATE attachment_chunks SET bytes = ? WHERE sha256 = ? AND chunk_no = 1"));
        write.addBindValue(bytes);
        write.addBindValue(QString::fromLatin1(up.attachment.sha256));
        QVERIFY2(write.exec(), qPrintable(write.lastError().text()));

        QTemporaryDir profile;
        const Outcome down = run(transfer, [&] { return transfer.download(up.attachment, profile.path()); });
        QVERIFY(!down.ok);
        QCOMPARE(down.error.code, QStringLiteral("checksum_mismatch"));
        QVERIFY(!QFileInfo::exists(
            QDir(profile.path()).filePath(AttachmentTransfer::blobPath(up.attachment.sha256))));
    }

    void downloadCancelledHalfWayLeavesNothing()
    {
        const QByteArray content = randomBytes(4 * 1024 * 1024, 5);
        const QString path = writeFile(QStringLiteral("large.pdf"), content);
        AttachmentTransfer transfer(m_client.get());
        const Outcome up = run(transfer, [&] { return transfer.upload(m_ticketId, path); });
        QVERIFY2(up.ok, qPrintable(up.error.describe()));

        QTemporaryDir profile;
        const QMetaObject::Connection cancel
            = connect(&transfer, &AttachmentTransfer::progress, this, [&transfer](qint64 done, qint64 total) {
                  // On an idle machine the whole body may be read before the first
                  // progress report; cancelling then must still keep nothing.
                  if (done > 0 && done <= total)
                      transfer.abort();
              });
        const Outcome cancelled
            = run(transfer, [&] { return transfer.download(up.attachment, profile.path()); });
        disconnect(cancel);
        QVERIFY(!cancelled.ok);
        QCOMPARE(cancelled.error.code, QStringLiteral("cancelled"));
        QVERIFY(!QFileInfo::exists(
            QDir(profile.path()).filePath(AttachmentTransfer::blobPath(up.attachment.sha256))));

        // The server dropped the stream of the vanished client and serves the next one.
        const Outcome down = run(transfer, [&] { return transfer.download(up.attachment, profile.path()); });
        QVERIFY2(down.ok, qPrintable(down.error.describe()));
        QFile file(down.filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == content);
    }

    void errorsAreReported()
    {
        AttachmentTransfer transfer(m_client.get());
        QTemporaryDir profile;

        Attachment unknown;
        unknown.id = Entity::newId();
        unknown.sha256 = QByteArray(64, 'a');
        const Outcome missing = run(transfer, [&] { return transfer.download(unknown, profile.path()); });
        QVERIFY(!missing.ok);
        QCOMPARE(missing.error.httpStatus, 404);
        QCOMPARE(missing.error.code, QStringLiteral("not_found"));
        QVERIFY(QDir(profile.path()).entryList(QDir::Files).isEmpty());

        const QString page = writeFile(QStringLiteral("page.html"), "<html><script>alert(1)</script></html>");
        const Outcome refused = run(transfer, [&] { return transfer.upload(m_ticketId, page); });
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error.httpStatus, 415);
        QCOMPARE(refused.error.kind, RestError::Invalid);

        const Outcome unreadable = run(transfer,
            [&] { return transfer.upload(m_ticketId, m_files.filePath(QStringLiteral("nope.pdf"))); });
        QVERIFY(!unreadable.ok);
        QCOMPARE(unreadable.error.code, QStringLiteral("file_unreadable"));

        const QString path = writeFile(QStringLiteral("a.txt"), "hello");
        const QString token = m_client->token();
        m_client->setToken(QStringLiteral("expired"));
        const Outcome signedOut = run(transfer, [&] { return transfer.upload(m_ticketId, path); });
        m_client->setToken(token);
        QVERIFY(!signedOut.ok);
        QCOMPARE(signedOut.error.kind, RestError::Unauthorized);

        // One transfer at a time.
        QVERIFY(transfer.upload(m_ticketId, path));
        QVERIFY(transfer.isBusy());
        QVERIFY(!transfer.upload(m_ticketId, path));
        const Outcome cancelled = run(transfer, [&] {
            transfer.abort();
            return true;
        });
        QVERIFY(!transfer.isBusy());
        QVERIFY(!cancelled.ok);
        QCOMPARE(cancelled.error.code, QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestAttachmentTransfer)
#include "tst_attachmenttransfer.moc"
