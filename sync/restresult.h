#pragma once

#include "sync/resterror.h"

#include <QJsonObject>

// The answer to one REST call: the HTTP status and JSON body, or what went wrong.
struct RestResult
{
    int status = 0;
    QJsonObject json;
    RestError error;

    bool ok() const { return !error.isError(); }
};
