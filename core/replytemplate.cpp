#include "core/replytemplate.h"

#include <QRegularExpression>

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z_]+)\\}"));
    return pattern;
}

} // namespace

QStringList ReplyTemplate::placeholders()
{
    return {QStringLiteral("customer_name"), QStringLiteral("ticket_number"), QStringLiteral("agent_name"),
        QStringLiteral("today")};
}

QString ReplyTemplate::fill(const QString &body, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(body.size());
    qsizetype last = 0;
    // One pass over the body: a value that itself contains braces is never expanded again.
    auto it = placeholderPattern().globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString value = values.value(m.captured(1));
        out += QStringView(body).mid(last, m.capturedStart() - last);
        out += value.isEmpty() ? m.captured(0) : value;
        last = m.capturedEnd();
    }
    out += QStringView(body).mid(last);
    return out;
}

QStringList ReplyTemplate::unfilled(const QString &text)
{
    QStringList out;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext())
        out.append(it.next().captured(0));
    return out;
}
