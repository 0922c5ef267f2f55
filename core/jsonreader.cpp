#include "core/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

#include <climits>
#include <cmath>

namespace {

// Reads `count` ASCII digits at `pos`; -1 when any is not a digit or the text ends.
// View is QStringView or QLatin1StringView (UTF-8 bytes: the formats are ASCII).
template<typename View> int digits(View text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

template<typename View> bool charAt(View text, qsizetype pos, char16_t c)
{
    return pos < text.size() && text[pos].unicode() == c;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil):
// the feed parses several date-times per record, and QDateTime's own arithmetic
// goes through time-zone code.
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yoe = year - era * 400;
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

bool validDate(int year, int month, int day)
{
    if (year < 1 || month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= lengths[month - 1] + (month == 2 && leap ? 1 : 0);
}

// YYYY-MM-DDTHH:MM:SS[.s{1,3}](Z|±HH:MM) → milliseconds since the epoch, UTC.
template<typename View> std::optional<qint64> parseMsecs(View text)
{
    if (text.size() < 20 || !charAt(text, 4, u'-') || !charAt(text, 7, u'-') || !charAt(text, 10, u'T')
        || !charAt(text, 13, u':') || !charAt(text, 16, u':'))
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (!validDate(year, month, day) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
        || second > 59)
        return std::nullopt;
    qsizetype pos = 19;
    int msec = 0;
    if (charAt(text, pos, u'.')) {
        ++pos;
        int count = 0;
        while (count < 3 && digits(text, pos, 1) >= 0) {
            msec = msec * 10 + digits(text, pos, 1);
            ++pos;
            ++count;
        }
        if (count == 0)
            return std::nullopt;
        for (int i = count; i < 3; ++i)
            msec *= 10;
    }
    int offsetSeconds = 0;
    if (charAt(text, pos, u'Z')) {
        ++pos;
    } else if (charAt(text, pos, u'+') || charAt(text, pos, u'-')) {
        const int sign = charAt(text, pos, u'-') ? -1 : 1;
        const int oh = digits(text, pos + 1, 2);
        const int om = digits(text, pos + 4, 2);
        if (oh < 0 || om < 0 || oh > 23 || om > 59 || !charAt(text, pos + 3, u':'))
            return std::nullopt;
        offsetSeconds = sign * (oh * 3600 + om * 60);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;
    const qint64 seconds
        = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return seconds * 1000 + msec;
}

} // namespace

bool JsonReader::fail(QString *why, const QString &message)
{
    if (why)
        *why = message;
    return false;
}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString JsonReader::expected(const QString &what, const QJsonValue &value)
{
    return tr("expected %1, got %2").arg(what, typeName(value));
}

QString JsonReader::typeString()
{
    return tr("a string");
}

QString JsonReader::unknownValue(const QString &key, const QStringList &keys)
{
    return tr("unknown value \"%1\" (expected one of %2)").arg(key, keys.join(QLatin1String(", ")));
}

bool JsonReader::readString(const QJsonValue &value, QString &out, QString *why)
{
    if (!value.isString())
        return fail(why, expected(typeString(), value));
    out = value.toString();
    return true;
}

bool JsonReader::readNonEmptyString(const QJsonValue &value, QString &out, QString *why)
{
    if (!value.isString())
        return fail(why, expected(tr("a non-empty string"), value));
    QString s = value.toString();
    if (s.isEmpty())
        return fail(why, tr("must not be empty"));
    out = std::move(s);
    return true;
}

bool JsonReader::readOptionalString(const QJsonValue &value, QString &out, QString *why)
{
    if (value.isNull()) {
        out.clear();
        return true;
    }
    if (!value.isString())
        return fail(why, expected(tr("a string or null"), value));
    out = value.toString();
    return true;
}

bool JsonReader::readInt64(const QJsonValue &value, qint64 &out, QString *why)
{
    if (!value.isDouble())
        return fail(why, expected(tr("an integer"), value));
    // toInteger() falls back to its default for a fraction or a double outside qint64:
    // two different defaults tell a real value from the fallback.
    const qint64 a = value.toInteger(0);
    const qint64 b = value.toInteger(1);
    if (a != b) {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::trunc(d) != d)
            return fail(
                why, tr("expected an integer, got %1").arg(d, 0, 'g', QLocale::FloatingPointShortest));
        return fail(why, tr("integer out of range (beyond ±%1)").arg(MaxSafeInteger));
    }
    if (a > MaxSafeInteger || a < -MaxSafeInteger)
        return fail(why, tr("integer %1 out of range (beyond ±%2)").arg(a).arg(MaxSafeInteger));
    out = a;
    return true;
}

bool JsonReader::readInt(const QJsonValue &value, int &out, QString *why)
{
    qint64 v = 0;
    if (!readInt64(value, v, why))
        return false;
    if (v > INT_MAX || v < INT_MIN)
        return fail(why, tr("integer %1 out of range (beyond %2 … %3)").arg(v).arg(INT_MIN).arg(INT_MAX));
    out = int(v);
    return true;
}

bool JsonReader::readDouble(const QJsonValue &value, double &out, QString *why)
{
    if (!value.isDouble())
        return fail(why, expected(tr("a number"), value));
    const double d = value.toDouble();
    if (!std::isfinite(d))
        return fail(why, tr("expected a finite number"));
    out = d;
    return true;
}

bool JsonReader::readBool(const QJsonValue &value, bool &out, QString *why)
{
    if (!value.isBool())
        return fail(why, expected(tr("a boolean"), value));
    out = value.toBool();
    return true;
}

bool JsonReader::readDate(const QJsonValue &value, QDate &out, QString *why)
{
    if (value.isNull()) {
        out = QDate();
        return true;
    }
    if (!value.isString())
        return fail(why, expected(tr("a date string or null"), value));
    const QString text = value.toString();
    const auto date = parseDate(text);
    if (!date)
        return fail(why, tr("malformed date \"%1\" (expected YYYY-MM-DD)").arg(text));
    out = *date;
    return true;
}

bool JsonReader::readDateTime(const QJsonValue &value, QDateTime &out, QString *why)
{
    if (value.isNull()) {
        out = QDateTime();
        return true;
    }
    if (!value.isString())
        return fail(why, expected(tr("a date-time string or null"), value));
    const QString text = value.toString();
    const auto dateTime = parseDateTime(text);
    if (!dateTime)
        return fail(why, tr("malformed date-time \"%1\" (expected YYYY-MM-DDTHH:MM:SS.sssZ)").arg(text));
    out = *dateTime;
    return true;
}

bool JsonReader::readStringList(const QJsonValue &value, QStringList &out, QString *why)
{
    if (!value.isArray())
        return fail(why, expected(tr("an array of strings"), value));
    const QJsonArray array = value.toArray();
    QStringList list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isString())
            return fail(why, tr("expected an array of strings, item %1 is %2").arg(i).arg(typeName(item)));
        list.append(item.toString());
    }
    out = std::move(list);
    return true;
}

bool JsonReader::readObject(const QJsonValue &value, QJsonObject &out, QString *why)
{
    if (!value.isObject())
        return fail(why, expected(tr("an object"), value));
    out = value.toObject();
    return true;
}

bool JsonReader::readSha256Hex(const QJsonValue &value, QByteArray &out, QString *why)
{
    if (!value.isString())
        return fail(why, expected(tr("a hex string"), value));
    const QString text = value.toString();
    bool ok = text.isEmpty() || text.size() == 64;
    for (qsizetype i = 0; ok && i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        ok = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    }
    if (!ok)
        return fail(why, tr("expected 64 lowercase hex digits or \"\""));
    out = text.toLatin1();
    return true;
}

QString JsonReader::formatDateTime(const QDateTime &value)
{
    if (!value.isValid())
        return {};
    const QDateTime utc = value.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 1 || d.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    // By hand: QDateTime::toString goes through a printf-style formatter, and the
    // change feed writes several date-times per record.
    char16_t buf[24];
    auto put = [&buf](int pos, int v, int width) {
        for (int i = width - 1; i >= 0; --i, v /= 10)
            buf[pos + i] = char16_t(u'0' + v % 10);
    };
    put(0, d.year(), 4);
    buf[4] = u'-';
    put(5, d.month(), 2);
    buf[7] = u'-';
    put(8, d.day(), 2);
    buf[10] = u'T';
    put(11, t.hour(), 2);
    buf[13] = u':';
    put(14, t.minute(), 2);
    buf[16] = u':';
    put(17, t.second(), 2);
    buf[19] = u'.';
    put(20, t.msec(), 3);
    buf[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(buf), 24);
}

std::optional<QDateTime> JsonReader::parseDateTime(QStringView text)
{
    const auto msecs = parseMsecs(text);
    if (!msecs)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC); // Qt::UTC, the spec the rest compares against
}

std::optional<qint64> JsonReader::parseDateTimeMsecs(QStringView text)
{
    return parseMsecs(text);
}

std::optional<qint64> JsonReader::parseDateTimeMsecs(QLatin1StringView text)
{
    return parseMsecs(text);
}

QString JsonReader::formatDate(QDate value)
{
    if (!value.isValid())
        return {};
    return value.toString(Qt::ISODate);
}

std::optional<QDate> JsonReader::parseDate(QStringView text)
{
    if (text.size() != 10 || !charAt(text, 4, u'-') || !charAt(text, 7, u'-'))
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}
