#pragma once

#include <QString>

#include <cstdio>

// What every agentdesk-server command shares, so `serve`, `seed`, `import` and the
// administrative commands answer scripts the same way: one set of exit codes
// (documented in --help and docs/), one error prefix on stderr.
namespace CommandLine {

constexpr int ExitUsage = 1;
constexpr int ExitFailed = 2;
constexpr int MinPasswordLength = 8;

inline void printError(const QString &message)
{
    std::fprintf(stderr, "agentdesk-server: %s\n", qPrintable(message));
}

inline QString option(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace CommandLine
