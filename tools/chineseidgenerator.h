#pragma once

#include <QDate>
#include <QString>

#include <span>

class DemoRandom;

struct RegionCode
{
    const char *code; // GB/T 2260 county-level code
    const char16_t *name;
};

// 18-digit resident identity numbers (GB 11643-1999) that pass every check: a real
// county-level region code, the birth date, a sequence whose parity gives the sex, and
// the ISO 7064 check character from ChineseId::checkDigit().
class ChineseIdGenerator
{
public:
    // A birth date between 1950-01-01 and 2005-12-31.
    static QDate birthDate(DemoRandom &random);
    static QString generate(DemoRandom &random, QDate birth, bool male);

    static std::span<const RegionCode> regions();
};
