#include "server/httpserver.h"

#include <restinio/all.hpp>
#ifdef AGENTDESK_SERVER_TLS
#include <restinio/tls.hpp>
#endif

#include <QUrl>

#include <atomic>
#include <csignal>
#include <exception>
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
    out.body = QByteArray::fromStdString(request->body());
    return out;
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
        .incoming_http_msg_limits(restinio::incoming_http_msg_limits_t {}.max_body_size(
            std::uint64_t(transportBodyLimit(options.maxBodyBytes))))
        .acceptor_post_bind_hook([boundPort](asio::ip::tcp::acceptor &acceptor) {
            boundPort->store(acceptor.local_endpoint().port());
        })
        .request_handler([server](const restinio::request_handle_t &request) {
            const HttpResponse response = server->respond(convert(request));
            auto builder = request->create_response(
                restinio::http_status_line_t(restinio::http_status_code_t(std::uint16_t(response.status)),
                    HttpResponse::reasonPhrase(response.status).toStdString()));
            builder.append_header(restinio::http_field::content_type, "application/json; charset=utf-8");
            builder.append_header(restinio::http_field::cache_control, "no-store");
            for (const auto &[name, value] : response.headers)
                builder.append_header(name.toStdString(), value.toStdString());
            builder.set_body(response.body.toStdString());
            return builder.done();
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

HttpResponse HttpServer::respond(const HttpRequest &request) const
{
    if (request.body.size() > m_options.maxBodyBytes)
        return HttpResponse::payloadTooLarge(m_options.maxBodyBytes);
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
