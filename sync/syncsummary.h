#pragma once

#include "sync/resterror.h"

#include <QCoreApplication>
#include <QString>

// What one sync cycle did, for the status bar, the headless command and the tests.
struct SyncSummary
{
    Q_DECLARE_TR_FUNCTIONS(SyncSummary)

public:
    bool ok = false;
    int pushed = 0; // mutations the server applied in this cycle
    int duplicates = 0; // mutations it had already applied (a retried push)
    int conflicts = 0; // kept in the conflicts table
    int poison = 0; // refused (400/422/rejected): kept aside, shown
    int uploaded = 0; // files attached offline, sent in this cycle
    int pulled = 0; // changes applied from the feed
    int pendingLeft = 0; // outbox entries still waiting after the cycle
    bool resynced = false; // the cursor had expired (410): pulled from scratch
    qint64 elapsedMs = 0;
    RestError error; // the failure that ended the cycle, when !ok

    // One line: "pushed 3, pulled 12, conflicts 1, poison 0" (+ the error when failed).
    QString text() const;
};
