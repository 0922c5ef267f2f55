#pragma once

// Shared by the server tests: a fresh database (a QTemporaryDir for SQLite, a new
// database in the cluster of AGENTDESK_TEST_PG_URL for PostgreSQL), the CLI, real
// agentdesk-server processes on 127.0.0.1 port 0, and a blocking JSON HTTP client.
// AGENTDESK_TEST_BACKEND (set by ctest) chooses the backend: sqlite or postgresql.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <vector>

struct HttpResult
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

class ServerFixture
{
public:
    static bool usePostgres() { return qgetenv("AGENTDESK_TEST_BACKEND") == "postgresql"; }

    // Why this backend cannot run here, or empty.
    static QString unavailableReason()
    {
        if (usePostgres() && qEnvironmentVariableIsEmpty("AGENTDESK_TEST_PG_URL"))
            return QStringLiteral(
                "PostgreSQL variant: AGENTDESK_TEST_PG_URL is not set; start a cluster with "
                "`export AGENTDESK_TEST_PG_URL=$(scripts/pg-cluster start)` (scripts/test does)");
        return {};
    }

    ServerFixture()
    {
        m_nam.setProxy(QNetworkProxy::NoProxy);
        if (!usePostgres()) {
            m_dbArgs = {QStringLiteral("--data-dir"), m_dir.path()};
            return;
        }
        const QUrl base(qEnvironmentVariable("AGENTDESK_TEST_PG_URL"));
        m_pgName = QStringLiteral("agentdesk_t_") + QUuid::createUuid().toString(QUuid::Id128);
        QSqlDatabase admin = openPostgres(base, base.path().mid(1), QStringLiteral("fixture-admin"));
        QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE ") + m_pgName);
        admin.close();
        QUrl url = base;
        url.setPath(QLatin1Char('/') + m_pgName);
        m_pgUrl = url;
        m_dbArgs = {QStringLiteral("--db"), url.toString()};
    }

    ~ServerFixture()
    {
        for (const auto &process : m_servers) {
            process->kill();
            process->waitForFinished(10000);
        }
        m_servers.clear();
        if (!m_pgName.isEmpty()) {
            {
                QSqlDatabase direct = QSqlDatabase::database(QStringLiteral("fixture-direct"), false);
                direct.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("fixture-direct"));
            const QUrl base(qEnvironmentVariable("AGENTDESK_TEST_PG_URL"));
            QSqlDatabase admin = openPostgres(base, base.path().mid(1), QStringLiteral("fixture-admin"));
            QSqlQuery(admin).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
            admin.close();
        } else {
            QSqlDatabase::removeDatabase(QStringLiteral("fixture-direct"));
        }
    }

    QStringList dbArgs() const { return m_dbArgs; }

    // Runs `agentdesk-server ARGS… <db args>`; returns the exit code (-1 when it crashed).
    int cli(const QStringList &args, const QByteArray &password = {}, QByteArray *out = nullptr,
        QByteArray *err = nullptr) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("AGENTDESK_PASSWORD"));
        if (!password.isEmpty())
            env.insert(QStringLiteral("AGENTDESK_PASSWORD"), QString::fromUtf8(password));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AGENTDESK_SERVER_BIN), args + m_dbArgs);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            return -2;
        if (out)
            *out = process.readAllStandardOutput();
        if (err)
            *err = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    bool addTeam(const QString &name) const
    {
        return cli({QStringLiteral("team"), QStringLiteral("add"), name}) == 0;
    }
    bool addUser(const QString &username, const QString &role, const QString &team = {},
        const QByteArray &password = "correct horse") const
    {
        QStringList args {QStringLiteral("user"), QStringLiteral("add"), username, QStringLiteral("--role"),
            role, QStringLiteral("--name"), QStringLiteral("Test ") + role};
        if (!team.isEmpty())
            args << QStringLiteral("--team") << team;
        return cli(args, password) == 0;
    }

    // Starts a server; returns its port or 0.
    quint16 startServer(const QStringList &extra = {})
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(QStringLiteral(AGENTDESK_SERVER_BIN),
            QStringList {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--threads"), QStringLiteral("2")}
                + m_dbArgs + extra);
        if (!process->waitForStarted(30000))
            return 0;
        QByteArray output;
        while (!output.contains('\n')) {
            if (!process->waitForReadyRead(60000)) {
                qWarning("server did not start: %s", process->readAllStandardError().constData());
                return 0;
            }
            output += process->readAllStandardOutput();
        }
        const QByteArray line = output.left(output.indexOf('\n'));
        const QByteArray prefix = "listening on 127.0.0.1:";
        if (!line.startsWith(prefix))
            return 0;
        m_servers.push_back(std::move(process));
        return quint16(line.mid(prefix.size()).toUInt());
    }

    void stopServers()
    {
        for (const auto &process : m_servers) {
            process->kill();
            process->waitForFinished(10000);
        }
        m_servers.clear();
    }

    HttpResult request(quint16 port, const QByteArray &method, const QString &path,
        const QByteArray &body = {}, const QString &token = {},
        const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        if (!body.isEmpty() || method == "POST")
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        return send(request, method, body);
    }

    // Any request, raw: for routes that are not JSON (attachments) or HEAD.
    HttpResult send(const QNetworkRequest &request, const QByteArray &method, const QByteArray &body = {})
    {
        // head(): a custom "HEAD" verb would make QNAM wait for the announced body.
        QNetworkReply *reply
            = method == "HEAD" ? m_nam.head(request) : m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(60000);
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        result.error = reply->error();
        for (const auto &pair : reply->rawHeaderPairs())
            result.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return result;
    }

    QString login(
        quint16 port, const QString &username, const QString &password = QStringLiteral("correct horse"))
    {
        const QJsonObject body {
            {QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
        const HttpResult result
            = request(port, "POST", QStringLiteral("/api/v1/session"), QJsonDocument(body).toJson());
        return result.status == 200 ? result.json.value(QStringLiteral("token")).toString() : QString();
    }

    // A direct connection to the fixture's database, for what HTTP cannot do (expiring a session).
    QSqlDatabase database()
    {
        if (QSqlDatabase::contains(QStringLiteral("fixture-direct")))
            return QSqlDatabase::database(QStringLiteral("fixture-direct"));
        if (!usePostgres()) {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture-direct"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("server.sqlite")));
            db.open();
            return db;
        }
        return openPostgres(m_pgUrl, m_pgName, QStringLiteral("fixture-direct"));
    }

private:
    static QSqlDatabase openPostgres(const QUrl &url, const QString &name, const QString &connection)
    {
        QSqlDatabase db = QSqlDatabase::contains(connection)
            ? QSqlDatabase::database(connection, false)
            : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(name);
        if (!db.open())
            qWarning("cannot open the test PostgreSQL database: %s", qPrintable(db.lastError().text()));
        return db;
    }

    QTemporaryDir m_dir;
    QStringList m_dbArgs;
    QString m_pgName;
    QUrl m_pgUrl;
    QNetworkAccessManager m_nam;
    std::vector<std::unique_ptr<QProcess>> m_servers;
};

// In initTestCase: skips the whole class, with the reason, when the backend is missing.
#define AGENTDESK_REQUIRE_BACKEND()                                                                          \
    do {                                                                                                     \
        const QString reason = ServerFixture::unavailableReason();                                           \
        if (!reason.isEmpty())                                                                               \
            QSKIP(qPrintable(reason));                                                                       \
    } while (false)
