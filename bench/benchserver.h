#pragma once

#include "server/databasesettings.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

// One server database for the benchmark (an SQLite file in a directory, or a database of
// its own created in a PostgreSQL cluster and dropped again) and the agentdesk-server
// processes that serve it on 127.0.0.1.
class BenchServer
{
public:
    ~BenchServer();
    BenchServer(const BenchServer &) = delete;
    BenchServer &operator=(const BenchServer &) = delete;

    static std::unique_ptr<BenchServer> sqlite(const QString &dataDir);
    // Creates a fresh database named like agentdesk_bench_<uuid> in the cluster of baseUrl.
    static std::unique_ptr<BenchServer> postgres(const QUrl &baseUrl, QString *error);

    // The agentdesk-server binary: AGENTDESK_SERVER_BIN, else the one of this build.
    static QString binary();

    const DatabaseSettings &settings() const { return m_settings; }
    QStringList dbArgs() const { return m_dbArgs; }
    QString backendName() const { return m_settings.backendName(); }

    // Runs `agentdesk-server ARGS… <db args>` to completion; the exit code, −1 on a crash.
    int cli(const QStringList &args, const QByteArray &password = {}, QByteArray *out = nullptr,
        QByteArray *err = nullptr, int timeoutMs = -1) const;

    // Starts `serve` on 127.0.0.1, port 0; the base URL, or an empty URL on failure.
    QUrl start(const QStringList &extra = {});
    void stopAll();

private:
    BenchServer() = default;

    DatabaseSettings m_settings;
    QStringList m_dbArgs;
    QUrl m_pgBase;
    QString m_pgName;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};
