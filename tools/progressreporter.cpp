#include "tools/progressreporter.h"

#include <QCoreApplication>

#include <cstdio>

ProgressReporter::ProgressReporter()
{
    m_timer.start();
}

QString ProgressReporter::humanCount(double value)
{
    if (value >= 1e6)
        return QString::number(value / 1e6, 'f', 2) + u'M';
    if (value >= 1e4)
        return QString::number(value / 1e3, 'f', 1) + u'k';
    return QString::number(qint64(value));
}

QString ProgressReporter::humanBytes(qint64 bytes)
{
    if (bytes >= (qint64(1) << 30))
        return QString::number(double(bytes) / double(qint64(1) << 30), 'f', 2) + QStringLiteral(" GiB");
    if (bytes >= (1 << 20))
        return QString::number(double(bytes) / double(1 << 20), 'f', 1) + QStringLiteral(" MiB");
    return QString::number(double(bytes) / 1024.0, 'f', 1) + QStringLiteral(" KiB");
}

void ProgressReporter::update(const QString &phase, qint64 done, qint64 total, qint64 rows)
{
    const qint64 nowMs = m_timer.elapsed();
    const bool phaseDone = done >= total;
    if (phase == m_phase && (done == m_lastDone || (!phaseDone && nowMs - m_lastPrintMs < 1000)))
        return;
    m_lastDone = done;
    m_phase = phase;
    const double interval = double(std::max<qint64>(1, nowMs - m_lastRowsMs)) / 1000.0;
    const double rate = double(rows - m_lastRows) / interval;
    m_lastRows = rows;
    m_lastRowsMs = nowMs;
    m_lastPrintMs = nowMs;
    const int percent = total > 0 ? int(done * 100 / total) : 100;
    const QString line
        = QCoreApplication::translate("ProgressReporter", "%1: %2 / %3 (%4%) · %5 rows · %6 rows/s · %7 s")
              .arg(phase, QString::number(done), QString::number(total), QString::number(percent),
                  humanCount(double(rows)), humanCount(rate),
                  QString::number(double(nowMs) / 1000.0, 'f', 1));
    std::fputs(qPrintable(line + u'\n'), stderr);
    std::fflush(stderr);
}
