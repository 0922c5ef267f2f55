#include "store/remoteapplier.h"

#include "store/database.h"
#include "store/repositorybase.h"
#include "store/syncstate.h"
#include "store/transaction.h"

RemoteApplier::RemoteApplier(Database &db) : m_db(db) { }

bool RemoteApplier::apply(const Change &change, QString *error)
{
    RepositoryBase repo(m_db, change.entity);
    return repo.applyRemote(change, error);
}

bool RemoteApplier::applyPage(const QList<Change> &changes, const QString &nextCursor, QString *error)
{
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    for (const Change &c : changes) {
        QString why;
        if (!apply(c, &why)) {
            if (error)
                *error = QStringLiteral("change %1 (%2): %3").arg(c.seq).arg(enumKey(c.entity), why);
            return false;
        }
    }
    SyncState state(m_db);
    return state.setCursor(nextCursor, error) && tx.commit(error);
}
