// SyncEngine against one real agentdesk-server and three client profiles (leads of one
// team): offline edits everywhere then sync, per-field merge and conflicts, idempotent
// retries, the server killed in the middle of a push, the cursor expiring, 401.

#include "store/conflictrepository.h"
#include "store/syncstate.h"
#include "tests/sync/syncfixture.h"

#include <QSignalSpy>

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        AGENTDESK_REQUIRE_BACKEND();
        QVERIFY(m_fixture.start(3));
        m_a = m_fixture.client(QStringLiteral("lead1"));
        m_b = m_fixture.client(QStringLiteral("lead2"));
        m_c = m_fixture.client(QStringLiteral("lead3"));
        QVERIFY(m_a && m_b && m_c);
        QVERIFY(!m_a->teamId.isEmpty());
        // Bring every profile to the server's current state first.
        for (SyncClient *c : clients())
            QVERIFY2(c->sync().ok, "initial sync");
    }

    void offlineEditsArriveEverywhere()
    {
        CannedReply a1 = SyncFixture::reply(m_a->teamId, QStringLiteral("A one"));
        CannedReply a2 = SyncFixture::reply(m_a->teamId, QStringLiteral("A two"));
        CannedReply b1 = SyncFixture::reply(m_b->teamId, QStringLiteral("B one"));
        CannedReply c1 = SyncFixture::reply(m_c->teamId, QStringLiteral("C one"));
        QString error;
        QVERIFY2(m_a->replies().create(a1, &error), qPrintable(error));
        QVERIFY2(m_a->replies().create(a2, &error), qPrintable(error));
        QVERIFY2(m_b->replies().create(b1, &error), qPrintable(error));
        QVERIFY2(m_c->replies().create(c1, &error), qPrintable(error));
        QCOMPARE(m_a->pending(), 2);

        QSignalSpy progress(m_a->engine.get(), &SyncEngine::progress);
        QSignalSpy finished(m_a->engine.get(), &SyncEngine::finished);
        const SyncSummary sa = m_a->sync();
        QVERIFY2(sa.ok, qPrintable(sa.text()));
        QCOMPARE(sa.pushed, 2);
        QCOMPARE(sa.pendingLeft, 0);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(m_a->engine->state(), SyncEngine::State::Idle);
        QVERIFY(m_a->engine->lastSyncAt().isValid());

        const SyncSummary sb = m_b->sync();
        QVERIFY2(sb.ok, qPrintable(sb.text()));
        QCOMPARE(sb.pushed, 1);
        QVERIFY(sb.pulled >= 3); // A's two and its own, with the server's revision
        const SyncSummary sc = m_c->sync();
        QVERIFY2(sc.ok, qPrintable(sc.text()));
        // A second round: A and B pull what C pushed after them.
        QVERIFY2(m_a->sync().ok, "second sync of A");
        QVERIFY2(m_b->sync().ok, "second sync of B");

        for (SyncClient *c : clients()) {
            for (const CannedReply &r : {a1, a2, b1, c1}) {
                const std::optional<CannedReply> got = c->replies().get(r.id);
                QVERIFY2(got, qPrintable(r.title));
                QCOMPARE(got->title, r.title);
                QCOMPARE(got->rev, 1);
            }
            QCOMPARE(c->pending(), 0);
        }
    }

    void editsOnTopOfUnsyncedEditsDoNotConflict()
    {
        // Created and then edited twice offline: the edits are made on the creation (base 0)
        // and on each other, and must not conflict with them on the server.
        CannedReply r = SyncFixture::reply(m_a->teamId, QStringLiteral("draft"));
        QString error;
        QVERIFY2(m_a->replies().create(r, &error), qPrintable(error));
        r.title = QStringLiteral("second");
        QVERIFY(m_a->replies().update(r, &error));
        r.title = QStringLiteral("third");
        r.body = QStringLiteral("final body");
        QVERIFY(m_a->replies().update(r, &error));
        const SyncSummary first = m_a->sync();
        QVERIFY2(first.ok, qPrintable(first.text()));
        QCOMPARE(first.conflicts, 0);
        QCOMPARE(first.pushed, 3);
        QCOMPARE(m_a->replies().get(r.id)->rev, 3);
        // Edited twice again after the sync: the same holds against the server's revision.
        r = *m_a->replies().get(r.id);
        r.title = QStringLiteral("fourth");
        QVERIFY(m_a->replies().update(r, &error));
        r.title = QStringLiteral("fifth");
        QVERIFY(m_a->replies().update(r, &error));
        const SyncSummary second = m_a->sync();
        QVERIFY2(second.ok, qPrintable(second.text()));
        QCOMPARE(second.conflicts, 0);
        QVERIFY2(m_b->sync().ok, "sync of B");
        QCOMPARE(m_b->replies().get(r.id)->title, QStringLiteral("fifth"));
        QCOMPARE(m_b->replies().get(r.id)->body, QStringLiteral("final body"));
    }

    void differentFieldsMerge()
    {
        CannedReply r = SyncFixture::reply(m_a->teamId, QStringLiteral("Merge me"));
        QVERIFY(m_a->replies().create(r));
        QVERIFY(m_a->sync().ok);
        QVERIFY(m_b->sync().ok);
        CannedReply onA = *m_a->replies().get(r.id);
        onA.body = QStringLiteral("Body from A");
        QVERIFY(m_a->replies().update(onA));
        CannedReply onB = *m_b->replies().get(r.id);
        onB.title = QStringLiteral("Title from B");
        QVERIFY(m_b->replies().update(onB));

        QVERIFY(m_a->sync().ok);
        const SyncSummary sb = m_b->sync();
        QVERIFY2(sb.ok, qPrintable(sb.text()));
        QCOMPARE(sb.conflicts, 0);
        QVERIFY(m_a->sync().ok);
        for (SyncClient *c : {m_a.get(), m_b.get()}) {
            const CannedReply got = *c->replies().get(r.id);
            QCOMPARE(got.title, QStringLiteral("Title from B"));
            QCOMPARE(got.body, QStringLiteral("Body from A"));
            QCOMPARE(got.rev, 3);
        }
    }

    void sameFieldConflictsOnTheLaterClient()
    {
        CannedReply r = SyncFixture::reply(m_a->teamId, QStringLiteral("Contested"));
        QVERIFY(m_a->replies().create(r));
        QVERIFY(m_a->sync().ok);
        QVERIFY(m_b->sync().ok);
        const qint64 openOnA = ConflictRepository(*m_a->db).openCount();

        CannedReply onA = *m_a->replies().get(r.id);
        onA.title = QStringLiteral("Title from A");
        QVERIFY(m_a->replies().update(onA));
        CannedReply onB = *m_b->replies().get(r.id);
        onB.title = QStringLiteral("Title from B");
        QVERIFY(m_b->replies().update(onB));

        QVERIFY(m_a->sync().ok);
        QSignalSpy added(m_b->engine.get(), &SyncEngine::conflictsAdded);
        const SyncSummary sb = m_b->sync();
        QVERIFY2(sb.ok, qPrintable(sb.text()));
        QCOMPARE(sb.conflicts, 1);
        QCOMPARE(added.size(), 1);
        QCOMPARE(m_b->pending(), 0); // out of the outbox, into the conflicts table

        const QList<Conflict> conflicts = ConflictRepository(*m_b->db).openFor(EntityType::CannedReply, r.id);
        QCOMPARE(conflicts.size(), 1);
        const Conflict &c = conflicts.first();
        QCOMPARE(c.fields, QStringList {QStringLiteral("title")});
        QCOMPARE(c.local.value(QLatin1String("title")).toString(), QStringLiteral("Title from B"));
        QCOMPARE(c.server.value(QLatin1String("title")).toString(), QStringLiteral("Title from A"));
        // The cache holds the server's copy; the loser lives on in the conflict row.
        QCOMPARE(m_b->replies().get(r.id)->title, QStringLiteral("Title from A"));
        // No conflict on the client that got there first.
        QVERIFY(m_a->sync().ok);
        QCOMPARE(ConflictRepository(*m_a->db).openCount(), openOnA);
        QCOMPARE(m_a->replies().get(r.id)->title, QStringLiteral("Title from A"));
    }

    void retriedPushIsNotAppliedTwice()
    {
        CannedReply r = SyncFixture::reply(m_a->teamId, QStringLiteral("Once"));
        QVERIFY(m_a->replies().create(r));
        QVERIFY(m_a->sync().ok);
        CannedReply edited = *m_a->replies().get(r.id);
        edited.title = QStringLiteral("Once, edited");
        QVERIFY(m_a->replies().update(edited));
        const QList<OutboxEntry> sent = Outbox(*m_a->db).pending(10);
        QCOMPARE(sent.size(), 1);
        const SyncSummary first = m_a->sync();
        QVERIFY(first.ok);
        QCOMPARE(first.pushed, 1);
        QCOMPARE(m_a->replies().get(r.id)->rev, 2);

        // The answer was lost: the same mutation goes out again.
        QVERIFY(Outbox(*m_a->db).enqueue(sent.first().mutation));
        const SyncSummary again = m_a->sync();
        QVERIFY2(again.ok, qPrintable(again.text()));
        QCOMPARE(again.pushed, 0);
        QCOMPARE(again.duplicates, 1);
        QCOMPARE(again.pendingLeft, 0);
        QCOMPARE(again.pulled, 0); // nothing new on the server
        QVERIFY(m_c->sync().ok);
        QCOMPARE(m_c->replies().get(r.id)->rev, 2);
        QCOMPARE(m_c->replies().get(r.id)->title, QStringLiteral("Once, edited"));
    }

    void rejectedBecomesPoisonAndTheRestGoesOn()
    {
        CannedReply good = SyncFixture::reply(m_a->teamId, QStringLiteral("Good"));
        // A lead may not write another team's replies: refused by the server.
        CannedReply bad = SyncFixture::reply(QStringLiteral("no-such-team"), QStringLiteral("Bad"));
        QVERIFY(m_a->replies().create(bad));
        QVERIFY(m_a->replies().create(good));
        const SyncSummary s = m_a->sync();
        QVERIFY2(s.ok, qPrintable(s.text()));
        QCOMPARE(s.poison, 1);
        QCOMPARE(s.pushed, 1);
        Outbox outbox(*m_a->db);
        QCOMPARE(outbox.count(), 0);
        const QList<OutboxEntry> poisoned = outbox.poisoned();
        QCOMPARE(poisoned.size(), 1);
        QCOMPARE(poisoned.first().mutation.id, bad.id);
        QVERIFY(!poisoned.first().lastError.isEmpty());
        QVERIFY(outbox.discard(poisoned.first().mutation.mutationId));
    }

    void serverKilledMidPushLosesNothing()
    {
        m_a->engine->setPushBatchSize(20);
        QStringList ids;
        for (int i = 0; i < 60; ++i) {
            CannedReply r = SyncFixture::reply(m_a->teamId, QStringLiteral("Bulk %1").arg(i));
            QVERIFY(m_a->replies().create(r));
            ids << r.id;
        }
        int uploads = 0;
        auto killer = connect(m_a->engine->client(), &RestClient::requestUploaded, this,
            [&](const QByteArray &, const QString &path) {
                // The second batch is on the wire, its answer not yet back: pull the plug.
                if (path.endsWith(QLatin1String("/mutations")) && ++uploads == 2)
                    m_fixture.kill();
            });
        const SyncSummary broken = m_a->sync();
        disconnect(killer);
        QCOMPARE(uploads, 2);
        QVERIFY(!broken.ok);
        QVERIFY2(broken.error.kind == RestError::Network || broken.error.kind == RestError::Timeout,
            qPrintable(broken.error.describe()));
        QCOMPARE(broken.pushed, 20);
        QCOMPARE(broken.pendingLeft, 40);
        QCOMPARE(m_a->engine->state(), SyncEngine::State::Offline);

        // While it is down, nothing is dropped either.
        const SyncSummary down = m_a->sync();
        QVERIFY(!down.ok);
        QCOMPARE(down.error.kind, RestError::Network);
        QCOMPARE(m_a->pending(), 40);

        QVERIFY(m_fixture.restart());
        for (SyncClient *c : clients())
            c->engine->setServerUrl(m_fixture.url());
        const SyncSummary healed = m_a->sync();
        QVERIFY2(healed.ok, qPrintable(healed.text()));
        // The batch in flight may or may not have been applied before the kill.
        QCOMPARE(healed.pushed + healed.duplicates, 40);
        QCOMPARE(healed.pendingLeft, 0);
        QVERIFY(m_b->sync().ok);
        for (const QString &id : std::as_const(ids)) {
            const std::optional<CannedReply> got = m_b->replies().get(id);
            QVERIFY(got);
            QCOMPARE(got->rev, 1); // created once, never twice
        }
        m_a->engine->setPushBatchSize(500);
    }

    void expiredCursorResyncsAndKeepsTheOutbox()
    {
        CannedReply r = SyncFixture::reply(m_c->teamId, QStringLiteral("Pending across a resync"));
        QVERIFY(m_c->replies().create(r));
        // A cursor from beyond the server's newest change: 410 cursor_expired.
        QVERIFY(SyncState(*m_c->db).setCursor(QStringLiteral("99999999")));
        QSignalSpy reset(m_c->engine.get(), &SyncEngine::remoteReset);
        const SyncSummary s = m_c->sync();
        QVERIFY2(s.ok, qPrintable(s.text()));
        QVERIFY(s.resynced);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(s.pushed, 1);
        QVERIFY(s.pulled > 60);
        QVERIFY(SyncState(*m_c->db).cursor() != QStringLiteral("99999999"));
        QCOMPARE(m_c->replies().get(r.id)->rev, 1);
        QVERIFY(m_a->sync().ok);
        QVERIFY(m_a->replies().get(r.id));
    }

    void unauthorizedPausesUntilANewToken()
    {
        CannedReply r = SyncFixture::reply(m_b->teamId, QStringLiteral("After re-login"));
        QVERIFY(m_b->replies().create(r));
        const QString good = m_b->engine->client()->token();
        m_b->engine->client()->setToken(QStringLiteral("expired-or-revoked"));
        QSignalSpy needsLogin(m_b->engine.get(), &SyncEngine::needsLogin);
        const SyncSummary s = m_b->sync();
        QVERIFY(!s.ok);
        QCOMPARE(s.error.kind, RestError::Unauthorized);
        QCOMPARE(needsLogin.size(), 1);
        QCOMPARE(m_b->engine->state(), SyncEngine::State::NeedsLogin);
        QCOMPARE(m_b->pending(), 1);

        // A new token resumes on its own.
        QSignalSpy finished(m_b->engine.get(), &SyncEngine::finished);
        m_b->engine->setToken(good);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(m_b->engine->state(), SyncEngine::State::Idle);
        QCOMPARE(m_b->pending(), 0);
    }

    void triggersDebounceLocalEdits()
    {
        m_c->engine->setDebounceInterval(50);
        m_c->engine->startTriggers();
        QSignalSpy finished(m_c->engine.get(), &SyncEngine::finished);
        CannedReply r = SyncFixture::reply(m_c->teamId, QStringLiteral("Debounced"));
        QVERIFY(m_c->replies().create(r));
        m_c->engine->scheduleSync();
        m_c->engine->scheduleSync(); // two edits, one cycle
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(m_c->pending(), 0);
        m_c->engine->stopTriggers();
    }

    void twoServersOnOneDatabase()
    {
        if (!ServerFixture::usePostgres())
            QSKIP("several server instances share a PostgreSQL database only");
        const QUrl first = m_fixture.url();
        const quint16 secondPort = m_fixture.server().startServer();
        QVERIFY(secondPort != 0);
        const QUrl second(QStringLiteral("http://127.0.0.1:%1").arg(secondPort));

        // Alternate instances request by request: sessions, idempotency records and the
        // feed sequence all live in the database.
        CannedReply r = SyncFixture::reply(m_a->teamId, QStringLiteral("Across instances"));
        QVERIFY(m_a->replies().create(r));
        m_a->engine->setServerUrl(second);
        QVERIFY(m_a->sync().ok);
        m_b->engine->setServerUrl(first);
        QVERIFY(m_b->sync().ok);
        QVERIFY(m_b->replies().get(r.id));

        CannedReply onB = *m_b->replies().get(r.id);
        onB.title = QStringLiteral("Edited via the second instance");
        QVERIFY(m_b->replies().update(onB));
        const QList<OutboxEntry> sent = Outbox(*m_b->db).pending(10);
        QCOMPARE(sent.size(), 1);
        m_b->engine->setServerUrl(second);
        QCOMPARE(m_b->sync().pushed, 1);
        // The same mutation retried on the other instance is recognised.
        QVERIFY(Outbox(*m_b->db).enqueue(sent.first().mutation));
        m_b->engine->setServerUrl(first);
        const SyncSummary retried = m_b->sync();
        QVERIFY2(retried.ok, qPrintable(retried.text()));
        QCOMPARE(retried.duplicates, 1);
        QCOMPARE(retried.pushed, 0);

        m_a->engine->setServerUrl(first);
        QVERIFY(m_a->sync().ok);
        QCOMPARE(m_a->replies().get(r.id)->title, QStringLiteral("Edited via the second instance"));
        QCOMPARE(m_a->replies().get(r.id)->rev, 2);
    }

private:
    QList<SyncClient *> clients() { return {m_a.get(), m_b.get(), m_c.get()}; }

    SyncFixture m_fixture;
    std::unique_ptr<SyncClient> m_a;
    std::unique_ptr<SyncClient> m_b;
    std::unique_ptr<SyncClient> m_c;
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
