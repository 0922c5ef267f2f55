#pragma once

#include <QString>

// Reading a secret from the console without echoing it. The platform calls live in
// terminal.cpp only (termios on POSIX, the console mode on Windows).
class Terminal
{
public:
    static bool stdinIsTerminal();
    // Prints the prompt on stderr and reads one line; echo is off while a terminal is
    // attached. Returns false at end of input.
    static bool readSecret(const QString &prompt, QString &out);
};
