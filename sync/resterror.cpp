#include "sync/resterror.h"

#include <QCoreApplication>

QString RestError::kindName(Kind kind)
{
    // Shown to people (the headless command, the status bar's tooltip): translated.
    const char *source = nullptr;
    switch (kind) {
    case None:
        source = QT_TRANSLATE_NOOP("RestError", "ok");
        break;
    case Network:
        source = QT_TRANSLATE_NOOP("RestError", "network error");
        break;
    case Timeout:
        source = QT_TRANSLATE_NOOP("RestError", "timeout");
        break;
    case Unauthorized:
        source = QT_TRANSLATE_NOOP("RestError", "unauthorized");
        break;
    case Forbidden:
        source = QT_TRANSLATE_NOOP("RestError", "forbidden");
        break;
    case Gone:
        source = QT_TRANSLATE_NOOP("RestError", "gone");
        break;
    case Conflict:
        source = QT_TRANSLATE_NOOP("RestError", "conflict");
        break;
    case Invalid:
        source = QT_TRANSLATE_NOOP("RestError", "invalid request");
        break;
    case RateLimited:
        source = QT_TRANSLATE_NOOP("RestError", "rate limited");
        break;
    case Server:
        source = QT_TRANSLATE_NOOP("RestError", "server error");
        break;
    case Protocol:
        source = QT_TRANSLATE_NOOP("RestError", "protocol error");
        break;
    }
    return source ? QCoreApplication::translate("RestError", source) : QString();
}

QString RestError::describe() const
{
    QString text = kindName(kind);
    if (httpStatus > 0)
        text += QLatin1Char(' ') + QString::number(httpStatus);
    if (!code.isEmpty())
        text += QStringLiteral(" (") + code + QLatin1Char(')');
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    return text;
}

RestError RestError::store(const QString &message)
{
    RestError error;
    error.kind = Protocol;
    error.code = QStringLiteral("store");
    error.message = message;
    return error;
}
