#include "store/pinyin.h"

#include "core/piimasker.h"

#include <QStringList>

#include <memory>
#include <mutex>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace {

// Building a transliterator reads ICU's rule data: once per process, used under a lock
// because a Transliterator is not thread-safe. "Han-Latin/Names" reads a character as a
// surname (曾 zeng, 单 shan, 仇 qiu); the plain rules give the common reading.
icu::Transliterator *transliterator(bool surname)
{
    auto make = [](const char *id) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    };
    static std::unique_ptr<icu::Transliterator> names = make("Han-Latin/Names; Latin-ASCII; Lower");
    static std::unique_ptr<icu::Transliterator> plain = make("Han-Latin; Latin-ASCII; Lower");
    return surname ? names.get() : plain.get();
}

// One character's syllable, lower-case ASCII letters only.
QString syllable(QChar han, bool surname)
{
    static std::mutex lock;
    icu::Transliterator *t = transliterator(surname);
    if (!t)
        return {};
    icu::UnicodeString text(UChar(han.unicode()));
    {
        const std::lock_guard<std::mutex> guard(lock);
        t->transliterate(text);
    }
    QString letters;
    for (int32_t i = 0; i < text.length(); ++i) {
        const UChar c = text.charAt(i);
        if (c >= u'a' && c <= u'z')
            letters.append(QChar(c));
    }
    return letters;
}

} // namespace

Pinyin::Spelling Pinyin::of(const QString &name)
{
    // Character by character: ICU joins the syllables of a word it knows (杨洋 → "yangyang"),
    // which would lose the initials.
    Spelling spelling;
    const QString trimmed = name.trimmed();
    const int surnameLength = PiiMasker::hasCompoundSurname(trimmed) ? 2 : 1;
    int position = 0;
    for (const QChar c : trimmed) {
        if (c.script() != QChar::Script_Han)
            continue;
        const QString letters = syllable(c, position < surnameLength);
        ++position;
        if (letters.isEmpty())
            continue;
        spelling.full += letters;
        spelling.initials += letters.front();
    }
    return spelling;
}
