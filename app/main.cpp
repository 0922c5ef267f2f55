// agentdesk — the customer-service workstation.
//
//   agentdesk [--profile DIR] [--server URL] [--user NAME] [--lang zh_CN|en]
//   agentdesk sync --profile DIR --server URL --user U   (headless: sync once, exit)
//   agentdesk --call NUMBER [--call-started ISO-TIME]     (screen-pop: the running
//       workstation shows the caller and this process exits; none running: starts one)
// AGENTDESK_PASSWORD with --user signs in without the dialog (scripts/demo); the
// variable is removed from the environment as soon as it is read.
//   agentdesk --help | --version

#include "app/screenpop.h"
#include "app/workstation.h"
#include "sync/headlesssync.h"
#include "ui/languagemanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

namespace {

bool isHelpOrVersion(const QByteArray &arg)
{
    return arg == "--help" || arg == "-h" || arg == "-?" || arg == "--version" || arg == "-v";
}

// --help and --version must work without a display (CI, ssh): they only need QtCore.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (isHelpOrVersion(QByteArray(argv[i])))
            return std::make_unique<QCoreApplication>(argc, argv);
    }
    return std::make_unique<QApplication>(argc, argv);
}

// The value of --name VALUE or --name=VALUE, for the few options needed ahead of the full
// parse; empty when absent.
QString optionArgument(const QStringList &args, const QString &name)
{
    const QString option = QLatin1String("--") + name;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == option && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(option + QLatin1Char('=')))
            return args.at(i).mid(option.size() + 1);
    }
    return {};
}

// The language must be known before the help text is built, so --lang is read ahead
// of the full parse.
QString languageArgument(const QStringList &args)
{
    return optionArgument(args, QStringLiteral("lang"));
}

// --call's number and --call-started's time (default: now), checked; false after saying
// why on stderr.
bool readCall(const QString &number, const QString &started, QString *normalized, QDateTime *startedAt)
{
    QString error;
    *normalized = ScreenPop::normalizeNumber(number, &error);
    if (normalized->isEmpty()) {
        std::fprintf(stderr, "agentdesk: %s\n",
            qPrintable(QCoreApplication::translate("main", "--call: %1").arg(error)));
        return false;
    }
    *startedAt = started.isEmpty() ? QDateTime::currentDateTime() : ScreenPop::parseStartedAt(started);
    if (!startedAt->isValid()) {
        std::fprintf(stderr, "agentdesk: %s\n",
            qPrintable(QCoreApplication::translate(
                "main", "--call-started: not an ISO 8601 date and time such as 2026-11-27T09:15:02+08:00")));
        return false;
    }
    return true;
}

// `agentdesk --call NUMBER` while a workstation runs: the call is handed to it and this
// process ends without a window, so without QApplication (the softphone that runs it may
// have no display to give). Returns the exit code, or -1 when a workstation must start
// here and take the call itself.
int forwardCall(int &argc, char *argv[])
{
    bool call = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (isHelpOrVersion(arg))
            return -1;
        call = call || arg == "--call" || arg.startsWith("--call=");
    }
    if (!call)
        return -1;
    QCoreApplication core(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    // An unknown --lang is reported by the full parse, if it comes to one.
    const QString langOverride = languageArgument(args);
    LanguageManager language;
    language.restore(LanguageManager::availableLanguages().contains(langOverride) ? langOverride : QString());
    QString number;
    QDateTime startedAt;
    if (!readCall(optionArgument(args, QStringLiteral("call")),
            optionArgument(args, QStringLiteral("call-started")), &number, &startedAt))
        return 2;
    QString error;
    switch (ScreenPop::deliver(number, startedAt, &error)) {
    case ScreenPop::Delivery::Delivered:
        return 0;
    case ScreenPop::Delivery::NoListener:
        return -1;
    case ScreenPop::Delivery::Failed:
        break;
    }
    // A workstation runs but did not take it: a second one on the same profile would not
    // be better off.
    std::fprintf(stderr, "agentdesk: %s\n",
        qPrintable(QCoreApplication::translate("main", "the call was not handed over: %1").arg(error)));
    return 1;
}

// <AppData>/default. QStandardPaths::AppDataLocation appends organisation and application
// name, both "AgentDesk", which gave …/AgentDesk/AgentDesk/default before: the doubled
// level is dropped, and a profile found at the old place is moved to the new one (or,
// when it cannot be moved — a file in use on Windows — used where it is). Only with
// migrate: --help names the place without touching anything.
QString defaultProfileDir(bool migrate = true)
{
    QDir appData(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QString old = appData.filePath(QStringLiteral("default"));
    if (appData.dirName() == QCoreApplication::applicationName()
        && QFileInfo(appData.absolutePath()).fileName() == QCoreApplication::organizationName())
        appData.setPath(QFileInfo(appData.absolutePath()).absolutePath());
    const QString profile = appData.filePath(QStringLiteral("default"));
    if (!migrate || profile == old || !QFileInfo::exists(old) || QFileInfo::exists(profile))
        return profile;
    QDir().mkpath(appData.absolutePath());
    if (!QDir().rename(old, profile))
        return old;
    // The emptied …/AgentDesk/AgentDesk goes too; rmdir leaves it when anything remains.
    QDir().rmdir(QFileInfo(old).absolutePath());
    return profile;
}

// Read once, then gone from the environment: child processes and crash reports must
// not see it.
QString takePasswordFromEnvironment()
{
    const QString password = qEnvironmentVariable("AGENTDESK_PASSWORD");
    qunsetenv("AGENTDESK_PASSWORD");
    return password;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("AgentDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("example.com"));
    QCoreApplication::setApplicationName(QStringLiteral("AgentDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGENTDESK_VERSION));
    // The headless command runs on servers and in scripts: no display, no widgets; its
    // messages in the user's language like the workstation's.
    if (HeadlessSync::isCommand(argc, argv)) {
        QCoreApplication core(argc, argv);
        const QString langOverride = languageArgument(QCoreApplication::arguments());
        LanguageManager language;
        language.restore(langOverride);
        QStringList arguments = QCoreApplication::arguments();
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size()) {
                arguments.remove(i, 2);
                break;
            }
            if (arguments.at(i).startsWith(QLatin1String("--lang="))) {
                arguments.remove(i);
                break;
            }
        }
        return HeadlessSync::exec(arguments, defaultProfileDir());
    }
    if (const int forwarded = forwardCall(argc, argv); forwarded >= 0)
        return forwarded;
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
    const QString defaultProfile = defaultProfileDir(false);
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QCoreApplication::translate("main", "Profile directory holding the local store (default: %1).")
            .arg(QDir::toNativeSeparators(defaultProfile)),
        QCoreApplication::translate("main", "dir"), defaultProfile);
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language for this run: zh_CN or en."),
        QCoreApplication::translate("main", "language"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QCoreApplication::translate("main",
            "AgentDesk server to sign in to, e.g. https://desk.example.com:8443 (default: the profile's)."),
        QCoreApplication::translate("main", "url"));
    const QCommandLineOption userOption(QStringLiteral("user"),
        QCoreApplication::translate("main",
            "User name to sign in with (default: the profile's last). With AGENTDESK_PASSWORD set, "
            "signs in without the dialog."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption callOption(QStringLiteral("call"),
        QCoreApplication::translate("main",
            "Show this caller in the running workstation and exit, or start the workstation with it: "
            "what a softphone runs on an incoming call. Spaces and hyphens are ignored."),
        QCoreApplication::translate("main", "number"));
    const QCommandLineOption callStartedOption(QStringLiteral("call-started"),
        QCoreApplication::translate("main",
            "With --call: when the call began, ISO 8601 such as 2026-11-27T09:15:02+08:00 (default: now)."),
        QCoreApplication::translate("main", "time"));
    parser.addOption(profileOption);
    parser.addOption(serverOption);
    parser.addOption(userOption);
    parser.addOption(langOption);
    parser.addOption(callOption);
    parser.addOption(callStartedOption);
    parser.addPositionalArgument(QStringLiteral("sync"),
        QCoreApplication::translate("main",
            "Synchronise the profile once without a window and exit: "
            "agentdesk sync --server URL --user NAME [--profile DIR] (see agentdesk sync --help)."),
        QStringLiteral("[sync]"));
    parser.process(*app);

    SessionController::Options session;
    session.serverUrl = parser.value(serverOption);
    session.username = parser.value(userOption);
    session.password = takePasswordFromEnvironment();
    if (!session.serverUrl.isEmpty() && !SessionLogin::normalizeServerUrl(session.serverUrl).isValid()) {
        std::fprintf(stderr, "agentdesk: %s\n",
            qPrintable(
                QCoreApplication::translate("main", "not a server address: %1").arg(session.serverUrl)));
        return 2;
    }
    QString callNumber;
    QDateTime callStartedAt;
    if (parser.isSet(callStartedOption) && !parser.isSet(callOption)) {
        std::fprintf(stderr, "agentdesk: %s\n",
            qPrintable(QCoreApplication::translate("main", "--call-started needs --call")));
        return 2;
    }
    if (parser.isSet(callOption)
        && !readCall(parser.value(callOption), parser.value(callStartedOption), &callNumber, &callStartedAt))
        return 2;

    Workstation::applyLook();
    Workstation workstation(
        parser.isSet(profileOption) ? parser.value(profileOption) : defaultProfileDir(), &language);
    workstation.setSessionOptions(session);
    if (!callNumber.isEmpty())
        workstation.setPendingCall(callNumber, callStartedAt);
    QString error;
    if (!workstation.open(&error)) {
        Workstation::reportFatal(error);
        return 1;
    }
    workstation.show();
    return app->exec();
}
