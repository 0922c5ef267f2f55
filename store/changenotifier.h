#pragma once

#include <QObject>
#include <QStringList>

// Emitted after a write is committed, one signal per entity type, with the ids written
// (created, updated or deleted). Item models listen and refresh the rows concerned.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    explicit ChangeNotifier(QObject *parent = nullptr);

    // Emits the signal of the entity with this wire name ("ticket", "ticket_event", …).
    // False for an unknown name.
    bool notify(const QString &entity, const QStringList &ids);

Q_SIGNALS:
    void customersChanged(const QStringList &ids);
    void accountsChanged(const QStringList &ids);
    void holdingsChanged(const QStringList &ids);
    void tradesChanged(const QStringList &ids);
    void riskAlertsChanged(const QStringList &ids);
    void interactionsChanged(const QStringList &ids);
    void ticketsChanged(const QStringList &ids);
    void ticketEventsChanged(const QStringList &ids);
    void attachmentsChanged(const QStringList &ids);
    void articlesChanged(const QStringList &ids);
    void articleCategoriesChanged(const QStringList &ids);
    void articleRevisionsChanged(const QStringList &ids);
    void caseStudiesChanged(const QStringList &ids);
    void caseCommentsChanged(const QStringList &ids);
    void cannedRepliesChanged(const QStringList &ids);
    void usersChanged(const QStringList &ids);
    void teamsChanged(const QStringList &ids);
    void auditEntriesChanged(const QStringList &ids);
    void conflictsChanged();
    void outboxChanged(int pending);
    // Everything may have changed (bulk import, full resync): reload.
    void reset();
};
