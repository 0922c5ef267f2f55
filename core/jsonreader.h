#pragma once

#include "core/enums.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// Strict readers for single JSON values, the building blocks of WireCodec. Each
// returns false on a value of the wrong type or shape and then sets *why to a
// reason without the path ("expected a string, got a number"); the caller puts
// the path in front. `out` is only written on success.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(WireCodec)

public:
    // Integers on the wire stay within what a JavaScript or double reader keeps exactly.
    static constexpr qint64 MaxSafeInteger = (qint64(1) << 53) - 1;

    static bool readString(const QJsonValue &value, QString &out, QString *why);
    static bool readNonEmptyString(const QJsonValue &value, QString &out, QString *why);
    // null reads as an empty string
    static bool readOptionalString(const QJsonValue &value, QString &out, QString *why);
    static bool readInt64(const QJsonValue &value, qint64 &out, QString *why);
    static bool readInt(const QJsonValue &value, int &out, QString *why);
    static bool readDouble(const QJsonValue &value, double &out, QString *why);
    static bool readBool(const QJsonValue &value, bool &out, QString *why);
    // null reads as an invalid date / date-time
    static bool readDate(const QJsonValue &value, QDate &out, QString *why);
    static bool readDateTime(const QJsonValue &value, QDateTime &out, QString *why);
    static bool readStringList(const QJsonValue &value, QStringList &out, QString *why);
    static bool readObject(const QJsonValue &value, QJsonObject &out, QString *why);
    // "" or 64 lowercase hex digits, kept as the hex text
    static bool readSha256Hex(const QJsonValue &value, QByteArray &out, QString *why);

    template<typename E> static bool readEnum(const QJsonValue &value, E &out, QString *why)
    {
        if (!value.isString())
            return fail(why, expected(typeString(), value));
        const QString key = value.toString();
        if (const auto e = enumFromKey<E>(key)) {
            out = *e;
            return true;
        }
        QStringList keys;
        for (const auto &entry : EnumTable<E>::entries())
            keys.append(QString::fromLatin1(entry.key));
        return fail(why, unknownValue(key, keys));
    }

    // null reads as std::nullopt
    template<typename E>
    static bool readOptionalEnum(const QJsonValue &value, std::optional<E> &out, QString *why)
    {
        if (value.isNull()) {
            out.reset();
            return true;
        }
        E e {};
        if (!readEnum(value, e, why))
            return false;
        out = e;
        return true;
    }

    // "2026-11-27T03:04:05.123Z" (UTC, milliseconds); empty for an invalid value.
    static QString formatDateTime(const QDateTime &value);
    // Also accepts 1–3 fractional digits or none, and a ±HH:MM offset; the result is UTC.
    static std::optional<QDateTime> parseDateTime(QStringView text);
    // The same, as milliseconds since the epoch, without building a QDateTime; the
    // Latin-1 overload reads UTF-8 bytes (the format is ASCII).
    static std::optional<qint64> parseDateTimeMsecs(QStringView text);
    static std::optional<qint64> parseDateTimeMsecs(QLatin1StringView text);
    static QString formatDate(QDate value);
    static std::optional<QDate> parseDate(QStringView text);

    // "a string", "a number", "null", … for messages
    static QString typeName(const QJsonValue &value);
    // "expected <what>, got <type of value>"
    static QString expected(const QString &what, const QJsonValue &value);

private:
    static QString typeString();
    static QString unknownValue(const QString &key, const QStringList &keys);
    static bool fail(QString *why, const QString &message);
};
