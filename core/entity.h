#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

// What every synchronised record carries (DESIGN.md §2): an id made by the writer,
// the server-assigned revision, the last change time and a tombstone flag.
struct Entity
{
    QString id;
    qint64 rev = 0;
    QDateTime updatedAt;
    bool deleted = false;

    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
};
