#include "server/importcommand.h"

#include "server/commandline.h"
#include "server/contentimporter.h"
#include "server/dbconnection.h"

#include <QCommandLineParser>

#include <cstdio>

namespace {

using CommandLine::option;
constexpr int s_exitUsage = CommandLine::ExitUsage;
constexpr int s_exitFailed = CommandLine::ExitFailed;

} // namespace

QList<QCommandLineOption> ImportCommand::options()
{
    return {
        {option("author"), tr("import: the author (username) of lines that name none."), tr("username")},
        {option("signed-off-by"),
            tr("import kb: the compliance sign-off (username) of lines that name none."), tr("username")},
    };
}

int ImportCommand::run(const QCommandLineParser &parser, const DatabaseSettings &database,
    const QString &kind, const QString &file)
{
    const bool articles = kind == QLatin1String("kb");
    if (!articles && kind != QLatin1String("cases")) {
        std::fprintf(stderr, "agentdesk-server: %s\n",
            qPrintable(tr("import takes kb or cases, then the file: import kb FILE.jsonl")));
        return s_exitUsage;
    }
    if (!articles && parser.isSet(option("signed-off-by"))) {
        std::fprintf(stderr, "agentdesk-server: %s\n", qPrintable(tr("--signed-off-by is for import kb")));
        return s_exitUsage;
    }
    ContentImporter::Options options;
    options.defaultAuthor = parser.value(option("author"));
    options.signedOffBy = parser.value(option("signed-off-by"));
    ContentImporter importer(DbConnection::forThread(database), database.backend,
        articles ? ContentImporter::Kind::Articles : ContentImporter::Kind::Cases, options);

    const auto report = [&file](qint64 line, const QString &message) {
        std::fprintf(
            stderr, "%s:%lld: %s\n", qPrintable(file), static_cast<long long>(line), qPrintable(message));
    };
    ContentImporter::Summary summary;
    QString error;
    const bool ran = importer.run(file, report, &summary, &error);
    std::fflush(stderr);
    std::printf("%s\n",
        qPrintable(tr("imported %1, updated %2, unchanged %3, refused %4 (categories created: %5)")
                       .arg(summary.imported)
                       .arg(summary.updated)
                       .arg(summary.unchanged)
                       .arg(summary.refused)
                       .arg(summary.categoriesCreated)));
    std::fflush(stdout);
    if (!ran) {
        std::fprintf(stderr, "agentdesk-server: %s\n", qPrintable(error));
        return s_exitFailed;
    }
    return summary.refused > 0 ? ExitLinesRefused : 0;
}
