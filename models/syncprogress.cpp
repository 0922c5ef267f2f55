#include "models/syncprogress.h"

#include <QtMath>

namespace {

// Below this the rate is noise (the first page includes connection setup).
constexpr qint64 s_minElapsedMs = 500;
constexpr qint64 s_minRows = 1;

} // namespace

SyncProgress::SyncProgress(QObject *parent) : QObject(parent) { }

double SyncProgress::fraction() const
{
    if (m_expected < 0)
        return -1;
    if (m_expected == 0)
        return 1;
    return qBound(0.0, double(m_done) / double(m_expected), 1.0);
}

qint64 SyncProgress::timeLeftMs() const
{
    if (m_expected < 0 || m_done < s_minRows || m_elapsedMs < s_minElapsedMs)
        return -1;
    const qint64 left = qMax<qint64>(0, m_expected - m_done);
    return qint64(std::ceil(double(left) * double(m_elapsedMs) / double(m_done)));
}

void SyncProgress::begin()
{
    m_done = 0;
    m_expected = -1;
    m_elapsedMs = 0;
    if (!m_active) {
        m_active = true;
        Q_EMIT activeChanged(true);
    }
    Q_EMIT changed();
}

void SyncProgress::update(qint64 rowsDone, qint64 rowsExpected, qint64 elapsedMs)
{
    if (!m_active)
        return;
    m_done = qMax<qint64>(0, rowsDone);
    // The server's figure is an estimate: never show fewer expected than already done.
    m_expected = rowsExpected < 0 ? -1 : qMax(rowsExpected, m_done);
    m_elapsedMs = qMax<qint64>(0, elapsedMs);
    Q_EMIT changed();
}

void SyncProgress::end()
{
    if (!m_active)
        return;
    m_active = false;
    Q_EMIT activeChanged(false);
    Q_EMIT changed();
}
