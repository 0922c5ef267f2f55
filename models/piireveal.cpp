#include "models/piireveal.h"

#include "core/auditentry.h"
#include "store/auditrepository.h"
#include "store/database.h"

PiiReveal::PiiReveal(Database &db, const Actor &actor, QObject *parent)
    : QObject(parent), m_db(db), m_actor(actor)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PiiReveal::expire);
}

QString PiiReveal::key(const QString &customerId, PiiField field)
{
    return customerId + QLatin1Char('/') + PiiMasker::fieldKey(field);
}

bool PiiReveal::reveal(const QString &customerId, PiiField field, const QString &reason, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!PiiMasker::mayReveal(m_actor.role))
        return fail(tr("Trainers never see customers' personal data in clear."));
    if (!PiiMasker::mayReveal(m_actor.role, field))
        return fail(tr("Passwords and verification codes are never shown."));
    if (reason.trimmed().size() < MinReasonLength)
        return fail(tr("Give the reason for showing this data; it is written to the audit log."));
    AuditEntry entry;
    entry.at = m_now();
    entry.userId = m_actor.userId;
    entry.action = QStringLiteral("reveal_pii");
    entry.entity = QStringLiteral("customer");
    entry.entityId = customerId;
    entry.reason = reason.trimmed().left(500);
    entry.detail
        = {{QStringLiteral("field"), PiiMasker::fieldKey(field)}, {QStringLiteral("seconds"), m_seconds}};
    QString why;
    // No audit entry, no reveal: the entry is the condition, not a side effect.
    if (!AuditRepository(m_db).record(entry, &why))
        return fail(tr("The reveal could not be recorded, so the data stays masked: %1").arg(why));
    m_until.insert(key(customerId, field), m_now().addSecs(m_seconds));
    expire();
    Q_EMIT changed();
    return true;
}

bool PiiReveal::isRevealed(const QString &customerId, PiiField field) const
{
    return secondsLeft(customerId, field) > 0;
}

int PiiReveal::secondsLeft(const QString &customerId, PiiField field) const
{
    const auto it = m_until.constFind(key(customerId, field));
    if (it == m_until.cend())
        return 0;
    const qint64 ms = m_now().msecsTo(*it);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

QString PiiReveal::display(const QString &customerId, PiiField field, const QString &value) const
{
    if (isRevealed(customerId, field))
        return PiiMasker::reveal(field, value, m_actor.role);
    return PiiMasker::forRole(field, value, m_actor.role);
}

void PiiReveal::hideAll()
{
    if (m_until.isEmpty())
        return;
    m_until.clear();
    m_timer.stop();
    Q_EMIT changed();
}

void PiiReveal::expire()
{
    // Drops what has run out and waits for the next one to run out.
    const QDateTime now = m_now();
    bool dropped = false;
    QDateTime next;
    for (auto it = m_until.begin(); it != m_until.end();) {
        if (*it <= now) {
            it = m_until.erase(it);
            dropped = true;
            continue;
        }
        if (!next.isValid() || *it < next)
            next = *it;
        ++it;
    }
    if (next.isValid())
        m_timer.start(int(qMin<qint64>(now.msecsTo(next) + 1, 24 * 3600 * 1000)));
    else
        m_timer.stop();
    if (dropped)
        Q_EMIT changed();
}
