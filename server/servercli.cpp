#include "server/servercli.h"

#include "core/secretprompt.h"
#include "server/attachmentroutes.h"
#include "server/auditlog.h"
#include "server/changefeed.h"
#include "server/commandline.h"
#include "server/dbconnection.h"
#include "server/dberror.h"
#include "server/httpserver.h"
#include "server/importcommand.h"
#include "server/passwordhasher.h"
#include "server/periodiccompactor.h"
#include "server/router.h"
#include "server/seedcommand.h"
#include "server/servermigrations.h"
#include "server/serverroutes.h"
#include "server/sessionstore.h"
#include "server/userdirectory.h"
#include "server/writetransaction.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>

#include <cstdio>

namespace {

using CommandLine::option;
using CommandLine::printError;
constexpr int s_exitUsage = CommandLine::ExitUsage;
constexpr int s_exitFailed = CommandLine::ExitFailed;
constexpr int s_minPasswordLength = CommandLine::MinPasswordLength;

AuditEntry adminEntry(const QString &action, const QString &entity, const QString &entityId)
{
    AuditEntry entry;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.reason = QStringLiteral("command line");
    return entry;
}

} // namespace

int ServerCli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("AgentDesk central service.\n\n"
           "Commands:\n"
           "  serve (default)                   run the HTTP service\n"
           "  user add USERNAME --role R --name DISPLAY [--team NAME]\n"
           "  user passwd USERNAME              set a new password (ends the user's sessions)\n"
           "  user disable USERNAME             refuse the user's sign-in (ends the sessions)\n"
           "  team add NAME\n"
           "  compact [--tombstone-days N]      drop change-feed history older than N days\n"
           "  seed [--customers N] [--tickets N] [--articles N] [--cases N] [--seed S] [--now ISO]\n"
           "       [--force]                    generate demo data (as agentdesk-seed) with a login\n"
           "                                    per demo user (password: AGENTDESK_PASSWORD)\n"
           "  import kb|cases FILE.jsonl [--author USERNAME] [--signed-off-by USERNAME]\n"
           "                                    import articles or cases (docs/import-format.md);\n"
           "                                    exit 3 when some lines were refused\n\n"
           "Passwords are read from AGENTDESK_PASSWORD or prompted for."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"), tr("serve, user or team"), QStringLiteral("[command…]"));
    parser.addOptions({
        {option("data-dir"), tr("Directory of the embedded SQLite database (server.sqlite)."), tr("dir")},
        {option("db"), tr("PostgreSQL database instead: postgresql://USER@HOST:PORT/DBNAME."), tr("url")},
        {option("listen"), tr("Address and port to serve on; port 0 picks a free one."), tr("addr:port"),
            QStringLiteral("127.0.0.1:8080")},
        {option("threads"), tr("Worker threads (default: the number of CPU threads)."), tr("n"),
            QStringLiteral("0")},
        {option("max-body"), tr("Largest request body in bytes."), tr("bytes"),
            QString::number(16 * 1024 * 1024)},
        {option("max-attachment"), tr("Largest attachment upload in bytes (instead of --max-body)."),
            tr("bytes"), QString::number(AttachmentRoutes::DefaultMaxBytes)},
        {option("session-hours"), tr("Lifetime of a sign-in session."), tr("hours"), QStringLiteral("12")},
        {option("read-timeout"), tr("Seconds to wait for a request."), tr("s"), QStringLiteral("30")},
        {option("handle-timeout"), tr("Seconds a request may take to handle."), tr("s"),
            QStringLiteral("60")},
        {option("write-timeout"), tr("Seconds to send a response."), tr("s"), QStringLiteral("30")},
        {option("tls-cert"), tr("PEM certificate chain: serve HTTPS."), tr("file")},
        {option("tls-key"), tr("PEM private key for --tls-cert."), tr("file")},
        {option("compact-every"),
            tr("serve: compact the change feed every this many hours (0: only at start)."), tr("hours"),
            QStringLiteral("24")},
        {option("tombstone-days"),
            tr("Days of change-feed history (tombstones, superseded changes, idempotency answers) kept; "
               "older cursors must resync."),
            tr("days"), QString::number(ChangeFeed::DefaultTombstoneDays)},
        {option("role"), tr("user add: agent, lead, trainer or admin."), tr("role")},
        {option("team"), tr("user add: the team's name."), tr("name")},
        {option("name"), tr("user add: the display name."), tr("display")},
    });
    parser.addOptions(SeedCommand::options());
    parser.addOptions(ImportCommand::options());
    parser.process(arguments);

    const QStringList words = parser.positionalArguments();
    QString error;
    const std::optional<DatabaseSettings> database = databaseSettings(parser, &error);
    if (!database) {
        printError(error);
        return s_exitUsage;
    }
    if (!PasswordHasher::initialise()) {
        printError(tr("libsodium failed to initialise."));
        return s_exitFailed;
    }
    try {
        // Every command works on a migrated database.
        ServerMigrations::apply(DbConnection::forThread(*database), database->backend);

        const QString command = words.value(0, QStringLiteral("serve"));
        const QString sub = words.value(1);
        if (command == QLatin1String("serve") && words.size() <= 1)
            return serve(parser, *database);
        if (command == QLatin1String("user") && words.size() == 3) {
            if (sub == QLatin1String("add"))
                return userAdd(parser, *database, words.at(2));
            if (sub == QLatin1String("passwd"))
                return userPasswd(*database, words.at(2));
            if (sub == QLatin1String("disable"))
                return userDisable(*database, words.at(2));
        }
        if (command == QLatin1String("team") && sub == QLatin1String("add") && words.size() == 3)
            return teamAdd(*database, words.at(2));
        if (command == QLatin1String("compact") && words.size() == 1)
            return compact(parser, *database);
        // Undocumented: the routes as JSON, for tests/server/tst_routesecurity.
        if (command == QLatin1String("routes") && words.size() == 1)
            return routes(*database);
        if (command == QLatin1String("seed") && words.size() == 1)
            return SeedCommand::run(parser, *database);
        if (command == QLatin1String("import") && words.size() == 3)
            return ImportCommand::run(parser, *database, sub, words.at(2));
        printError(tr("unknown command; see --help"));
        return s_exitUsage;
    } catch (const DbError &e) {
        printError(tr("database error: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    return s_exitFailed;
}

std::optional<DatabaseSettings> ServerCli::databaseSettings(const QCommandLineParser &parser, QString *error)
{
    if (parser.isSet(option("db"))) {
        if (parser.isSet(option("data-dir"))) {
            *error = tr("give --data-dir or --db, not both");
            return std::nullopt;
        }
        return DatabaseSettings::fromUrl(parser.value(option("db")), error);
    }
    // No silent default location: a server writing its database somewhere unexpected
    // is worse than one that asks.
    const QString dir = parser.value(option("data-dir"));
    if (dir.isEmpty()) {
        *error = tr("give --data-dir DIR (embedded SQLite) or --db postgresql://…");
        return std::nullopt;
    }
    return DatabaseSettings::sqliteIn(dir);
}

int ServerCli::serve(const QCommandLineParser &parser, const DatabaseSettings &database)
{
    HttpServer::Options options;
    const QString listen = parser.value(option("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    if (!portOk || port > 65535) {
        printError(tr("--listen takes ADDRESS:PORT, e.g. 127.0.0.1:8080"));
        return s_exitUsage;
    }
    options.address = listen.left(colon);
    options.port = quint16(port);
    bool ok = true;
    const auto number = [&parser, &ok](const char *name) {
        bool valid = false;
        const double value = parser.value(option(name)).toDouble(&valid);
        ok = ok && valid && value >= 0;
        return value;
    };
    options.threads = int(number("threads"));
    options.maxBodyBytes = qint64(number("max-body"));
    options.maxUploadBytes = qint64(number("max-attachment"));
    options.isUpload = &AttachmentRoutes::isUpload;
    options.readTimeout = std::chrono::seconds(qint64(number("read-timeout")));
    options.handleTimeout = std::chrono::seconds(qint64(number("handle-timeout")));
    options.writeTimeout = std::chrono::seconds(qint64(number("write-timeout")));
    const double sessionHours = number("session-hours");
    const double compactHours = number("compact-every");
    if (!ok || sessionHours <= 0 || options.maxBodyBytes <= 0 || options.maxUploadBytes <= 0) {
        printError(tr("--threads, --max-body, --max-attachment, --session-hours and the timeouts take "
                      "positive numbers"));
        return s_exitUsage;
    }
    options.tlsCertificate = parser.value(option("tls-cert"));
    options.tlsKey = parser.value(option("tls-key"));

    // Compaction runs at start, then every --compact-every hours, on PeriodicCompactor's
    // thread: on a large database the first run reads much of the change feed, and the
    // server must be listening meanwhile.
    const int tombstoneDays = parser.value(option("tombstone-days")).toInt(&ok);
    if (!ok || tombstoneDays < 0) {
        printError(tr("--tombstone-days takes a whole number of days (0 or more)"));
        return s_exitUsage;
    }

    // Users and teams written before they were in the change feed get their records.
    {
        const QSqlDatabase db = DbConnection::forThread(database);
        WriteTransaction transaction(db, database.backend);
        const int published = UserDirectory::publishMissing(db);
        transaction.commit();
        if (published > 0)
            std::fprintf(stderr, "agentdesk-server: published %d user and team record(s)\n", published);
    }
    PeriodicCompactor compactor(
        database, std::chrono::milliseconds(qint64(compactHours * 3600.0 * 1000.0)), tombstoneDays);
    compactor.start();

    const ServerRoutes routes(database, qint64(sessionHours * 3600.0 * 1000.0), options.maxUploadBytes);
    const Router &router = routes.router();
    HttpServer server(options, [&router](const HttpRequest &request) { return router.handle(request); });
    std::fprintf(stderr, "agentdesk-server: database %s\n", qPrintable(database.describe()));
    QString error;
    const bool served = server.run(
        [&options](quint16 bound) {
            std::printf("listening on %s:%u\n", qPrintable(options.address), unsigned(bound));
            std::fflush(stdout);
        },
        &error);
    if (!served) {
        printError(error);
        return s_exitFailed;
    }
    return 0;
}

bool ServerCli::readNewPassword(QString &out)
{
    const QByteArray fromEnv = qgetenv("AGENTDESK_PASSWORD");
    if (!fromEnv.isEmpty()) {
        out = QString::fromUtf8(fromEnv);
    } else {
        QString first;
        if (!SecretPrompt::readSecret(tr("New password: "), first))
            return false;
        if (SecretPrompt::stdinIsTerminal()) {
            QString again;
            if (!SecretPrompt::readSecret(tr("Repeat the password: "), again) || again != first) {
                printError(tr("the passwords differ"));
                return false;
            }
        }
        out = first;
    }
    if (out.size() < s_minPasswordLength) {
        printError(tr("a password needs at least %1 characters").arg(s_minPasswordLength));
        return false;
    }
    return true;
}

int ServerCli::userAdd(
    const QCommandLineParser &parser, const DatabaseSettings &database, const QString &username)
{
    const std::optional<Role> role = enumFromKey<Role>(parser.value(option("role")));
    const QString displayName = parser.value(option("name")).trimmed();
    if (!role || displayName.isEmpty() || username.trimmed() != username || username.isEmpty()) {
        printError(tr("user add needs USERNAME (no surrounding spaces), --role agent|lead|trainer|admin "
                      "and --name DISPLAY"));
        return s_exitUsage;
    }
    QString password;
    if (!readNewPassword(password))
        return s_exitUsage;
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        printError(tr("not enough memory to hash the password"));
        return s_exitFailed;
    }

    const QSqlDatabase db = DbConnection::forThread(database);
    WriteTransaction transaction(db, database.backend);
    User user;
    user.id = Entity::newId();
    user.username = username;
    user.displayName = displayName;
    user.role = *role;
    if (parser.isSet(option("team"))) {
        const std::optional<Team> team = UserDirectory::findTeam(db, parser.value(option("team")));
        if (!team) {
            printError(tr("no such team; add it first with: team add NAME"));
            return s_exitFailed;
        }
        user.teamId = team->id;
    }
    if (UserDirectory::findUser(db, username)) {
        printError(tr("that username is taken"));
        return s_exitFailed;
    }
    UserDirectory::addUser(db, user, hash);
    AuditEntry entry = adminEntry(QStringLiteral("user_add"), QStringLiteral("user"), user.id);
    entry.detail = {{QStringLiteral("role"), enumKey(user.role)},
        {QStringLiteral("team_id"), user.teamId.isEmpty() ? QJsonValue() : QJsonValue(user.teamId)}};
    AuditLog::append(db, entry);
    transaction.commit();
    std::printf("%s\n", qPrintable(user.id));
    return 0;
}

int ServerCli::userPasswd(const DatabaseSettings &database, const QString &username)
{
    const QSqlDatabase db = DbConnection::forThread(database);
    const std::optional<User> user = UserDirectory::findUser(db, username);
    if (!user) {
        printError(tr("no such user"));
        return s_exitFailed;
    }
    QString password;
    if (!readNewPassword(password))
        return s_exitUsage;
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        printError(tr("not enough memory to hash the password"));
        return s_exitFailed;
    }
    WriteTransaction transaction(db, database.backend);
    UserDirectory::setPasswordHash(db, user->id, hash);
    SessionStore::revokeUser(db, user->id);
    AuditLog::append(db, adminEntry(QStringLiteral("user_passwd"), QStringLiteral("user"), user->id));
    transaction.commit();
    return 0;
}

int ServerCli::userDisable(const DatabaseSettings &database, const QString &username)
{
    const QSqlDatabase db = DbConnection::forThread(database);
    WriteTransaction transaction(db, database.backend);
    const std::optional<User> user = UserDirectory::findUser(db, username);
    if (!user) {
        printError(tr("no such user"));
        return s_exitFailed;
    }
    UserDirectory::setActive(db, user->id, false);
    SessionStore::revokeUser(db, user->id);
    AuditLog::append(db, adminEntry(QStringLiteral("user_disable"), QStringLiteral("user"), user->id));
    transaction.commit();
    return 0;
}

int ServerCli::routes(const DatabaseSettings &database)
{
    const ServerRoutes routes(database, 3600 * 1000);
    std::printf("%s\n", QJsonDocument(routes.describe()).toJson(QJsonDocument::Compact).constData());
    return 0;
}

int ServerCli::compact(const QCommandLineParser &parser, const DatabaseSettings &database)
{
    bool ok = false;
    const int days = parser.value(option("tombstone-days")).toInt(&ok);
    if (!ok || days < 0) {
        printError(tr("--tombstone-days takes a whole number of days (0 or more)"));
        return s_exitUsage;
    }
    const qint64 removed = ChangeFeed::compact(DbConnection::forThread(database), database.backend, days);
    std::fprintf(stderr, "agentdesk-server: compacted %lld change(s) older than %d day(s)\n",
        static_cast<long long>(removed), days);
    return 0;
}

int ServerCli::teamAdd(const DatabaseSettings &database, const QString &name)
{
    if (name.trimmed().isEmpty()) {
        printError(tr("a team needs a name"));
        return s_exitUsage;
    }
    const QSqlDatabase db = DbConnection::forThread(database);
    WriteTransaction transaction(db, database.backend);
    if (UserDirectory::findTeam(db, name)) {
        printError(tr("that team exists"));
        return s_exitFailed;
    }
    Team team;
    team.id = Entity::newId();
    team.name = name;
    UserDirectory::addTeam(db, team);
    AuditLog::append(db, adminEntry(QStringLiteral("team_add"), QStringLiteral("team"), team.id));
    transaction.commit();
    std::printf("%s\n", qPrintable(team.id));
    return 0;
}
