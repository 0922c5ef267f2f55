#include "sync/headlesssync.h"

#include "store/database.h"
#include "sync/restclient.h"
#include "core/secretprompt.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

bool HeadlessSync::isCommand(int argc, char *argv[])
{
    return argc > 1 && qstrcmp(argv[1], "sync") == 0;
}

int HeadlessSync::exec(const QStringList &arguments, const QString &defaultProfile)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Synchronise a profile with the AgentDesk server once and exit."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sync"), tr("The command."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        tr("Profile directory holding the local store."), tr("dir"), defaultProfile);
    const QCommandLineOption serverOption(
        QStringLiteral("server"), tr("Server URL, e.g. https://desk.example.com:8443."), tr("url"));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("User name to log in with."), tr("name"));
    parser.addOption(profileOption);
    parser.addOption(serverOption);
    parser.addOption(userOption);
    if (!parser.parse(arguments)) {
        err << "agentdesk sync: " << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    Options options;
    options.profileDir = parser.value(profileOption);
    options.server = QUrl::fromUserInput(parser.value(serverOption));
    options.user = parser.value(userOption);
    if (!options.server.isValid() || options.server.isEmpty() || options.user.isEmpty()) {
        err << "agentdesk sync: " << tr("--server and --user are required.") << Qt::endl;
        return Usage;
    }
    if (qEnvironmentVariableIsSet("AGENTDESK_PASSWORD")) {
        options.password = qEnvironmentVariable("AGENTDESK_PASSWORD");
    } else if (!SecretPrompt::readSecret(tr("Password for %1: ").arg(options.user), options.password)) {
        err << "agentdesk sync: " << tr("no password given (set AGENTDESK_PASSWORD or type it).") << Qt::endl;
        return Usage;
    }
    return run(options, out, err);
}

int HeadlessSync::run(const Options &options, QTextStream &out, QTextStream &err)
{
    Database db(options.profileDir);
    QString error;
    if (!db.open(&error)) {
        err << "agentdesk sync: " << tr("cannot open the profile: %1").arg(error) << Qt::endl;
        return SyncFailed;
    }
    SyncEngine engine(db);
    engine.setServerUrl(options.server);
    const RestResult login = engine.client()->login(options.user, options.password);
    if (!login.ok()) {
        err << "agentdesk sync: " << tr("login failed: %1").arg(login.error.describe()) << Qt::endl;
        return login.error.kind == RestError::Unauthorized || login.error.kind == RestError::Invalid
            ? LoginFailed
            : SyncFailed;
    }
    const SyncSummary summary = engine.runOnce();
    engine.client()->logout();
    if (!summary.ok) {
        err << "agentdesk sync: " << summary.text() << Qt::endl;
        return SyncFailed;
    }
    out << summary.text() << Qt::endl;
    return summary.conflicts > 0 || summary.poison > 0 ? Partial : Ok;
}
