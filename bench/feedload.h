#pragma once

#include "bench/latencystats.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// The change feed under load: each client is a thread with its own RestClient (its own
// QNetworkAccessManager, so its own keep-alive connection), signs in, then — all
// together, for a fixed time — polls GET /api/v1/changes from its cursor. Pushers also
// send one mutation (a note on one of their team's tickets) every few polls, which the
// other clients of the team then pull.
class FeedLoad
{
public:
    struct Client
    {
        QString username;
        QByteArray password;
        bool pusher = false;
    };
    struct Options
    {
        QUrl url;
        QList<Client> clients;
        QString startCursor; // where every client starts polling (the feed's head)
        int seconds = 10;
        int thinkMs = 0; // pause between a client's requests
        int limit = 500;
        int pushEvery = 5; // a pusher pushes after every pushEvery-th poll
        QHash<QString, QStringList> ticketsByTeam; // tickets a pusher may annotate
    };
    struct Result
    {
        LatencyStats polls;
        LatencyStats pushes;
        LatencyStats logins;
        qint64 changesPulled = 0;
        qint64 pushesApplied = 0;
        int errors = 0;
        QString firstError;
        double seconds = 0;
        qint64 requests() const { return polls.count() + pushes.count(); }
    };

    static Result run(const Options &options);
};
