#include "server/httpserver.h"

#include "server/httpbodystream.h"

#include <restinio/all.hpp>
#ifdef AGENTDESK_SERVER_TLS
#include <restinio/tls.hpp>
#endif

#include <QUrl>

#include <atomic>
#include <csignal>
#include <exception>
#include <memory>
#include <thread>
#include <vector>

namespace {

// RESTinio drops the connection, without an answer, when a body passes its own limit.
// Bodies between our limit and this hard one get a proper 413 JSON error first.
qint64 transportBodyLimit(qint64 limit)
{
    return limit + qMax<qint64>(limit, 1024 * 1024);
}

HttpRequest convert(const restinio::request_handle_t &request)
{
    HttpRequest out;
    const auto &header = request->header();
    out.method = QByteArray(header.method().c_str());
    const auto path = header.path();
    out.path = QUrl::fromPercentEncoding(QByteArray(path.data(), qsizetype(path.size())));
    const auto query = header.query();
    out.query = QUrlQuery(QString::fromUtf8(query.data(), qsizetype(query.size())));
    header.for_each_field([&out](const restinio::http_header_field_t &field) {
        out.headers.insert(
            QByteArray::fromStdString(field.name()).toLower(), QByteArray::fromStdString(field.value()));
    });
    // Borrowed, not copied (an upload may be tens of MiB): the request outlives the
    // handler, and a route that keeps bytes beyond it copies them.
    const std::string &body = request->body();
    out.body = QByteArray::fromRawData(body.data(), qsizetype(body.size()));
    return out;
}

using StreamBuilder = restinio::response_builder_t<restinio::user_controlled_output_t>;

struct StreamState
{
    StreamBuilder builder;
    std::shared_ptr<HttpBodyStream> stream;
    qint64 remaining = 0;
};

// Appends a piece of a streamed body; the next one is read only when this one is written
// (the flush callback runs on the connection's strand), so memory stays at one piece
// per download whatever the client's speed. An exception thrown from the callback makes
// RESTinio close the connection: the client sees a truncated body, never a wrong one.
void writePiece(const std::shared_ptr<StreamState> &state, const QByteArray &piece)
{
    state->remaining -= piece.size();
    if (state->remaining < 0)
        throw std::runtime_error("a body stream returned more than its size");
    state->builder.append_body(piece.toStdString());
    if (state->remaining == 0) {
        state->builder.done();
        return;
    }
    state->builder.flush([state](const asio::error_code &error) {
        if (error)
            return; // the client went away, or the connection closed: stop reading
        const QByteArray next = state->stream->next();
        if (next.isEmpty())
            throw std::runtime_error("a body stream ended before its size");
        writePiece(state, next);
    });
}

template<typename Builder> void addHeaders(Builder &builder, const HttpResponse &response)
{
    builder.append_header(restinio::http_field::content_type, response.contentType.toStdString());
    builder.append_header(restinio::http_field::cache_control, "no-store");
    for (const auto &[name, value] : response.headers)
        builder.append_header(name.toStdString(), value.toStdString());
}

restinio::http_status_line_t statusLine(int status)
{
    return restinio::http_status_line_t(restinio::http_status_code_t(std::uint16_t(status)),
        HttpResponse::reasonPhrase(status).toStdString());
}

restinio::request_handling_status_t answer(const restinio::request_handle_t &request, HttpResponse response)
{
    if (response.stream) {
        const bool head = request->header().method() == restinio::http_method_head();
        const qint64 size = response.stream->size();
        QByteArray first;
        try {
            if (!head && size > 0) {
                first = response.stream->next();
                if (first.isEmpty())
                    throw std::runtime_error("a body stream ended before its size");
            }
        } catch (const std::exception &e) {
            qWarning("agentdesk-server: a response body could not be read: %s", e.what());
            response = HttpResponse::internalError();
        }
        if (response.stream) {
            auto state = std::make_shared<StreamState>(StreamState {
                request->create_response<restinio::user_controlled_output_t>(statusLine(response.status)),
                response.stream, size});
            addHeaders(state->builder, response);
            state->builder.set_content_length(std::size_t(size));
            if (head || size == 0)
                return state->builder.done();
            writePiece(state, first);
            return restinio::request_accepted();
        }
    }
    auto builder = request->create_response(statusLine(response.status));
    addHeaders(builder, response);
    builder.set_body(response.body.toStdString());
    return builder.done();
}

template<typename Traits, typename Settings>
bool serve(Settings &&settings, int threads, const std::function<void()> &onOpen, QString *error)
{
    asio::io_context context;
    restinio::http_server_t<Traits> server {
        restinio::external_io_context(context), std::forward<Settings>(settings)};
    std::exception_ptr failure;
    asio::signal_set breakSignals(context, SIGINT, SIGTERM);
    breakSignals.async_wait([&](const asio::error_code &code, int) {
        if (!code)
            server.close_async(
                [&context] { context.stop(); }, [&failure](std::exception_ptr e) { failure = e; });
    });
    // Announced only once the acceptor listens: a client reading the line may connect at once.
    server.open_async([&onOpen] { onOpen(); },
        [&](std::exception_ptr e) {
            failure = e;
            context.stop();
        });
    std::vector<std::thread> pool;
    for (int i = 0; i < threads; ++i)
        pool.emplace_back([&context] { context.run(); });
    for (std::thread &thread : pool)
        thread.join();
    if (failure) {
        try {
            std::rethrow_exception(failure);
        } catch (const std::exception &e) {
            if (error)
                *error = QString::fromLocal8Bit(e.what());
        }
        return false;
    }
    return true;
}

template<typename Settings>
void configure(Settings &settings, const HttpServer::Options &options, std::atomic<quint16> *boundPort,
    const HttpServer *server)
{
    settings.port(options.port)
        .address(options.address.toStdString())
        .read_next_http_message_timelimit(options.readTimeout)
        .handle_request_timeout(options.handleTimeout)
        .write_http_response_timelimit(options.writeTimeout)
        .incoming_http_msg_limits(restinio::incoming_http_msg_limits_t {}.max_body_size(std::uint64_t(
            transportBodyLimit(options.isUpload ? qMax(options.maxBodyBytes, options.maxUploadBytes)
                                                : options.maxBodyBytes))))
        .acceptor_post_bind_hook([boundPort](asio::ip::tcp::acceptor &acceptor) {
            boundPort->store(acceptor.local_endpoint().port());
        })
        .request_handler([server](const restinio::request_handle_t &request) {
            return answer(request, server->respond(convert(request)));
        });
}

using PlainTraits = restinio::traits_t<restinio::asio_timer_manager_t, restinio::null_logger_t>;

} // namespace

HttpServer::HttpServer(const Options &options, Handler handler)
    : m_options(options), m_handler(std::move(handler))
{
    if (m_options.threads <= 0)
        m_options.threads = int(qMax(1u, std::thread::hardware_concurrency()));
}

bool HttpServer::tlsAvailable()
{
#ifdef AGENTDESK_SERVER_TLS
    return true;
#else
    return false;
#endif
}

qint64 HttpServer::bodyLimit(const HttpRequest &request) const
{
    return m_options.isUpload && m_options.isUpload(request) ? m_options.maxUploadBytes
                                                             : m_options.maxBodyBytes;
}

HttpResponse HttpServer::respond(const HttpRequest &request) const
{
    if (const qint64 limit = bodyLimit(request); request.body.size() > limit)
        return HttpResponse::payloadTooLarge(limit);
    try {
        return m_handler(request);
    } catch (const std::exception &e) {
        qWarning("agentdesk-server: unhandled error: %s", e.what());
    }
    return HttpResponse::internalError();
}

bool HttpServer::run(const std::function<void(quint16)> &onListening, QString *error)
{
    std::atomic<quint16> boundPort {0};
    const std::function<void()> onOpen = [&] {
        onListening(boundPort.load());
    };
    try {
        if (m_options.tlsCertificate.isEmpty() != m_options.tlsKey.isEmpty()) {
            if (error)
                *error = tr("--tls-cert and --tls-key go together.");
            return false;
        }
        if (!m_options.tlsCertificate.isEmpty()) {
#ifdef AGENTDESK_SERVER_TLS
            using TlsTraits = restinio::tls_traits_t<restinio::asio_timer_manager_t, restinio::null_logger_t>;
            restinio::server_settings_t<TlsTraits> settings;
            configure(settings, m_options, &boundPort, this);
            asio::ssl::context tls(asio::ssl::context::tls_server);
            tls.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2
                | asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1
                | asio::ssl::context::no_tlsv1_1);
            tls.use_certificate_chain_file(m_options.tlsCertificate.toStdString());
            tls.use_private_key_file(m_options.tlsKey.toStdString(), asio::ssl::context::pem);
            settings.tls_context(std::move(tls));
            return serve<TlsTraits>(std::move(settings), m_options.threads, onOpen, error);
#else
            if (error)
                *error = tr("TLS not built: this agentdesk-server was built without OpenSSL.");
            return false;
#endif
        }
        restinio::server_settings_t<PlainTraits> settings;
        configure(settings, m_options, &boundPort, this);
        return serve<PlainTraits>(std::move(settings), m_options.threads, onOpen, error);
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromLocal8Bit(e.what());
    }
    return false;
}
