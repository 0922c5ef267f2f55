#pragma once

#include "server/databasesettings.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QCommandLineParser;

// The agentdesk-server command line:
//   agentdesk-server [serve] [--listen ADDR:PORT] [--threads N] [--max-body BYTES]
//                    [--max-attachment BYTES] …
//   agentdesk-server user add USERNAME --role ROLE [--team NAME] --name DISPLAY
//   agentdesk-server user passwd USERNAME | user disable USERNAME
//   agentdesk-server team add NAME
//   agentdesk-server compact [--tombstone-days N]
//   agentdesk-server serve … [--compact-every HOURS] (default 24; 0 = at start only)
// Every command takes --data-dir DIR or --db postgresql://…; every administrative
// command writes an audit entry. Passwords come from AGENTDESK_PASSWORD or a prompt
// and are never printed.
class ServerCli
{
    Q_DECLARE_TR_FUNCTIONS(ServerCli)

public:
    // Exit codes: 0 done, 1 usage error, 2 the command failed.
    static int run(const QStringList &arguments);

private:
    static std::optional<DatabaseSettings> databaseSettings(const QCommandLineParser &parser, QString *error);
    static int serve(const QCommandLineParser &parser, const DatabaseSettings &database);
    static int userAdd(
        const QCommandLineParser &parser, const DatabaseSettings &database, const QString &username);
    static int userPasswd(const DatabaseSettings &database, const QString &username);
    static int userDisable(const DatabaseSettings &database, const QString &username);
    static int teamAdd(const DatabaseSettings &database, const QString &name);
    static int compact(const QCommandLineParser &parser, const DatabaseSettings &database);
    static int routes(const DatabaseSettings &database);
    static bool readNewPassword(QString &out);
};
