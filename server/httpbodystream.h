#pragma once

#include <QByteArray>

// A response body produced piece by piece (an attachment download). The transport
// announces size() as Content-Length, then asks for the next piece only once the
// previous one has been written to the socket, so one piece at a time is in memory.
// next() runs on a worker thread of the HTTP pool (not always the same one); it may
// throw when the content cannot be read, and the transport then closes the connection,
// which the client sees as a truncated transfer.
class HttpBodyStream
{
public:
    virtual ~HttpBodyStream() = default;

    virtual qint64 size() const = 0;
    // The next piece, never empty before size() bytes have been returned.
    virtual QByteArray next() = 0;
};
