#pragma once

#include <QElapsedTimer>
#include <QString>

// Progress of a long generation on stderr: units done / total, rows written, rows/s,
// at most a line a second (and one at the end of each phase). The timer only measures
// throughput; it never influences the data.
class ProgressReporter
{
public:
    ProgressReporter();

    void update(const QString &phase, qint64 done, qint64 total, qint64 rows);
    double elapsedSeconds() const { return double(m_timer.nsecsElapsed()) / 1e9; }

    static QString humanCount(double value); // 1.2k, 3.4M
    static QString humanBytes(qint64 bytes);

private:
    QElapsedTimer m_timer;
    qint64 m_lastPrintMs = -1;
    qint64 m_lastRows = 0;
    qint64 m_lastDone = -1;
    qint64 m_lastRowsMs = 0;
    QString m_phase;
};
