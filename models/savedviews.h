#pragma once

#include "store/ticketquery.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

// A queue a user made for themselves: a name and the filters on top of their team's
// tickets (kind, category, channel, priority, state, assignee, customer, creation dates,
// text).
struct SavedView
{
    QString id;
    QString name;
    TicketQuery filter; // only the filter fields are kept; team and order come from the queue
};

// The saved views of one user, kept in the profile (they are a personal way of working,
// not shared data), as JSON with wire keys so that a later version can still read them.
class SavedViews
{
public:
    SavedViews(Database &db, const QString &userId);

    QList<SavedView> all() const;
    // Adds (empty id) or replaces the view of that id; false with *error on a store error.
    bool save(SavedView &view, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr);

    static QJsonObject toJson(const TicketQuery &filter);
    static TicketQuery fromJson(const QJsonObject &json);
    // The filter's non-empty fields laid over a queue's query.
    static TicketQuery applied(TicketQuery base, const TicketQuery &filter);
    static bool isEmpty(const TicketQuery &filter);

private:
    bool store(const QList<SavedView> &views, QString *error);
    QString key() const;

    Database &m_db;
    QString m_userId;
};
