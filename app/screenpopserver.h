#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

// The workstation's end of screen-pop (ScreenPop describes the protocol): a local socket
// only this OS user may connect to, one request line per connection, answered and closed.
// A connection that stays silent is answered with an error after readTimeout().
class ScreenPopServer : public QObject
{
    Q_OBJECT

public:
    explicit ScreenPopServer(QObject *parent = nullptr);
    ~ScreenPopServer() override;

    // Listens on ScreenPop::serverName(), replacing a socket left behind by a crashed
    // workstation. False, with the reason, while another workstation of this user listens
    // there or the socket cannot be made: the caller carries on without screen-pop.
    bool listen(QString *error);
    bool isListening() const;

    // Milliseconds a client has to send its line (default 5000).
    int readTimeout() const { return m_readTimeoutMs; }
    void setReadTimeout(int ms) { m_readTimeoutMs = ms; }

Q_SIGNALS:
    // A valid request: the normalised number (ScreenPop::normalizeNumber) and the call's
    // start, or the time it arrived when the client gave none.
    void callReceived(const QString &number, const QDateTime &startedAt);

private:
    void acceptConnections();
    void readRequest(QLocalSocket *socket);
    // Sends {"ok":true} for an empty error, else {"ok":false,"error":…}, then closes.
    void answer(QLocalSocket *socket, const QString &error);

    QLocalServer *m_server;
    int m_readTimeoutMs = 5000;
};
