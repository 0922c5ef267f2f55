#include "store/pinyin.h"

#include <QStringList>

#include <memory>
#include <mutex>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace {

// Building a transliterator reads ICU's rule data: once per process, used under a lock
// because a Transliterator is not thread-safe.
icu::Transliterator *transliterator()
{
    static std::unique_ptr<icu::Transliterator> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    return instance.get();
}

} // namespace

Pinyin::Spelling Pinyin::of(const QString &name)
{
    static std::mutex lock;
    Spelling spelling;
    icu::Transliterator *t = transliterator();
    if (!t || name.trimmed().isEmpty())
        return spelling;
    icu::UnicodeString text(reinterpret_cast<const UChar *>(name.utf16()), int32_t(name.size()));
    {
        const std::lock_guard<std::mutex> guard(lock);
        t->transliterate(text);
    }
    const QString latin
        = QString::fromUtf16(reinterpret_cast<const char16_t *>(text.getBuffer()), text.length());
    // One syllable per Han character, separated by spaces; anything else is dropped.
    for (const QString &syllable : latin.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString letters;
        for (QChar c : syllable)
            if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                letters.append(c);
        if (letters.isEmpty())
            continue;
        spelling.full += letters;
        spelling.initials += letters.front();
    }
    return spelling;
}
