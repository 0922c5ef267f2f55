#include "app/screenpopserver.h"

#include "app/screenpop.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

namespace {

// Whether a process answers on the name. A refused connection means a socket file
// without its server (a workstation that crashed).
bool isAnswering(const QString &name)
{
    QLocalSocket probe;
    probe.connectToServer(name);
    const bool answering = probe.waitForConnected(1000);
    probe.abort();
    return answering;
}

} // namespace

ScreenPopServer::ScreenPopServer(QObject *parent) : QObject(parent), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &ScreenPopServer::acceptConnections);
}

ScreenPopServer::~ScreenPopServer() = default;

bool ScreenPopServer::isListening() const
{
    return m_server->isListening();
}

bool ScreenPopServer::listen(QString *error)
{
    if (m_server->isListening())
        return true;
    const QString name = ScreenPop::serverName();
    // Asked first, not left to listen(): on Unix listen() with UserAccessOption silently
    // replaces the socket file of a running server, and a Windows pipe takes several
    // servers; either way the other workstation would stop receiving calls.
    if (isAnswering(name)) {
        if (error)
            *error = tr("another AgentDesk workstation of this user already receives the calls; "
                        "this one runs without screen-pop");
        return false;
    }
    if (m_server->listen(name))
        return true;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError && !isAnswering(name)) {
        QLocalServer::removeServer(name);
        if (m_server->listen(name))
            return true;
    }
    if (error)
        *error = tr("cannot listen for calls (screen-pop) on %1: %2").arg(name, m_server->errorString());
    return false;
}

void ScreenPopServer::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        // A line over the limit is refused once the buffer is full, not read on and on.
        socket->setReadBufferSize(ScreenPop::MaxLineBytes + 2);
        auto *timeout = new QTimer(socket);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, this, [this, socket] {
            answer(socket, tr("no request within %n second(s)", nullptr, (m_readTimeoutMs + 999) / 1000));
        });
        timeout->start(m_readTimeoutMs);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        // Also the end of the workstations' own probes (isAnswering), which send nothing.
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        readRequest(socket);
    }
}

void ScreenPopServer::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > ScreenPop::MaxLineBytes + 1)
            answer(socket, tr("request longer than %1 bytes").arg(ScreenPop::MaxLineBytes));
        return;
    }
    QByteArray line = socket->readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.size() > ScreenPop::MaxLineBytes) {
        answer(socket, tr("request longer than %1 bytes").arg(ScreenPop::MaxLineBytes));
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        answer(socket, tr("the request is not a JSON object"));
        return;
    }
    const QJsonObject request = document.object();
    const QJsonValue call = request.value(QLatin1String("call"));
    if (!call.isString()) {
        answer(socket, tr("\"call\" (the caller's number) is missing"));
        return;
    }
    QString why;
    const QString number = ScreenPop::normalizeNumber(call.toString(), &why);
    if (number.isEmpty()) {
        answer(socket, why);
        return;
    }
    QDateTime startedAt = QDateTime::currentDateTime();
    const QJsonValue started = request.value(QLatin1String("started_at"));
    if (!started.isUndefined() && !started.isNull()) {
        startedAt = started.isString() ? ScreenPop::parseStartedAt(started.toString()) : QDateTime();
        if (!startedAt.isValid()) {
            answer(socket, tr("\"started_at\" is not an ISO 8601 date and time"));
            return;
        }
    }
    answer(socket, QString());
    // Never the number: it is the customer's personal data.
    qInfo("agentdesk: screen-pop: a call arrived");
    Q_EMIT callReceived(number, startedAt);
}

void ScreenPopServer::answer(QLocalSocket *socket, const QString &error)
{
    if (auto *timeout = socket->findChild<QTimer *>())
        timeout->stop();
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    QJsonObject reply {{QLatin1String("ok"), error.isEmpty()}};
    if (!error.isEmpty())
        reply.insert(QLatin1String("error"), error);
    socket->write(QJsonDocument(reply).toJson(QJsonDocument::Compact) + '\n');
    // Out before callReceived's slots run: the client waits only a few seconds.
    socket->flush();
    socket->disconnectFromServer();
}
