#pragma once

#include "sync/syncsummary.h"

#include <QObject>
#include <QStringList>

class Database;
class RemoteApplier;
class RestClient;

// The pull half of a sync cycle (DESIGN.md §4): pages of GET /api/v1/changes until the
// server says there are no more, each page applied with its cursor (several pages share
// a commit), the next page requested while this one is written, a 410 answered by a full
// resync that leaves the outbox alone, and the first pull of a profile written without
// the secondary indexes, which are built again, sorted, at the end.
class FeedPuller : public QObject
{
    Q_OBJECT

public:
    FeedPuller(Database &db, RestClient &client, int pageSize, QObject *parent = nullptr);

    // False when the pull stopped; summary.error says why. What was applied stays.
    bool pull(SyncSummary &summary);

Q_SIGNALS:
    // rowsExpected is −1 while the server does not say how many remain.
    void progress(qint64 rowsDone, qint64 rowsExpected);
    void remoteChanged(const QString &entity, const QStringList &ids);
    void remoteReset();

private:
    // announce: emit remoteChanged for each committed batch.
    bool pullPages(SyncSummary &summary, bool announce);
    // After the last page of a full resync: the sweep (RemoteApplier::finishResync).
    bool finishResync(RemoteApplier &applier, SyncSummary &summary);

    Database &m_db;
    RestClient &m_client;
    int m_pageSize;
};
