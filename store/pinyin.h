#pragma once

#include <QString>

// Pinyin of Chinese names for the search box (DESIGN.md §5): full pinyin and initials,
// lower case, no tones or spaces — 张三 → "zhangsan", "zs" — through ICU's
// "Han-Latin; Latin-ASCII" transliteration. Names the generator made carry their own.
class Pinyin
{
public:
    struct Spelling
    {
        QString full;
        QString initials;
    };

    // Empty fields when the name has nothing to spell (or ICU is unusable).
    static Spelling of(const QString &name);
};
