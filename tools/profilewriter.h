#pragma once

#include "tools/demosink.h"

#include <QString>

#include <memory>

class BulkImporter;
class Database;

// Writes demo data into a profile (<dir>/agentdesk.sqlite) through the store's
// BulkImporter: prepared statements, large transactions, no outbox — the profile is a
// fresh cache, as after a full sync.
class ProfileWriter : public DemoSink
{
public:
    explicit ProfileWriter(const QString &profileDir);
    ~ProfileWriter() override;

    // Refuses a profile that already has a database unless replace is true, in which
    // case the old files are removed first.
    bool open(bool replace, QString *error);
    // Commits the last batch and records the signed-in user.
    bool finish(QString *error);
    QString databasePath() const;

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
    void setCurrentUser(const QString &userId) override { m_currentUserId = userId; }

private:
    QString m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<BulkImporter> m_importer;
    QString m_currentUserId;
};
