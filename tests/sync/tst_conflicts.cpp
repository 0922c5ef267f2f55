// Conflicts end to end against a real agentdesk-server: resolving them (keep mine, take
// theirs, per field) and what comes of it on the next sync; an unsynced edit surviving a
// pull; a full resync sweeping records the server no longer has.

#include "store/conflictrepository.h"
#include "store/remoteapplier.h"
#include "store/syncstate.h"
#include "tests/sync/syncfixture.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

class TestConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        AGENTDESK_REQUIRE_BACKEND();
        QVERIFY(m_fixture.start(2));
        m_a = m_fixture.client(QStringLiteral("lead1"));
        m_b = m_fixture.client(QStringLiteral("lead2"));
        QVERIFY(m_a && m_b);
        QVERIFY(m_a->sync().ok);
        QVERIFY(m_b->sync().ok);
    }

    void keepMineArrivesEverywhere()
    {
        const Conflict c = contest(QStringLiteral("Keep mine"));
        // The whole edit is kept, the server copy whole.
        QCOMPARE(c.local.value(QLatin1String("body")).toString(), QStringLiteral("Body from B"));
        QCOMPARE(c.server.value(QLatin1String("id")).toString(), c.entityId);
        QCOMPARE(c.serverRev(), 2);

        QString error;
        QVERIFY2(ConflictRepository(*m_b->db).keepMine(c.id, &error), qPrintable(error));
        QCOMPARE(m_b->pending(), 1);
        QCOMPARE(m_b->replies().get(c.entityId)->title, QStringLiteral("Title from B"));
        const SyncSummary s = m_b->sync();
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.pushed, 1);
        QCOMPARE(s.conflicts, 0);
        QVERIFY(m_a->sync().ok);
        for (SyncClient *client : {m_a.get(), m_b.get()}) {
            const CannedReply got = *client->replies().get(c.entityId);
            QCOMPARE(got.title, QStringLiteral("Title from B"));
            QCOMPARE(got.body, QStringLiteral("Body from B"));
            QCOMPARE(got.rev, 3);
        }
        QCOMPARE(ConflictRepository(*m_b->db).openFor(EntityType::CannedReply, c.entityId).size(), 0);
    }

    void takeTheirsLeavesTheServerAlone()
    {
        const Conflict c = contest(QStringLiteral("Take theirs"));
        QVERIFY(ConflictRepository(*m_b->db).takeTheirs(c.id));
        QCOMPARE(m_b->pending(), 0);
        const SyncSummary s = m_b->sync();
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.pushed, 0);
        const CannedReply got = *m_b->replies().get(c.entityId);
        QCOMPARE(got.title, QStringLiteral("Title from A"));
        QCOMPARE(got.body, SyncFixture::reply({}, {}).body);
        QCOMPARE(got.rev, 2);
    }

    void perFieldChoiceMerges()
    {
        const Conflict c = contest(QStringLiteral("Per field"));
        QVERIFY(ConflictRepository(*m_b->db).resolveWith(c.id,
            {{QStringLiteral("title"), ConflictRepository::Side::Theirs},
                {QStringLiteral("body"), ConflictRepository::Side::Mine}}));
        QVERIFY(m_b->sync().ok);
        QVERIFY(m_a->sync().ok);
        const CannedReply got = *m_a->replies().get(c.entityId);
        QCOMPARE(got.title, QStringLiteral("Title from A"));
        QCOMPARE(got.body, QStringLiteral("Body from B"));
    }

    void anUnsyncedEditSurvivesAPull()
    {
        CannedReply r = SyncFixture::reply(m_a->teamId, QStringLiteral("Pulled under an edit"));
        QVERIFY(m_a->replies().create(r));
        QVERIFY(m_a->sync().ok);
        QVERIFY(m_b->sync().ok);
        CannedReply onA = *m_a->replies().get(r.id);
        onA.body = QStringLiteral("Body from A");
        QVERIFY(m_a->replies().update(onA));
        QVERIFY(m_a->sync().ok);

        // B edits the title after its push went out and before the page is applied (the
        // workstation is used while the sync runs)
        // (the answer of GET /changes is in, not yet applied).
        bool edited = false;
        auto *nam = m_b->engine->client()->findChild<QNetworkAccessManager *>();
        QVERIFY(nam);
        auto hook = connect(nam, &QNetworkAccessManager::finished, this, [&](QNetworkReply *reply) {
            if (edited || !reply->url().path().endsWith(QLatin1String("/changes")))
                return;
            edited = true;
            CannedReply onB = *m_b->replies().get(r.id);
            onB.title = QStringLiteral("Title from B");
            QVERIFY(m_b->replies().update(onB));
        });
        QSignalSpy remote(m_b->engine.get(), &SyncEngine::remoteChanged);
        const SyncSummary pulled = m_b->sync();
        disconnect(hook);
        QVERIFY2(pulled.ok, qPrintable(pulled.text()));
        QVERIFY(edited);
        QVERIFY(pulled.pulled >= 1);
        QVERIFY(!remote.isEmpty());
        // The page brought A's body; B's title is still on screen, still pending.
        CannedReply shown = *m_b->replies().get(r.id);
        QCOMPARE(shown.title, QStringLiteral("Title from B"));
        QCOMPARE(shown.body, QStringLiteral("Body from A"));
        QCOMPARE(shown.rev, 2);
        QCOMPARE(m_b->pending(), 1);

        const SyncSummary pushed = m_b->sync();
        QVERIFY2(pushed.ok, qPrintable(pushed.text()));
        QCOMPARE(pushed.pushed, 1);
        QCOMPARE(pushed.conflicts, 0);
        QVERIFY(m_a->sync().ok);
        const CannedReply onServer = *m_a->replies().get(r.id);
        QCOMPARE(onServer.title, QStringLiteral("Title from B"));
        QCOMPARE(onServer.body, QStringLiteral("Body from A"));
    }

    void fullResyncSweepsWhatTheServerNoLongerHas()
    {
        // A record whose tombstone this profile missed: cached, but gone from the server.
        CannedReply ghost = SyncFixture::reply(m_a->teamId, QStringLiteral("Deleted while away"));
        ghost.id = Entity::newId();
        ghost.rev = 4;
        ghost.updatedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(RemoteApplier(*m_a->db).apply(
            {0, EntityType::CannedReply, ghost.id, ghost.rev, false, WireCodec::encode(ghost)}));
        // An edit of another record not yet pushed when the resync starts stays.
        CannedReply local = SyncFixture::reply(m_a->teamId, QStringLiteral("Created offline"));
        QVERIFY(m_a->replies().create(local));
        const qint64 before = m_a->replies().count();

        QVERIFY(SyncState(*m_a->db).setCursor(QStringLiteral("99999999")));
        QSignalSpy remote(m_a->engine.get(), &SyncEngine::remoteChanged);
        const SyncSummary s = m_a->sync();
        QVERIFY2(s.ok, qPrintable(s.text()));
        QVERIFY(s.resynced);
        QVERIFY(!m_a->replies().contains(ghost.id));
        QVERIFY(m_a->replies().get(local.id));
        QCOMPARE(m_a->replies().count(), before - 1);
        QVERIFY(!RemoteApplier(*m_a->db).isResyncing());
        bool announced = false;
        for (const QList<QVariant> &args : std::as_const(remote))
            announced = announced || args.at(1).toStringList().contains(ghost.id);
        QVERIFY(announced);
        // Everything else is as on B.
        QVERIFY(m_b->sync().ok);
        QCOMPARE(m_a->replies().count(), m_b->replies().count());
    }

    void aResyncCutShortStartsOver()
    {
        CannedReply ghost = SyncFixture::reply(m_b->teamId, QStringLiteral("Ghost after a crash"));
        ghost.id = Entity::newId();
        ghost.rev = 1;
        ghost.updatedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(RemoteApplier(*m_b->db).apply(
            {0, EntityType::CannedReply, ghost.id, ghost.rev, false, WireCodec::encode(ghost)}));
        // The previous run started a resync and ended before finishing it.
        QVERIFY(SyncState(*m_b->db).setValue(QStringLiteral("resync_started"), QStringLiteral("1")));
        QVERIFY(RemoteApplier(*m_b->db).resyncInterrupted());
        const SyncSummary s = m_b->sync();
        QVERIFY2(s.ok, qPrintable(s.text()));
        QVERIFY(s.resynced);
        QVERIFY(s.pulled > 0);
        QVERIFY(!m_b->replies().contains(ghost.id));
        QVERIFY(!RemoteApplier(*m_b->db).resyncInterrupted());
    }

private:
    // A creates a reply, both sync; A changes the title, B the title and the body; A
    // syncs first, so B's push conflicts on the title. Returns B's conflict.
    Conflict contest(const QString &title)
    {
        CannedReply r = SyncFixture::reply(m_a->teamId, title);
        if (!m_a->replies().create(r) || !m_a->sync().ok || !m_b->sync().ok)
            return {};
        CannedReply onA = *m_a->replies().get(r.id);
        onA.title = QStringLiteral("Title from A");
        m_a->replies().update(onA);
        CannedReply onB = *m_b->replies().get(r.id);
        onB.title = QStringLiteral("Title from B");
        onB.body = QStringLiteral("Body from B");
        m_b->replies().update(onB);
        m_a->sync();
        const SyncSummary s = m_b->sync();
        const QList<Conflict> open = ConflictRepository(*m_b->db).openFor(EntityType::CannedReply, r.id);
        if (!s.ok || s.conflicts != 1 || open.size() != 1) {
            qWarning("no conflict: %s", qPrintable(s.text()));
            return {};
        }
        return open.first();
    }

    SyncFixture m_fixture;
    std::unique_ptr<SyncClient> m_a;
    std::unique_ptr<SyncClient> m_b;
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
