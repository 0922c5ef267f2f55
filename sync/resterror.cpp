#include "sync/resterror.h"

QString RestError::kindName(Kind kind)
{
    switch (kind) {
    case None:
        return QStringLiteral("ok");
    case Network:
        return QStringLiteral("network error");
    case Timeout:
        return QStringLiteral("timeout");
    case Unauthorized:
        return QStringLiteral("unauthorized");
    case Forbidden:
        return QStringLiteral("forbidden");
    case Gone:
        return QStringLiteral("gone");
    case Conflict:
        return QStringLiteral("conflict");
    case Invalid:
        return QStringLiteral("invalid request");
    case RateLimited:
        return QStringLiteral("rate limited");
    case Server:
        return QStringLiteral("server error");
    case Protocol:
        return QStringLiteral("protocol error");
    }
    return {};
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
