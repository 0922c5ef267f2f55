#pragma once

#include "server/httprequest.h"
#include "server/httpresponse.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <functional>

// The HTTP transport on RESTinio: a pool of worker threads sharing one asio
// io_context, keep-alive, a request body limit, read/handle/write timeouts and
// optional TLS. It converts requests for a handler that knows nothing of RESTinio.
// A response with a body stream (HttpBodyStream) is written piece by piece, each piece
// requested once the previous one is on the wire; HEAD gets its headers only.
class HttpServer
{
    Q_DECLARE_TR_FUNCTIONS(HttpServer)

public:
    struct Options
    {
        QString address = QStringLiteral("127.0.0.1");
        quint16 port = 8080; // 0 lets the kernel choose
        int threads = 0; // 0: the hardware concurrency
        qint64 maxBodyBytes = 16 * 1024 * 1024;
        // Uploads (requests isUpload() accepts) have their own limit instead of
        // maxBodyBytes: an attachment may be larger than any JSON body should be.
        qint64 maxUploadBytes = 20 * 1024 * 1024;
        std::function<bool(const HttpRequest &)> isUpload;
        std::chrono::seconds readTimeout {30};
        std::chrono::seconds handleTimeout {60};
        std::chrono::seconds writeTimeout {30};
        QString tlsCertificate; // PEM files; both or neither
        QString tlsKey;
    };
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    HttpServer(const Options &options, Handler handler);

    // Whether this build can serve TLS (OpenSSL was found at build time).
    static bool tlsAvailable();

    // Binds, calls onListening(port) with the bound port, then serves until SIGINT or
    // SIGTERM. Returns false with *error when the server cannot start.
    bool run(const std::function<void(quint16)> &onListening, QString *error);

    // Answers one request as the server would (body limit included); for the transport.
    HttpResponse respond(const HttpRequest &request) const;
    // The body limit of this request: maxUploadBytes for uploads, maxBodyBytes otherwise.
    qint64 bodyLimit(const HttpRequest &request) const;
    const Options &options() const { return m_options; }

private:
    Options m_options;
    Handler m_handler;
};
