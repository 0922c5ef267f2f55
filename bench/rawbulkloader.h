#pragma once

#include <QString>

// The baseline of the initial-pull benchmark: the rows of a profile copied into a fresh
// SQLite file with the raw sqlite3 C API — the same schema and indexes (Migrations) and
// pragmas as the store, one transaction, one prepared INSERT per table. Rows are read
// from the source in chunks into memory first; only the inserts and the commit are timed.
class RawBulkLoader
{
public:
    struct Result
    {
        bool ok = false;
        QString error;
        qint64 rows = 0;
        double insertSeconds = 0; // binding, stepping and the commit
        double readSeconds = 0; // reading the source (not part of the figure)
    };

    static Result copy(const QString &sourceFile, const QString &targetFile);
};
