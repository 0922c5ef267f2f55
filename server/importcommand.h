#pragma once

#include "server/databasesettings.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

class QCommandLineParser;

// `agentdesk-server import kb|cases FILE.jsonl [--author USERNAME] [--signed-off-by USERNAME]`
// (docs/import-format.md): ContentImporter on the command line. Each refused line goes
// to stderr as "FILE:LINE: message"; the summary goes to stdout.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    // Exit codes: ServerCli's 0 done, 1 usage error, 2 failed, and 3: some lines refused.
    static constexpr int ExitLinesRefused = 3;

    // --author --signed-off-by
    static QList<QCommandLineOption> options();
    // `kind` is "kb" or "cases". Throws DbError.
    static int run(const QCommandLineParser &parser, const DatabaseSettings &database, const QString &kind,
        const QString &file);
};
