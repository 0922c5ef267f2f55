#pragma once

#include "server/databasesettings.h"
#include "tools/demosink.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

enum class EntityType;

// Stand-in for `agentdesk-server seed` while that command does not exist: writes the
// demo generator's teams and records straight into a migrated server database, with the
// change rows, audiences and team_customers links the feed scopes need. Users are left
// to `agentdesk-server user add` (they need password hashes). One transaction per batch,
// statements prepared once; the change_seq counter is set at the end.
class LocalSeeder : public DemoSink
{
public:
    explicit LocalSeeder(const DatabaseSettings &database);
    ~LocalSeeder() override;

    bool begin(QString *error);
    bool finish(QString *error);
    qint64 rows() const { return m_rows; }

    void add(const Team &v) override;
    void add(const User &v) override;
    void add(const Customer &v) override;
    void add(const Account &v) override;
    void add(const Holding &v) override;
    void add(const Trade &v) override;
    void add(const RiskAlert &v) override;
    void add(const Interaction &v) override;
    void add(const Ticket &v) override;
    void add(const TicketEvent &v) override;
    void add(const ArticleCategory &v) override;
    void add(const Article &v) override;
    void add(const ArticleRevision &v) override;
    void add(const CaseStudy &v) override;
    void add(const CaseComment &v) override;
    void add(const CannedReply &v) override;
    void setCurrentUser(const QString &) override { }

private:
    void write(EntityType entity, const QJsonObject &data);
    void commitBatch();

    DatabaseSettings m_settings;
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_record;
    std::unique_ptr<QSqlQuery> m_change;
    std::unique_ptr<QSqlQuery> m_link;
    QHash<QString, QString> m_ticketTeams; // ticket id → team id, for events
    qint64 m_seq = 0;
    qint64 m_rows = 0;
    int m_inBatch = 0;
    QString m_error;
};
