#include "core/chineseid.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

QDate todayInChina()
{
    // UTC+8 has had no daylight saving since 1991; a fixed offset avoids depending on
    // the system's zone database (Windows).
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date();
}

} // namespace

QChar ChineseId::checkDigit(QStringView first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char codes[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * weights[i];
    return QChar::fromLatin1(codes[sum % 11]);
}

QDate ChineseId::birthDate(QStringView id18)
{
    if (id18.size() < 14)
        return {};
    const QStringView digits = id18.mid(6, 8);
    if (!allDigits(digits))
        return {};
    const int y = digits.left(4).toInt();
    const int m = digits.mid(4, 2).toInt();
    const int d = digits.mid(6, 2).toInt();
    return QDate(y, m, d); // invalid (null) when the date does not exist
}

bool ChineseId::isValid(QStringView id18)
{
    return isValid(id18, todayInChina());
}

bool ChineseId::isValid(QStringView id18, QDate today)
{
    if (id18.size() != 18)
        return false;
    const QStringView first17 = id18.left(17);
    if (!allDigits(first17))
        return false;
    if (first17.left(2) == u"00")
        return false;
    const QDate born = birthDate(id18);
    if (!born.isValid() || born.year() < 1900 || (today.isValid() && born > today))
        return false;
    return checkDigit(first17) == id18[17].toUpper();
}
