#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

class QTextStream;

// `agentdesk sync --profile DIR --server URL --user U`: log in, sync once, log out, and
// say what happened in one line — for scripts and support. The password comes from
// AGENTDESK_PASSWORD or a prompt without echo. Needs only a QCoreApplication.
class HeadlessSync
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessSync)

public:
    enum ExitCode {
        Ok = 0,
        SyncFailed = 1, // the cycle failed (network, server, store); the outbox is kept
        Usage = 2, // bad command line
        LoginFailed = 3,
        Partial = 4, // synced, but with conflicts or poison mutations to look at
    };

    struct Options
    {
        QString profileDir;
        QUrl server;
        QString user;
        QString password;
    };

    // True when argv names the subcommand (argv[1] == "sync").
    static bool isCommand(int argc, char *argv[]);
    // Parses `sync …` from the application's arguments, then run(). Prints usage errors.
    static int exec(const QStringList &arguments, const QString &defaultProfile);
    // Logs in, syncs once, logs out. One summary line on out, failures on err.
    static int run(const Options &options, QTextStream &out, QTextStream &err);
};
