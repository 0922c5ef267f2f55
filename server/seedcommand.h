#pragma once

#include "server/databasesettings.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

class QCommandLineParser;

// `agentdesk-server seed`: the demo data of agentdesk-seed (same options, same seed →
// same records and ids) written into the server database through ServerSeeder, with a
// login for every generated user (password from AGENTDESK_PASSWORD). Prints on stdout
// one user to sign in with per role, as "agent: USERNAME (TEAM)"; progress and the
// summary (rows, rows/s) go to stderr.
class SeedCommand
{
    Q_DECLARE_TR_FUNCTIONS(SeedCommand)

public:
    // --customers --tickets --articles --cases --seed --now --force --quiet
    static QList<QCommandLineOption> options();
    // Exit codes as ServerCli: 0 done, 1 usage error, 2 failed. Throws DbError.
    static int run(const QCommandLineParser &parser, const DatabaseSettings &database);
};
