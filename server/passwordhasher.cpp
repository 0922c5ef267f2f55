#include "server/passwordhasher.h"

#include <sodium.h>

#include <mutex>

bool PasswordHasher::initialise()
{
    return sodium_init() >= 0;
}

QString PasswordHasher::hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

void PasswordHasher::verifyDummy(const QString &password)
{
    static QString dummy;
    static std::once_flag once;
    std::call_once(once, [] { dummy = hash(QStringLiteral("agentdesk-no-such-user")); });
    verify(dummy, password);
}

QString PasswordHasher::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString PasswordHasher::tokenHash(QStringView token)
{
    const QByteArray utf8 = token.toUtf8();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(
        digest, reinterpret_cast<const unsigned char *>(utf8.constData()), quint64(utf8.size()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(sizeof digest)).toHex());
}
