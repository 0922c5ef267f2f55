#pragma once

#include "core/mutation.h"

#include <QDateTime>

// A mutation waiting in the outbox, with its delivery bookkeeping.
struct OutboxEntry
{
    qint64 seq = 0; // delivery order
    Mutation mutation;
    QDateTime createdAt;
    int attempts = 0;
    QString lastError;
    bool poison = false; // refused by the server (400/422): kept and shown, never retried
};
