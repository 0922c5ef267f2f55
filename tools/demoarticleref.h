#pragma once

#include <QString>

// A published article tickets may cite (EventKind::Citation).
struct DemoArticleRef
{
    QString id;
    int revision = 1;
    QString category; // KB category name, e.g. 融资融券
};
