// Files attached offline reach the server with the next sync cycle: after the push (so
// their ticket is there), with the attachment id made offline, and come back through the
// feed; a file the server refuses is kept aside with the reason and does not stop the
// cycle; with the server gone the files wait.

#include "store/attachmentcache.h"
#include "store/attachmentrepository.h"
#include "store/pendinguploads.h"
#include "store/ticketrepository.h"
#include "tests/sync/syncfixture.h"

#include <QFile>

class TestPendingUploader : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fixture;
    std::unique_ptr<SyncClient> m_lead;
    QTemporaryDir m_files;

    PendingUpload stage(const QString &ticketId, const QString &name, const QByteArray &content,
        const QString &mimeType)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write the test file");
        file.close();
        PendingUpload u;
        QByteArray sha;
        QString error;
        if (!AttachmentCache::store(m_lead->db->profileDir(), path, &sha, &u.blobPath, &error))
            qFatal("%s", qPrintable(error));
        u.attachmentId = Entity::newId();
        u.ticketId = ticketId;
        u.name = name;
        u.mimeType = mimeType;
        u.size = content.size();
        u.createdAt = QDateTime::currentDateTimeUtc();
        if (!PendingUploads(*m_lead->db).add(u, &error))
            qFatal("%s", qPrintable(error));
        return u;
    }

private Q_SLOTS:
    void initTestCase()
    {
        AGENTDESK_REQUIRE_BACKEND();
        QVERIFY(m_fixture.start(1));
        m_lead = m_fixture.client(QStringLiteral("lead1"));
        QVERIFY(m_lead);
        QVERIFY(m_lead->sync().ok);
    }

    void offlineAttachmentsFollowTheirTicket()
    {
        // A ticket and two files, all made offline.
        Ticket t;
        t.number = QStringLiteral("T20261127-0000ABCD");
        t.teamId = m_lead->teamId;
        t.subject = QStringLiteral("转账截图");
        t.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(TicketRepository(*m_lead->db).create(t));
        const PendingUpload shot = stage(t.id, QStringLiteral("转账截图.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(500, 'x'),
            QStringLiteral("image/png"));
        const PendingUpload note = stage(t.id, QStringLiteral("说明.txt"), QByteArray("客户说明"), QStringLiteral("text/plain"));
        // One the server will refuse (a page a browser would run), slipped past the workstation's check.
        const PendingUpload page = stage(t.id, QStringLiteral("page.html"), QByteArray("<script>"), QStringLiteral("text/html"));

        const SyncSummary s = m_lead->sync();
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.pushed, 1);
        QCOMPARE(s.uploaded, 2);
        // They came back through the feed under the ids made offline.
        AttachmentRepository attachments(*m_lead->db);
        QVERIFY(attachments.get(shot.attachmentId));
        QCOMPARE(attachments.get(note.attachmentId)->name, note.name);
        QCOMPARE(attachments.forTicket(t.id).size(), 2);
        const QList<PendingUpload> left = PendingUploads(*m_lead->db).forTicket(t.id);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().attachmentId, page.attachmentId);
        QVERIFY(left.first().refused);
        QVERIFY(!left.first().lastError.isEmpty());
        QVERIFY(PendingUploads(*m_lead->db).waiting().isEmpty());
        // Nothing waits, so a second cycle uploads nothing.
        QCOMPARE(m_lead->sync().uploaded, 0);
    }

    void withTheServerGoneFilesWait()
    {
        Ticket t;
        t.number = QStringLiteral("T20261127-0000ABCE");
        t.teamId = m_lead->teamId;
        t.subject = QStringLiteral("对账单");
        t.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(TicketRepository(*m_lead->db).create(t));
        QVERIFY(m_lead->sync().ok);
        const PendingUpload statement = stage(t.id, QStringLiteral("对账单.pdf"), QByteArray("%PDF-1.4 test"),
            QStringLiteral("application/pdf"));
        m_fixture.kill();
        const SyncSummary offline = m_lead->sync();
        QVERIFY(!offline.ok);
        QCOMPARE(PendingUploads(*m_lead->db).waiting().size(), 1);
        QVERIFY(m_fixture.restart());
        m_lead->engine->setServerUrl(m_fixture.url());
        const SyncSummary back = m_lead->sync();
        QVERIFY2(back.ok, qPrintable(back.text()));
        QCOMPARE(back.uploaded, 1);
        QVERIFY(AttachmentRepository(*m_lead->db).get(statement.attachmentId));
    }
};

QTEST_MAIN(TestPendingUploader)
#include "tst_pendinguploader.moc"
