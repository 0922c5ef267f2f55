#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

// Time arithmetic of the generator in milliseconds since the epoch, which is cheap at a
// million tickets, with the desk's clock at UTC+8 (no daylight saving since 1991, so a
// fixed offset is exact and needs no zone database).
class DemoTime
{
public:
    static constexpr qint64 Second = 1000;
    static constexpr qint64 Minute = 60 * Second;
    static constexpr qint64 Hour = 60 * Minute;
    static constexpr qint64 Day = 24 * Hour;
    static constexpr qint64 ChinaOffset = 8 * Hour;

    static qint64 ms(const QDateTime &t) { return t.toMSecsSinceEpoch(); }
    static QDateTime at(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }
    static QDate chinaDate(qint64 ms)
    {
        return QDate::fromJulianDay(julianEpoch() + floorDiv(ms + ChinaOffset, Day));
    }
    // Milliseconds of midnight (China time) starting the given day.
    static qint64 chinaMidnight(QDate date)
    {
        return (date.toJulianDay() - julianEpoch()) * Day - ChinaOffset;
    }
    static qint64 chinaTimeOfDay(qint64 ms) { return ms - chinaMidnight(chinaDate(ms)); }

private:
    static qint64 julianEpoch() { return 2440588; } // 1970-01-01
    static qint64 floorDiv(qint64 a, qint64 b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }
};
