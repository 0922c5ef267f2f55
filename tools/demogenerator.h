#pragma once

#include "tools/demooptions.h"

#include <QString>
#include <QStringList>

#include <functional>

class DemoSink;

// Deterministic demo data at any scale: the organisation, the knowledge base, customers
// with their portfolios, then a year of tickets, streamed into a DemoSink. Each part
// draws from its own random stream derived from the seed, so changing --tickets leaves
// customers and articles unchanged. Nothing reads the clock: "now" is an option.
class DemoGenerator
{
public:
    // phase ("customers", "tickets" …), units done, units in the phase, rows written so far
    using Progress = std::function<void(const QString &, qint64, qint64, qint64)>;

    explicit DemoGenerator(const DemoOptions &options);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Returns the rows written.
    qint64 run(DemoSink &sink);

    // Ticket transitions the workflow refused (0 unless the generator has a bug).
    qint64 workflowViolations() const { return m_violations; }
    // Problems worth a warning (shipped content that did not parse).
    QStringList warnings() const { return m_warnings; }

    enum Stream : quint64 { OrgStream = 1, KnowledgeStream, CustomerStream, TicketStream };

private:
    DemoOptions m_options;
    Progress m_progress;
    qint64 m_violations = 0;
    QStringList m_warnings;
};
