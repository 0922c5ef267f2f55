#pragma once

#include "core/actor.h"
#include "core/piimasker.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

class Database;

// The reveal of a customer's masked identifiers (DESIGN.md §3): the agent gives a
// reason, the field shows in clear for a limited time, and an audit entry
// (reveal_pii: which customer, which field, the reason — never the value) goes into the
// store, whose outbox carries it to the server's audit log. Trainers never reveal.
class PiiReveal : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultSeconds = 60;
    static constexpr int MinReasonLength = 2;

    PiiReveal(Database &db, const Actor &actor, QObject *parent = nullptr);

    // Masks everything revealed by the previous user.
    void setActor(const Actor &actor)
    {
        hideAll();
        m_actor = actor;
    }
    void setDuration(int seconds) { m_seconds = qMax(1, seconds); }
    int duration() const { return m_seconds; }
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    bool mayReveal(PiiField field) const { return PiiMasker::mayReveal(m_actor.role, field); }
    // Writes the audit entry, then shows the field of this customer until the time is up.
    // False with the reason (translated) when refused: trainer, password, no reason.
    bool reveal(const QString &customerId, PiiField field, const QString &reason, QString *error = nullptr);
    bool isRevealed(const QString &customerId, PiiField field) const;
    // Seconds left of a reveal, 0 when masked.
    int secondsLeft(const QString &customerId, PiiField field) const;
    // What the viewer sees of the value now: clear while revealed, else masked for the role.
    QString display(const QString &customerId, PiiField field, const QString &value) const;
    // Masks everything again (another customer opened, the window locked).
    void hideAll();

Q_SIGNALS:
    // A field was revealed or masked again.
    void changed();

private:
    void expire();
    static QString key(const QString &customerId, PiiField field);

    Database &m_db;
    Actor m_actor;
    int m_seconds = DefaultSeconds;
    std::function<QDateTime()> m_now = [] {
        return QDateTime::currentDateTimeUtc();
    };
    QHash<QString, QDateTime> m_until; // key → end of the reveal
    QTimer m_timer;
};
