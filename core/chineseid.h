#pragma once

#include <QChar>
#include <QDate>
#include <QStringView>

// Mainland resident identity card numbers (GB 11643-1999): 6-digit region code,
// 8-digit birth date, 3-digit sequence, one check character (ISO 7064 MOD 11-2).
class ChineseId
{
public:
    // The check character for the first 17 digits: '0'–'9' or 'X'. A null QChar
    // when first17 is not exactly 17 ASCII digits.
    static QChar checkDigit(QStringView first17);

    // 18 characters, digits plus a correct check character ('x' is accepted as 'X'
    // because people type it that way), a province code other than 00 and a real
    // birth date from 1900 up to today (China time).
    static bool isValid(QStringView id18);
    // Same, with "today" given explicitly (tests, the server's clock).
    static bool isValid(QStringView id18, QDate today);

    // The birth date at positions 7–14, or a null QDate when it is not a real date.
    // Does not check the rest of the number.
    static QDate birthDate(QStringView id18);
};
