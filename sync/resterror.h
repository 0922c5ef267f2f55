#pragma once

#include <QString>

// What went wrong with one REST call, in the terms the retry policy decides on
// (DESIGN.md §4), with the server's own {code, message} when it sent one.
struct RestError
{
    enum Kind {
        None,
        Network, // connection refused, reset, DNS, …
        Timeout, // no progress within the transfer timeout
        Unauthorized, // 401: the token is missing or expired — log in again
        Forbidden, // 403: the role may not do this
        Gone, // 410: the cursor is older than tombstone retention — full resync
        Conflict, // 409
        Invalid, // 400 / 422: the request itself is wrong — poison, never retried
        RateLimited, // 429, with Retry-After
        Server, // 5xx
        Protocol, // a 2xx answer that is not the JSON we expect, or another status
    };

    Kind kind = None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString code; // the server's error code, e.g. "cursor_expired"
    QString message; // the server's message, or the transport's
    int retryAfterSeconds = -1; // Retry-After of a 429/503, -1 when absent

    bool isError() const { return kind != None; }
    // For logs and summaries: "server error 503 (unavailable): try later".
    QString describe() const;
    static QString kindName(Kind kind);
    // A failure of the local cache during a cycle, reported like a protocol error.
    static RestError store(const QString &message);
};
