// agentdesk-seed: writes deterministic demo data into a profile.

#include "tools/countingsink.h"
#include "tools/demogenerator.h"
#include "tools/profilewriter.h"
#include "tools/progressreporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <optional>

namespace {

void fail(const QString &message)
{
    std::fputs(
        qPrintable(QCoreApplication::translate("Seed", "agentdesk-seed: %1").arg(message) + u'\n'), stderr);
}

std::optional<qint64> number(const QCommandLineParser &parser, const QString &name, qint64 max)
{
    bool ok = false;
    const QString text = parser.value(name);
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > max) {
        fail(QCoreApplication::translate("Seed", "--%1 wants a whole number from 0 to %2, not “%3”.")
                 .arg(name, QString::number(max), text));
        return std::nullopt;
    }
    return value;
}

qint64 profileBytes(const QString &dir)
{
    qint64 bytes = 0;
    for (const QFileInfo &f : QDir(dir).entryInfoList(QDir::Files))
        bytes += f.size();
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("agentdesk-seed"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGENTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Seed",
        "Writes deterministic AgentDesk demo data into a profile: the same seed always gives the same "
        "data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const DemoOptions defaults;
    auto withDefault = [](const QString &text, const QString &value) {
        return QCoreApplication::translate("Seed", "%1 Default: %2.").arg(text, value);
    };
    parser.addOptions({
        {QStringLiteral("profile"),
            QCoreApplication::translate("Seed", "Profile directory to write (created if needed)."),
            QStringLiteral("dir")},
        {QStringLiteral("customers"),
            withDefault(QCoreApplication::translate("Seed", "Number of customers."),
                QString::number(defaults.customers)),
            QStringLiteral("n"), QString::number(defaults.customers)},
        {QStringLiteral("tickets"),
            withDefault(
                QCoreApplication::translate("Seed", "Number of tickets."), QString::number(defaults.tickets)),
            QStringLiteral("n"), QString::number(defaults.tickets)},
        {QStringLiteral("articles"),
            withDefault(QCoreApplication::translate("Seed", "Number of knowledge-base articles."),
                QString::number(defaults.articles)),
            QStringLiteral("n"), QString::number(defaults.articles)},
        {QStringLiteral("cases"),
            withDefault(QCoreApplication::translate("Seed", "Number of typical cases."),
                QString::number(defaults.cases)),
            QStringLiteral("n"), QString::number(defaults.cases)},
        {QStringLiteral("seed"),
            withDefault(QCoreApplication::translate("Seed", "Random seed."), QString::number(defaults.seed)),
            QStringLiteral("s"), QString::number(defaults.seed)},
        {QStringLiteral("now"),
            QCoreApplication::translate(
                "Seed", "The demo's current time (ISO 8601 with offset); ages and SLA clocks count from it."),
            QStringLiteral("time"), defaults.now.toString(Qt::ISODate)},
        {QStringLiteral("force"),
            QCoreApplication::translate("Seed", "Replace an existing database in the profile.")},
        {QStringLiteral("quiet"), QCoreApplication::translate("Seed", "Print only the summary.")},
    });
    parser.process(app);

    if (!parser.positionalArguments().isEmpty()) {
        fail(QCoreApplication::translate("Seed", "unexpected argument “%1”; see --help.")
                 .arg(parser.positionalArguments().first()));
        return 2;
    }
    const QString profile = parser.value(QStringLiteral("profile"));
    if (profile.isEmpty()) {
        fail(QCoreApplication::translate("Seed", "--profile DIR is required; see --help."));
        return 2;
    }
    DemoOptions options;
    const auto customers = number(parser, QStringLiteral("customers"), 100'000'000);
    const auto tickets = number(parser, QStringLiteral("tickets"), 1'000'000'000);
    const auto articles = number(parser, QStringLiteral("articles"), 10'000'000);
    const auto cases = number(parser, QStringLiteral("cases"), 10'000'000);
    if (!customers || !tickets || !articles || !cases)
        return 2;
    bool seedOk = false;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk) {
        fail(QCoreApplication::translate("Seed", "--seed wants a non-negative whole number, not “%1”.")
                 .arg(parser.value(QStringLiteral("seed"))));
        return 2;
    }
    options.customers = *customers;
    options.tickets = *tickets;
    options.articles = int(*articles);
    options.cases = int(*cases);
    options.now = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate);
    if (!options.now.isValid()) {
        fail(QCoreApplication::translate(
            "Seed", "--now wants an ISO 8601 time such as 2026-11-27T09:00:00+08:00, not “%1”.")
                 .arg(parser.value(QStringLiteral("now"))));
        return 2;
    }
    if (options.tickets > 0 && options.customers == 0) {
        fail(QCoreApplication::translate("Seed", "tickets need customers: give --customers 1 or more."));
        return 2;
    }

    ProfileWriter writer(profile);
    QString error;
    if (!writer.open(parser.isSet(QStringLiteral("force")), &error)) {
        fail(error);
        return 1;
    }
    ProgressReporter progress;
    CountingSink counter(&writer);
    DemoGenerator generator(options);
    if (!parser.isSet(QStringLiteral("quiet")))
        generator.setProgress([&](const QString &phase, qint64 done, qint64 total, qint64 rows) {
            progress.update(phase, done, total, rows);
        });
    generator.run(counter);
    // The store builds its indexes at the end of a bulk import: minutes at a million tickets.
    const double generated = progress.elapsedSeconds();
    if (!parser.isSet(QStringLiteral("quiet")))
        std::fputs(
            qPrintable(QCoreApplication::translate("Seed", "Committing and building indexes (%1 s so far)…")
                           .arg(QString::number(generated, 'f', 1))
                + u'\n'),
            stderr);
    if (!writer.finish(&error)) {
        fail(error);
        return 1;
    }
    for (const QString &warning : generator.warnings())
        fail(QCoreApplication::translate("Seed", "warning: %1").arg(warning));
    if (generator.workflowViolations() > 0)
        fail(QCoreApplication::translate(
            "Seed", "warning: %1 generated transitions were refused by the workflow.")
                 .arg(generator.workflowViolations()));

    const double seconds = progress.elapsedSeconds();
    QStringList counts;
    for (const auto &[name, count] : counter.summary())
        counts.append(name + u'=' + QString::number(count));
    const QString summary
        = QCoreApplication::translate(
            "Seed", "Wrote %1 rows in %2 s (%3 rows/s; commit and indexes %4 s) to %5 (%6, seed %7)\n%8")
              .arg(QString::number(counter.total()), QString::number(seconds, 'f', 1),
                  ProgressReporter::humanCount(double(counter.total()) / std::max(seconds, 0.001)),
                  QString::number(seconds - generated, 'f', 1),
                  QDir::toNativeSeparators(QDir(profile).absolutePath()),
                  ProgressReporter::humanBytes(profileBytes(profile)), QString::number(options.seed),
                  counts.join(u' '));
    std::fputs(qPrintable(summary + u'\n'), stderr);
    return 0;
}
