#pragma once

// Shared by the sync tests: one real agentdesk-server (tests/server/serverfixture.h) with
// a team of leads, and client profiles in temporary directories, each with its own store
// and SyncEngine logged in as one of them.

#include "store/cannedreplyrepository.h"
#include "store/database.h"
#include "store/outbox.h"
#include "sync/restclient.h"
#include "sync/syncengine.h"
#include "tests/server/serverfixture.h"

#include <QTemporaryDir>

#include <memory>

struct SyncClient
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<SyncEngine> engine;
    QString teamId;

    CannedReplyRepository replies() { return CannedReplyRepository(*db); }
    SyncSummary sync() { return engine->runOnce(); }
    int pending() { return Outbox(*db).count(); }
};

class SyncFixture
{
public:
    // Team "Desk A" with leads lead1…leadN; a running server.
    bool start(int users = 3)
    {
        if (!m_server.addTeam(QStringLiteral("Desk A")))
            return false;
        for (int i = 1; i <= users; ++i) {
            if (!m_server.addUser(
                    QStringLiteral("lead%1").arg(i), QStringLiteral("lead"), QStringLiteral("Desk A")))
                return false;
        }
        m_port = m_server.startServer();
        return m_port != 0;
    }

    // After a kill: the same database, a new port.
    bool restart()
    {
        m_port = m_server.startServer();
        return m_port != 0;
    }
    void kill() { m_server.stopServers(); }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    quint16 port() const { return m_port; }
    ServerFixture &server() { return m_server; }

    // A fresh profile logged in as the user; nullptr (with a warning) when anything fails.
    std::unique_ptr<SyncClient> client(const QString &username)
    {
        auto c = std::make_unique<SyncClient>();
        c->db = std::make_unique<Database>(c->dir.path());
        QString error;
        if (!c->db->open(&error)) {
            qWarning("cannot open the profile: %s", qPrintable(error));
            return nullptr;
        }
        c->engine = std::make_unique<SyncEngine>(*c->db);
        c->engine->setServerUrl(url());
        const RestResult login = c->engine->client()->login(username, QStringLiteral("correct horse"));
        if (!login.ok()) {
            qWarning("login failed: %s", qPrintable(login.error.describe()));
            return nullptr;
        }
        c->teamId
            = login.json.value(QLatin1String("user")).toObject().value(QLatin1String("team_id")).toString();
        return c;
    }

    static CannedReply reply(const QString &teamId, const QString &title)
    {
        CannedReply r;
        r.title = title;
        r.body = QStringLiteral("Thank you for calling; we will get back to you.");
        r.category = TicketCategory::Other;
        r.teamId = teamId;
        return r;
    }

private:
    ServerFixture m_server;
    quint16 m_port = 0;
};
