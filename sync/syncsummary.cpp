#include "sync/syncsummary.h"

QString SyncSummary::text() const
{
    QString line = tr("pushed %1, pulled %2, conflicts %3, poison %4")
                       .arg(pushed)
                       .arg(pulled)
                       .arg(conflicts)
                       .arg(poison);
    if (duplicates > 0)
        line += tr(", already applied %1").arg(duplicates);
    if (resynced)
        line += tr(", full resync");
    if (pendingLeft > 0)
        line += tr(", still pending %1").arg(pendingLeft);
    if (!ok)
        line += tr(" — failed: %1").arg(error.describe());
    return line;
}
