#pragma once

#include <QString>

// Reading a password from the console without echoing it, for `agentdesk sync`. The
// platform calls live in secretprompt.cpp only (termios on POSIX, the console mode on
// Windows). The same code as server/terminal.cpp, which sync/ may not include.
class SecretPrompt
{
public:
    static bool stdinIsTerminal();
    // Prints the prompt on stderr and reads one line; echo is off while a terminal is
    // attached. Returns false at end of input.
    static bool readSecret(const QString &prompt, QString &out);
};
