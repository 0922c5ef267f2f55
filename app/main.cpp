// agentdesk — the customer-service workstation.
//
//   agentdesk [--profile DIR] [--lang zh_CN|en]
//   agentdesk sync --profile DIR --server URL --user U   (headless: sync once, exit)
//   agentdesk --help | --version

#include "app/workstation.h"
#include "sync/headlesssync.h"
#include "ui/languagemanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

namespace {

// --help and --version must work without a display (CI, ssh): they only need QtCore.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--version" || arg == "-v")
            return std::make_unique<QCoreApplication>(argc, argv);
    }
    return std::make_unique<QApplication>(argc, argv);
}

// The language must be known before the help text is built, so --lang is read ahead
// of the full parse.
QString languageArgument(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    return {};
}

QString defaultProfileDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("default"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("AgentDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("example.com"));
    QCoreApplication::setApplicationName(QStringLiteral("AgentDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGENTDESK_VERSION));
    // The headless command runs on servers and in scripts: no display, no widgets.
    if (HeadlessSync::isCommand(argc, argv)) {
        QCoreApplication core(argc, argv);
        return HeadlessSync::exec(QCoreApplication::arguments(), defaultProfileDir());
    }
    const auto app = createApplication(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("com.example.AgentDesk"));

    const QString langOverride = languageArgument(QCoreApplication::arguments());
    if (!langOverride.isEmpty() && !LanguageManager::availableLanguages().contains(langOverride)) {
        std::fprintf(stderr, "agentdesk: unknown language \"%s\" (use %s)\n", qPrintable(langOverride),
            qPrintable(LanguageManager::availableLanguages().join(QLatin1String(" or "))));
        return 2;
    }
    LanguageManager language;
    language.restore(langOverride);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "AgentDesk — customer-service workstation for a securities brokerage"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString defaultProfile = defaultProfileDir();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QCoreApplication::translate("main", "Profile directory holding the local store (default: %1).")
            .arg(QDir::toNativeSeparators(defaultProfile)),
        QCoreApplication::translate("main", "dir"), defaultProfile);
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language for this run: zh_CN or en."),
        QCoreApplication::translate("main", "language"));
    parser.addOption(profileOption);
    parser.addOption(langOption);
    parser.process(*app);

    Workstation::applyLook();
    Workstation workstation(parser.value(profileOption), &language);
    QString error;
    if (!workstation.open(&error)) {
        Workstation::reportFatal(error);
        return 1;
    }
    workstation.show();
    return app->exec();
}
