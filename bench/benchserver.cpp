#include "bench/benchserver.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

const QString s_adminConnection = QStringLiteral("bench-pg-admin");

// A connection to the cluster's maintenance database, for CREATE and DROP DATABASE.
bool withAdmin(const QUrl &base, const QString &sql, QString *error)
{
    const std::optional<DatabaseSettings> s = DatabaseSettings::fromUrl(base.toString(), error);
    if (!s)
        return false;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), s_adminConnection);
        db.setHostName(s->host);
        db.setPort(s->port);
        db.setUserName(s->user);
        if (!s->password.isEmpty())
            db.setPassword(s->password);
        db.setDatabaseName(s->databaseName);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(s_adminConnection);
    return ok;
}

} // namespace

BenchServer::~BenchServer()
{
    stopAll();
    if (!m_pgName.isEmpty()) {
        QString error;
        if (!withAdmin(
                m_pgBase, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName), &error))
            qWarning("could not drop the benchmark database: %s", qPrintable(error));
    }
}

std::unique_ptr<BenchServer> BenchServer::sqlite(const QString &dataDir)
{
    std::unique_ptr<BenchServer> server(new BenchServer);
    QDir().mkpath(dataDir);
    server->m_settings = DatabaseSettings::sqliteIn(dataDir);
    server->m_dbArgs = {QStringLiteral("--data-dir"), dataDir};
    return server;
}

std::unique_ptr<BenchServer> BenchServer::postgres(const QUrl &baseUrl, QString *error)
{
    std::unique_ptr<BenchServer> server(new BenchServer);
    const QString name = QStringLiteral("agentdesk_bench_") + QUuid::createUuid().toString(QUuid::Id128);
    if (!withAdmin(baseUrl, QStringLiteral("CREATE DATABASE ") + name, error))
        return nullptr;
    server->m_pgBase = baseUrl;
    server->m_pgName = name;
    QUrl url = baseUrl;
    url.setPath(QLatin1Char('/') + name);
    const std::optional<DatabaseSettings> settings = DatabaseSettings::fromUrl(url.toString(), error);
    if (!settings)
        return nullptr;
    server->m_settings = *settings;
    server->m_dbArgs = {QStringLiteral("--db"), url.toString()};
    return server;
}

QString BenchServer::binary()
{
    const QString fromEnv = qEnvironmentVariable("AGENTDESK_SERVER_BIN");
    return fromEnv.isEmpty() ? QStringLiteral(AGENTDESK_SERVER_BIN) : fromEnv;
}

int BenchServer::cli(const QStringList &args, const QByteArray &password, QByteArray *out, QByteArray *err,
    int timeoutMs) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("AGENTDESK_PASSWORD"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("AGENTDESK_PASSWORD"), QString::fromUtf8(password));
    process.setProcessEnvironment(env);
    process.start(binary(), args + m_dbArgs);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        return -2;
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QUrl BenchServer::start(const QStringList &extra)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(binary(),
        QStringList {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
            + m_dbArgs + extra);
    if (!process->waitForStarted(30000))
        return {};
    QByteArray output;
    while (!output.contains('\n')) {
        if (!process->waitForReadyRead(60000))
            return {};
        output += process->readAllStandardOutput();
    }
    const QByteArray prefix = "listening on 127.0.0.1:";
    const QByteArray line = output.left(output.indexOf('\n')).trimmed();
    if (!line.startsWith(prefix))
        return {};
    const int port = line.mid(prefix.size()).toInt();
    m_processes.push_back(std::move(process));
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

void BenchServer::stopAll()
{
    for (const auto &process : m_processes) {
        process->terminate();
        if (!process->waitForFinished(10000)) {
            process->kill();
            process->waitForFinished(10000);
        }
    }
    m_processes.clear();
}
