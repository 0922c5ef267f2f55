#include "bench/rawbulkloader.h"

#include "core/entitytype.h"
#include "store/migrations.h"
#include "store/tablespec.h"

#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

#include <string>
#include <vector>

namespace {

constexpr int s_chunkRows = 100000;

struct Cell
{
    int type = SQLITE_NULL;
    sqlite3_int64 integer = 0;
    double real = 0;
    std::string text;
};

bool exec(sqlite3 *db, const QString &sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        *error = QString::fromUtf8(message ? message : "unknown error") + QStringLiteral(" in ") + sql;
        sqlite3_free(message);
        return false;
    }
    return true;
}

} // namespace

RawBulkLoader::Result RawBulkLoader::copy(const QString &sourceFile, const QString &targetFile)
{
    Result result;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(targetFile + suffix);
    sqlite3 *source = nullptr;
    sqlite3 *target = nullptr;
    auto closeAll = [&] {
        sqlite3_close(source);
        sqlite3_close(target);
    };
    if (sqlite3_open_v2(sourceFile.toUtf8().constData(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK
        || sqlite3_open(targetFile.toUtf8().constData(), &target) != SQLITE_OK) {
        result.error = QStringLiteral("cannot open the databases");
        closeAll();
        return result;
    }
    // The store's pragmas and schema, so both sides maintain the same indexes.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
             "PRAGMA foreign_keys=ON", "PRAGMA cache_size=-65536"}) {
        if (!exec(target, QString::fromLatin1(pragma), &result.error)) {
            closeAll();
            return result;
        }
    }
    for (const Migration &m : Migrations::all()) {
        for (const QString &sql : m.statements) {
            if (!exec(target, sql, &result.error)) {
                closeAll();
                return result;
            }
        }
    }
    exec(target, QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion()), &result.error);

    QElapsedTimer insertClock;
    QElapsedTimer readClock;
    qint64 insertNs = 0;
    qint64 readNs = 0;
    insertClock.start();
    if (!exec(target, QStringLiteral("BEGIN"), &result.error)) {
        closeAll();
        return result;
    }
    insertNs += insertClock.nsecsElapsed();

    for (int i = 0; i <= int(EntityType::AuditEntry); ++i) {
        const TableSpec &spec = TableSpec::of(static_cast<EntityType>(i));
        const int columns = int(spec.columns().size());
        sqlite3_stmt *select = nullptr;
        sqlite3_stmt *insert = nullptr;
        const QByteArray selectSql
            = (QStringLiteral("SELECT ") + spec.selectList() + QStringLiteral(" FROM ") + spec.table())
                  .toUtf8();
        if (sqlite3_prepare_v2(source, selectSql.constData(), -1, &select, nullptr) != SQLITE_OK
            || sqlite3_prepare_v2(target, spec.insertSql().toUtf8().constData(), -1, &insert, nullptr)
                != SQLITE_OK) {
            result.error = QString::fromUtf8(sqlite3_errmsg(target));
            sqlite3_finalize(select);
            sqlite3_finalize(insert);
            closeAll();
            return result;
        }
        std::vector<Cell> chunk;
        bool more = true;
        while (more) {
            readClock.start();
            chunk.clear();
            int rows = 0;
            while (rows < s_chunkRows) {
                if (sqlite3_step(select) != SQLITE_ROW) {
                    more = false;
                    break;
                }
                for (int c = 0; c < columns; ++c) {
                    Cell cell;
                    cell.type = sqlite3_column_type(select, c);
                    if (cell.type == SQLITE_INTEGER)
                        cell.integer = sqlite3_column_int64(select, c);
                    else if (cell.type == SQLITE_FLOAT)
                        cell.real = sqlite3_column_double(select, c);
                    else if (cell.type != SQLITE_NULL)
                        cell.text.assign(reinterpret_cast<const char *>(sqlite3_column_text(select, c)),
                            size_t(sqlite3_column_bytes(select, c)));
                    chunk.push_back(std::move(cell));
                }
                ++rows;
            }
            readNs += readClock.nsecsElapsed();

            insertClock.start();
            for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < columns; ++c) {
                    const Cell &cell = chunk[size_t(r) * size_t(columns) + size_t(c)];
                    switch (cell.type) {
                    case SQLITE_INTEGER:
                        sqlite3_bind_int64(insert, c + 1, cell.integer);
                        break;
                    case SQLITE_FLOAT:
                        sqlite3_bind_double(insert, c + 1, cell.real);
                        break;
                    case SQLITE_NULL:
                        sqlite3_bind_null(insert, c + 1);
                        break;
                    default:
                        sqlite3_bind_text(
                            insert, c + 1, cell.text.data(), int(cell.text.size()), SQLITE_STATIC);
                        break;
                    }
                }
                if (sqlite3_step(insert) != SQLITE_DONE) {
                    result.error = QString::fromUtf8(sqlite3_errmsg(target));
                    sqlite3_finalize(select);
                    sqlite3_finalize(insert);
                    closeAll();
                    return result;
                }
                sqlite3_reset(insert);
            }
            insertNs += insertClock.nsecsElapsed();
            result.rows += rows;
        }
        sqlite3_finalize(select);
        sqlite3_finalize(insert);
    }
    insertClock.start();
    const bool committed = exec(target, QStringLiteral("COMMIT"), &result.error);
    insertNs += insertClock.nsecsElapsed();
    closeAll();
    result.ok = committed;
    result.insertSeconds = double(insertNs) / 1e9;
    result.readSeconds = double(readNs) / 1e9;
    return result;
}
