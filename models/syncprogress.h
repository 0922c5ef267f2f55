#pragma once

#include <QObject>

// The progress of a profile's first synchronisation (possibly a million rows), for the
// progress panel: rows done, rows expected (−1 while the server gives no estimate) and
// the time left, extrapolated from the rate so far. Fed by the session layer from the
// sync thread's progress signal; knows nothing about the network.
class SyncProgress : public QObject
{
    Q_OBJECT

public:
    explicit SyncProgress(QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    qint64 rowsDone() const { return m_done; }
    qint64 rowsExpected() const { return m_expected; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    // 0…1, or −1 when the total is unknown.
    double fraction() const;
    // Milliseconds left at the average rate so far; −1 when it cannot be told yet.
    qint64 timeLeftMs() const;

public Q_SLOTS:
    void begin();
    void update(qint64 rowsDone, qint64 rowsExpected, qint64 elapsedMs);
    void end();

Q_SIGNALS:
    void activeChanged(bool active);
    void changed();

private:
    bool m_active = false;
    qint64 m_done = 0;
    qint64 m_expected = -1;
    qint64 m_elapsedMs = 0;
};
