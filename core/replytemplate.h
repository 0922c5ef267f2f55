#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Canned replies carry placeholders in braces — {customer_name}, {ticket_number},
// {agent_name}, {today} — filled in when the agent picks one. A placeholder without a
// value stays as written, so the agent sees what still needs filling by hand.
class ReplyTemplate
{
public:
    static QStringList placeholders();
    static QString fill(const QString &body, const QHash<QString, QString> &values);
    // The placeholders left in a text (e.g. after filling), in order of appearance.
    static QStringList unfilled(const QString &text);
};
