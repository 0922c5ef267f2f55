#pragma once

#include "core/entitytype.h"
#include "core/user.h"
#include "server/databasesettings.h"
#include "tools/demosink.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QUuid>

#include <memory>

class BulkInserter;

// Writes the demo generator's records into the server database, as if each had been
// created through a mutation: a records row (rev 1, per-field revisions 1) and a 'write'
// change with its audience, plus team_customers, the customers each team's tickets and
// calls bring into its scope. Users and teams go through UserDirectory, with one
// password for every demo account.
//
// Fast: everything is one transaction (the seed is all or nothing), the secondary
// indexes of the bulk tables are dropped first and rebuilt at the end (a sort instead
// of millions of random B-tree inserts), rows go in multi-row INSERTs, and on SQLite the
// journal is a plain rollback journal for the duration (a fresh file needs next to no
// journal, where WAL would write every page twice). Failures throw DbError.
class ServerSeeder : public DemoSink
{
public:
    ServerSeeder(const QSqlDatabase &db, DatabaseSettings::Backend backend, const QString &passwordHash);
    ~ServerSeeder() override;

    // Whether the database holds users, teams or records already.
    static bool isEmpty(const QSqlDatabase &db);

    // Starts the transaction; with clear, first removes every record, change, user,
    // team (and their sessions, team links and idempotency answers). Old cursors are
    // expired, so workstations synced against the old data resync from scratch.
    void begin(bool clear);
    // Writes what is buffered, the team links and the indexes, the audit entry with
    // `auditDetail`, and commits.
    void finish(const QJsonObject &auditDetail);

    qint64 rowsWritten() const;
    // The generated users, in the order generated, and the one the demo profile uses.
    const QList<User> &users() const { return m_users; }
    QString currentUserId() const { return m_currentUserId; }
    QString teamName(const QString &teamId) const { return m_teamNames.value(teamId); }

    void add(const Team &team) override;
    void add(const User &user) override;
    void add(const Customer &customer) override;
    void add(const Account &account) override;
    void add(const Holding &holding) override;
    void add(const Trade &trade) override;
    void add(const RiskAlert &alert) override;
    void add(const Interaction &interaction) override;
    void add(const Ticket &ticket) override;
    void add(const TicketEvent &event) override;
    void add(const ArticleCategory &category) override;
    void add(const Article &article) override;
    void add(const ArticleRevision &revision) override;
    void add(const CaseStudy &caseStudy) override;
    void add(const CaseComment &comment) override;
    void add(const CannedReply &reply) override;
    void setCurrentUser(const QString &userId) override { m_currentUserId = userId; }

private:
    struct Scope
    {
        QString teamId;
        QString customerId;
        QString parentId;
    };
    struct SavedIndex
    {
        QString name;
        QString sql;
    };

    template<typename T> void put(EntityType entity, const T &value, const Scope &scope);
    void write(EntityType entity, const QString &id, qint64 updatedAtMs, const QJsonObject &data,
        const Scope &scope);
    qint64 nextSeq();
    void linkCustomer(const QString &teamId, const QString &customerId);
    int teamIndex(const QString &teamId) const;
    QString fieldRevsText(EntityType entity, const QJsonObject &data);

    void clearAll();
    void dropIndexes();
    void restoreIndexes();
    void writeTeamLinks();

    QSqlDatabase m_db;
    DatabaseSettings::Backend m_backend;
    QString m_passwordHash;
    bool m_open = false;
    qint64 m_now = 0;

    std::unique_ptr<BulkInserter> m_records;
    std::unique_ptr<BulkInserter> m_changes;
    qint64 m_seq = 0; // last sequence number handed out
    qint64 m_seqLimit = 0; // last one reserved in the counter
    qint64 m_otherRows = 0; // users, teams, team links

    QList<SavedIndex> m_indexes;
    QHash<EntityType, QString> m_fieldRevs;
    QStringList m_teamIds;
    QHash<QString, QString> m_teamNames;
    QHash<QString, QString> m_userTeams; // user id → team id
    QList<User> m_users;
    QString m_currentUserId;
    // Events follow their ticket; the map covers any that do not.
    QString m_lastTicketId;
    QString m_lastTicketTeam;
    QHash<QUuid, qint8> m_ticketTeams; // ticket → index in m_teamIds
    QHash<QString, quint32> m_customerTeams; // customer → bit set of team indexes
};
