#pragma once

#include <QString>
#include <QVariant>

// The position after which the next keyset page starts: the last row's sort value (in its
// stored SQL form) and its id, which breaks ties so every row comes exactly once.
struct KeysetCursor
{
    QVariant value;
    QString id;
};
