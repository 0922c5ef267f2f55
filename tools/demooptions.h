#pragma once

#include <QDateTime>
#include <QtGlobal>

// What to generate. The same options always produce the same data.
struct DemoOptions
{
    qint64 customers = 2000;
    qint64 tickets = 20000;
    int articles = 40; // beyond the shipped articles, variations are generated
    int cases = 30;
    quint64 seed = 20261127;
    // The demo's "now": ticket ages, SLA clocks and assessment expiries are relative to
    // it, never to the clock, so that the same seed gives the same profile tomorrow.
    QDateTime now = defaultNow();

    static QDateTime defaultNow()
    {
        return QDateTime::fromString(QStringLiteral("2026-11-27T09:00:00+08:00"), Qt::ISODate);
    }
};
