#include "app/screenpop.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>

#include <algorithm>

QString ScreenPop::serverName()
{
    const QString override = qEnvironmentVariable("AGENTDESK_SCREENPOP_NAME");
    if (!override.isEmpty())
        return override;
#ifdef Q_OS_WIN
    QString user = qEnvironmentVariable("USERNAME");
#else
    QString user = qEnvironmentVariable("USER");
#endif
    if (user.isEmpty())
        user = QDir::homePath();
    // Hashed: the name is visible to every user of the machine (/tmp, the pipe namespace)
    // and need not say who works here.
    const QString name = QLatin1String("agentdesk-screenpop-")
        + QString::fromLatin1(
            QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // In /tmp another user could take the name first and be handed callers' numbers; the
    // session's runtime directory is the user's own (0700). macOS's temporary directory
    // already is.
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty() && QFileInfo(runtimeDir).isDir())
        return QDir(runtimeDir).filePath(name);
#endif
    return name;
}

QString ScreenPop::normalizeNumber(const QString &number, QString *error)
{
    QString normalized;
    normalized.reserve(number.size());
    for (const QChar c : number) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        normalized.append(c);
    }
    const bool international = normalized.startsWith(QLatin1Char('+'));
    const QStringView digits = QStringView(normalized).mid(international ? 1 : 0);
    // ASCII digits only: QChar::isDigit() would let full-width and other scripts' digits
    // through, which no dialler or customer record uses.
    const bool allDigits = std::all_of(
        digits.begin(), digits.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    if (digits.size() < 3 || digits.size() > 20 || !allDigits) {
        // The number itself is not repeated: it is personal data and messages get logged.
        if (error)
            *error = normalized.isEmpty()
                ? tr("no phone number given")
                : tr("not a phone number (3 to 20 digits, optionally a leading +; spaces and hyphens "
                     "are ignored)");
        return {};
    }
    return normalized;
}

QDateTime ScreenPop::parseStartedAt(const QString &text)
{
    return QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
}

ScreenPop::Delivery ScreenPop::deliver(
    const QString &number, const QDateTime &startedAt, QString *error, int timeoutMs)
{
    const auto fail = [error](Delivery delivery, const QString &why) {
        if (error)
            *error = why;
        return delivery;
    };
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(int(deadline.remainingTime()))) {
        // Refused: a socket file left behind by a workstation that crashed.
        if (socket.error() == QLocalSocket::ServerNotFoundError
            || socket.error() == QLocalSocket::ConnectionRefusedError)
            return fail(Delivery::NoListener, tr("no workstation is running"));
        return fail(
            Delivery::Failed, tr("cannot reach the running workstation: %1").arg(socket.errorString()));
    }

    QJsonObject request {{QLatin1String("call"), number}};
    if (startedAt.isValid())
        request.insert(QLatin1String("started_at"), startedAt.toString(Qt::ISODateWithMs));
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())) && socket.bytesToWrite() > 0)
        return fail(Delivery::Failed,
            tr("the running workstation did not take the call: %1").arg(socket.errorString()));

    while (!socket.canReadLine()) {
        if (socket.bytesAvailable() > MaxLineBytes)
            return fail(Delivery::Failed, tr("the running workstation gave an unreadable answer"));
        if (socket.state() != QLocalSocket::ConnectedState)
            return fail(
                Delivery::Failed, tr("the running workstation closed the connection without an answer"));
        if (deadline.hasExpired())
            return fail(Delivery::Failed, tr("the running workstation did not answer in time"));
        socket.waitForReadyRead(int(deadline.remainingTime()));
    }
    QJsonParseError parseError;
    const QJsonDocument answer
        = QJsonDocument::fromJson(socket.readLine(MaxLineBytes + 2).trimmed(), &parseError);
    const QJsonObject reply = answer.object();
    if (parseError.error != QJsonParseError::NoError || !reply.value(QLatin1String("ok")).isBool())
        return fail(Delivery::Failed, tr("the running workstation gave an unreadable answer"));
    if (!reply.value(QLatin1String("ok")).toBool())
        return fail(Delivery::Failed,
            tr("the running workstation refused the call: %1")
                .arg(reply.value(QLatin1String("error")).toString()));
    socket.disconnectFromServer();
    return Delivery::Delivered;
}

bool ScreenPop::send(const QString &number, const QDateTime &startedAt, QString *error, int timeoutMs)
{
    return deliver(number, startedAt, error, timeoutMs) == Delivery::Delivered;
}
