#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class Database;

// One step of the schema, applied in a single transaction that also sets PRAGMA user_version.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

// The numbered, ordered list of schema steps. Steps are never edited once shipped: a change
// is a new step at the end.
class Migrations
{
public:
    static const QList<Migration> &all();
    static int latestVersion();

    // Applies every step above the file's user_version. Refuses a file whose version is
    // newer than this code knows (written by a newer AgentDesk).
    static bool apply(Database &db, QString *error = nullptr);
    // Applies the steps up to and including targetVersion (tests build old files this way).
    static bool applyUpTo(Database &db, int targetVersion, QString *error = nullptr);
};
