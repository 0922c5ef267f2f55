#pragma once

#include <QString>

#include <span>

class DemoRandom;

// One syllable of the name tables: the character(s) and their reading in toneless
// lower-case pinyin, the way a search box receives it ("zhang"). Only characters with
// a single reading in names are listed, so full pinyin and initials are exact.
struct NameSyllable
{
    const char16_t *hanzi;
    const char *pinyin;
    int weight; // surnames: relative frequency (per 10,000 people); given names: 1
    const char *initials = nullptr; // compound surnames: one letter per syllable ("oy")
};

struct PersonName
{
    QString name; // 张三, 欧阳娜娜
    QString surname; // 张, 欧阳
    QString pinyin; // zhangsan, ouyangnana
    QString initials; // zs, oynn
    bool male = true;
};

// Realistic Chinese names: surnames weighted by frequency (some compound), given names
// of one or two characters. Namesakes occur naturally (张伟, 王芳 …).
class NameGenerator
{
public:
    PersonName generate(DemoRandom &random) const;

    static std::span<const NameSyllable> surnames();
    static std::span<const NameSyllable> compoundSurnames();
    static std::span<const NameSyllable> maleGivenChars();
    static std::span<const NameSyllable> femaleGivenChars();

    // The pinyin of one table character or surname; empty when it is not in the tables.
    static QString pinyinOf(QStringView hanzi);
    // Splits a generated name into table syllables and rebuilds pinyin and initials; false
    // when some character is not in the tables.
    static bool spell(QStringView name, QString *pinyin, QString *initials);
};
