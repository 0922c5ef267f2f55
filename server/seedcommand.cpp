#include "server/seedcommand.h"

#include "core/entity.h"
#include "server/commandline.h"
#include "server/dbconnection.h"
#include "server/passwordhasher.h"
#include "server/serverseeder.h"
#include "tools/countingsink.h"
#include "tools/demogenerator.h"
#include "tools/progressreporter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace {

using CommandLine::option;
using CommandLine::printError;
constexpr int s_exitUsage = CommandLine::ExitUsage;
constexpr int s_exitFailed = CommandLine::ExitFailed;
constexpr int s_minPasswordLength = CommandLine::MinPasswordLength;

std::optional<qint64> number(const QCommandLineParser &parser, const char *name, qint64 max)
{
    bool ok = false;
    const QString text = parser.value(option(name));
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > max) {
        printError(SeedCommand::tr("--%1 wants a whole number from 0 to %2, not “%3”")
                       .arg(option(name), QString::number(max), text));
        return std::nullopt;
    }
    return value;
}

} // namespace

QList<QCommandLineOption> SeedCommand::options()
{
    const DemoOptions defaults;
    return {
        {option("customers"), tr("seed: number of customers."), tr("n"), QString::number(defaults.customers)},
        {option("tickets"), tr("seed: number of tickets."), tr("n"), QString::number(defaults.tickets)},
        {option("articles"), tr("seed: number of knowledge-base articles."), tr("n"),
            QString::number(defaults.articles)},
        {option("cases"), tr("seed: number of typical cases."), tr("n"), QString::number(defaults.cases)},
        {option("seed"), tr("seed: random seed; the same seed gives the same data."), tr("s"),
            QString::number(defaults.seed)},
        {option("now"), tr("seed: the demo's current time (ISO 8601 with offset)."), tr("time"),
            defaults.now.toString(Qt::ISODate)},
        {option("force"), tr("seed: replace the users, teams and records of a non-empty database.")},
        {option("quiet"), tr("seed: print no progress, only the summary.")},
    };
}

int SeedCommand::run(const QCommandLineParser &parser, const DatabaseSettings &database)
{
    DemoOptions demo;
    const auto customers = number(parser, "customers", 100'000'000);
    const auto tickets = number(parser, "tickets", 1'000'000'000);
    const auto articles = number(parser, "articles", 10'000'000);
    const auto cases = number(parser, "cases", 10'000'000);
    if (!customers || !tickets || !articles || !cases)
        return s_exitUsage;
    bool seedOk = false;
    demo.seed = parser.value(option("seed")).toULongLong(&seedOk);
    demo.now = QDateTime::fromString(parser.value(option("now")), Qt::ISODate);
    if (!seedOk || !demo.now.isValid()) {
        printError(tr("--seed wants a non-negative whole number and --now an ISO 8601 time such as "
                      "2026-11-27T09:00:00+08:00"));
        return s_exitUsage;
    }
    demo.customers = *customers;
    demo.tickets = *tickets;
    demo.articles = int(*articles);
    demo.cases = int(*cases);
    if (demo.tickets > 0 && demo.customers == 0) {
        printError(tr("tickets need customers: give --customers 1 or more"));
        return s_exitUsage;
    }
    // Never prompted: a seed runs from scripts, and every demo account shares it.
    const QString password = qEnvironmentVariable("AGENTDESK_PASSWORD");
    if (password.size() < s_minPasswordLength) {
        printError(tr("seed needs the demo users' password in AGENTDESK_PASSWORD (at least %1 characters)")
                       .arg(s_minPasswordLength));
        return s_exitUsage;
    }

    const QSqlDatabase db = DbConnection::forThread(database);
    const bool force = parser.isSet(option("force"));
    if (!force && !ServerSeeder::isEmpty(db)) {
        printError(tr("the database already holds users, teams or records; seed an empty one, or give "
                      "--force to replace them"));
        return s_exitFailed;
    }
    // One hash for all: argon2id costs a tenth of a second by design, and the demo
    // accounts share the password anyway.
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty()) {
        printError(tr("not enough memory to hash the password"));
        return s_exitFailed;
    }

    const bool quiet = parser.isSet(option("quiet"));
    ProgressReporter progress;
    ServerSeeder seeder(db, database.backend, hash);
    seeder.begin(force);
    CountingSink counter(&seeder);
    DemoGenerator generator(demo);
    if (!quiet)
        generator.setProgress([&](const QString &phase, qint64 done, qint64 total, qint64 rows) {
            progress.update(phase, done, total, rows);
        });
    generator.run(counter);

    const auto firstOf = [&seeder](Role role) -> std::optional<User> {
        for (const User &user : seeder.users())
            if (user.role == role)
                return user;
        return std::nullopt;
    };
    if (!firstOf(Role::Admin)) {
        User admin;
        admin.id = Entity::newId();
        admin.rev = 1;
        admin.username = QStringLiteral("admin");
        admin.displayName = tr("Administrator");
        admin.role = Role::Admin;
        seeder.add(admin);
    }

    QJsonObject detail {{QStringLiteral("seed"), QString::number(demo.seed)},
        {QStringLiteral("now"), demo.now.toString(Qt::ISODate)}};
    for (const auto &[name, count] : counter.summary())
        detail.insert(name, count);
    const double generated = progress.elapsedSeconds();
    if (!quiet)
        std::fprintf(stderr, "%s\n",
            qPrintable(tr("Writing the last rows, the team links and the indexes (%1 s so far)…")
                           .arg(QString::number(generated, 'f', 1))));
    seeder.finish(detail);
    const double seconds = progress.elapsedSeconds();

    for (const QString &warning : generator.warnings())
        printError(tr("warning: %1").arg(warning));
    if (generator.workflowViolations() > 0)
        printError(tr("warning: %1 generated transitions were refused by the workflow")
                       .arg(generator.workflowViolations()));

    // Whom to sign in as: the demo profile's agent and that team's lead first.
    QString agentTeam;
    for (const User &user : seeder.users()) {
        if (user.id == seeder.currentUserId())
            agentTeam = user.teamId;
    }
    for (Role role : {Role::Agent, Role::Lead, Role::Trainer, Role::Admin}) {
        const User *pick = nullptr;
        for (const User &user : seeder.users()) {
            if (user.role != role)
                continue;
            const bool preferred = user.id == seeder.currentUserId()
                || (role == Role::Lead && !agentTeam.isEmpty() && user.teamId == agentTeam);
            if (!pick || preferred)
                pick = &user;
            if (preferred)
                break;
        }
        if (!pick)
            continue;
        const QString team = seeder.teamName(pick->teamId);
        const QString line
            = team.isEmpty() ? pick->username : pick->username + QStringLiteral(" (%1)").arg(team);
        std::printf("%s: %s\n", qPrintable(enumKey(role)), qPrintable(line));
    }
    std::fflush(stdout);

    QStringList counts;
    for (const auto &[name, count] : counter.summary())
        counts.append(name + u'=' + QString::number(count));
    std::fprintf(stderr, "%s\n",
        qPrintable(
            tr("Seeded %1 records: %2 rows written in %3 s (%4 rows/s; last rows and indexes %5 s) "
               "into %6, seed %7\n%8")
                .arg(QString::number(counter.total()), QString::number(seeder.rowsWritten()),
                    QString::number(seconds, 'f', 1),
                    ProgressReporter::humanCount(double(seeder.rowsWritten()) / std::max(seconds, 0.001)),
                    QString::number(seconds - generated, 'f', 1), database.describe(),
                    QString::number(demo.seed), counts.join(u' '))));
    return 0;
}
