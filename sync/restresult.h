#pragma once

#include "sync/resterror.h"

#include <QByteArray>
#include <QJsonObject>

// The answer to one REST call: the HTTP status and JSON body, or what went wrong.
struct RestResult
{
    int status = 0;
    QJsonObject json;
    // The body itself instead of json, for a 2xx answer to a request that asked for it
    // (RestClient::Answer::Raw): large answers parsed by the caller.
    QByteArray raw;
    RestError error;

    bool ok() const { return !error.isError(); }
};
