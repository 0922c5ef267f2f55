#include "server/databasesettings.h"

#include <QDir>
#include <QUrl>

DatabaseSettings DatabaseSettings::sqliteIn(const QString &dataDir)
{
    DatabaseSettings settings;
    settings.backend = Backend::Sqlite;
    settings.sqlitePath = QDir(dataDir).absoluteFilePath(QStringLiteral("server.sqlite"));
    return settings;
}

std::optional<DatabaseSettings> DatabaseSettings::fromUrl(const QString &url, QString *error)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (!parsed.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))) {
        if (error)
            *error = tr("expected postgresql://USER@HOST:PORT/DBNAME");
        return std::nullopt;
    }
    DatabaseSettings settings;
    settings.backend = Backend::Postgresql;
    settings.host = parsed.host().isEmpty() ? QStringLiteral("127.0.0.1") : parsed.host();
    settings.port = parsed.port(5432);
    settings.user = parsed.userName();
    settings.password = parsed.password();
    settings.databaseName = parsed.path().mid(1);
    if (settings.databaseName.isEmpty() || settings.databaseName.contains(QLatin1Char('/'))) {
        if (error)
            *error = tr("the PostgreSQL URL names no database");
        return std::nullopt;
    }
    return settings;
}

QString DatabaseSettings::backendName() const
{
    return backend == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

QString DatabaseSettings::describe() const
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("sqlite:") + sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}
