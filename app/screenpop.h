#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Screen-pop's wire and naming rules, shared by both ends: the workstation's listener
// (ScreenPopServer) and `agentdesk --call NUMBER`, which a softphone or the telephony
// system runs on an incoming call. One connection carries one UTF-8 JSON line each way:
//   → {"call":"13812345678","started_at":"2026-11-27T09:15:02+08:00"}   (started_at optional)
//   ← {"ok":true}   or   {"ok":false,"error":"…"}
class ScreenPop
{
    Q_DECLARE_TR_FUNCTIONS(ScreenPop)

public:
    // Longest request line accepted, without its line end.
    static constexpr int MaxLineBytes = 4096;

    enum class Delivery {
        Delivered, // a workstation took the call
        NoListener, // nobody listens on serverName(): start a workstation
        Failed, // a workstation is there but did not take it (timeout, refusal)
    };

    // The local socket of this OS user's workstation. AGENTDESK_SCREENPOP_NAME, when set,
    // is used as is (tests isolate themselves with it).
    static QString serverName();

    // The number as the desk stores it: spaces and hyphens removed, an optional leading
    // +, then 3 to 20 digits. Empty (and the reason in error) when it is not one.
    static QString normalizeNumber(const QString &number, QString *error = nullptr);
    // An ISO 8601 date and time ("2026-11-27T09:15:02+08:00"); invalid when it is not one.
    static QDateTime parseStartedAt(const QString &text);

    // Hands the call to the running workstation and waits for its answer. Blocking: meant
    // for the short-lived command-line process, not for the GUI thread.
    static Delivery deliver(
        const QString &number, const QDateTime &startedAt, QString *error, int timeoutMs = 3000);
    // deliver() == Delivered; error says why not (no workstation, timeout, refusal).
    static bool send(const QString &number, const QDateTime &startedAt, QString *error, int timeoutMs = 3000);
};
