#pragma once

#include <QString>

// Reading a password from the console without echoing it, for the command-line tools
// (`agentdesk sync`, `agentdesk-server user add`). It lives in core/ because that is the
// one folder both the client and the server may include. The platform calls stay in
// secretprompt.cpp (termios on POSIX, the console mode on Windows).
class SecretPrompt
{
public:
    static bool stdinIsTerminal();
    // Prints the prompt on stderr and reads one line; echo is off while a terminal is
    // attached. Returns false at end of input.
    static bool readSecret(const QString &prompt, QString &out);
};
