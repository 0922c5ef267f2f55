#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// Where the server keeps its state: an embedded SQLite file (the default) or a
// PostgreSQL database shared by several server instances.
class DatabaseSettings
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseSettings)

public:
    enum class Backend { Sqlite, Postgresql };

    Backend backend = Backend::Sqlite;
    QString sqlitePath; // Sqlite only
    QString host; // Postgresql only, from here on
    int port = 5432;
    QString user;
    QString password; // never printed
    QString databaseName;

    // DIR/server.sqlite
    static DatabaseSettings sqliteIn(const QString &dataDir);
    // postgresql://user[:password]@host[:port]/dbname (also postgres://)
    static std::optional<DatabaseSettings> fromUrl(const QString &url, QString *error = nullptr);

    // "sqlite" or "postgresql", as GET /api/v1/health reports it
    QString backendName() const;
    // Identifies the database without the password, for log lines and connection names.
    QString describe() const;
};
