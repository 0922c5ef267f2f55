#pragma once

#include <QByteArray>
#include <QString>

// argon2id password hashes and random tokens through libsodium. Passwords and tokens
// pass through here only; nothing in this class logs them.
class PasswordHasher
{
public:
    // Must be called once before any other member (sodium_init); false when libsodium
    // cannot initialise (no entropy source).
    static bool initialise();

    // The argon2id string (algorithm, parameters, salt and hash) for storage;
    // empty when memory for the hash cannot be had.
    static QString hash(const QString &password);
    static bool verify(const QString &storedHash, const QString &password);
    // Spends the time of a verify() when there is no user to verify, so that an unknown
    // username takes as long to refuse as a wrong password.
    static void verifyDummy(const QString &password);

    // 32 random bytes, base64url without padding: a bearer token.
    static QString newToken();
    // The hex SHA-256 of a token: what the sessions table keeps.
    static QString tokenHash(QStringView token);
};
