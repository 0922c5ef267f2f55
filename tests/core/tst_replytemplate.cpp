// Placeholders of canned replies: filled once, unknown ones left for the agent.
#include "core/replytemplate.h"

#include <QtTest>

class TestReplyTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsKnownPlaceholders()
    {
        const QHash<QString, QString> values {{QStringLiteral("customer_name"), QStringLiteral("张三")},
            {QStringLiteral("ticket_number"), QStringLiteral("T20261127-0A1B2C3D")}};
        QCOMPARE(ReplyTemplate::fill(QStringLiteral("{customer_name}您好，工单 {ticket_number} 已受理。{customer_name}"), values),
            QStringLiteral("张三您好，工单 T20261127-0A1B2C3D 已受理。张三"));
    }

    void leavesUnknownAndEmptyOnesVisible()
    {
        const QString text = ReplyTemplate::fill(QStringLiteral("{agent_name} 为您服务 {unknown} {today}"),
            {{QStringLiteral("agent_name"), QString()}, {QStringLiteral("today"), QStringLiteral("2026-11-27")}});
        QCOMPARE(text, QStringLiteral("{agent_name} 为您服务 {unknown} 2026-11-27"));
        QCOMPARE(ReplyTemplate::unfilled(text), (QStringList {QStringLiteral("{agent_name}"), QStringLiteral("{unknown}")}));
    }

    void valuesAreNotExpandedAgain()
    {
        // A customer called "{ticket_number}" stays as typed.
        QCOMPARE(ReplyTemplate::fill(QStringLiteral("{customer_name}"),
                     {{QStringLiteral("customer_name"), QStringLiteral("{ticket_number}")},
                         {QStringLiteral("ticket_number"), QStringLiteral("T1")}}),
            QStringLiteral("{ticket_number}"));
        QCOMPARE(ReplyTemplate::fill(QString(), {}), QString());
        QCOMPARE(ReplyTemplate::fill(QStringLiteral("{ 未闭合 {customer_name"), {{QStringLiteral("customer_name"), QStringLiteral("x")}}),
            QStringLiteral("{ 未闭合 {customer_name"));
    }
};

QTEST_GUILESS_MAIN(TestReplyTemplate)
#include "tst_replytemplate.moc"
