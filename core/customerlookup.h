#pragma once

#include <QCoreApplication>
#include <QString>

// What an agent typed into the customer search box, recognised so that each kind is
// looked up by its own index (DESIGN.md §6: ≤ 5 ms at 1M customers):
//   Mobile      11 digits, 1[3-9]…          spaces, hyphens and +86 ignored
//   MobileTail  exactly 4 digits            the last four of the mobile (the caller's
//                                           "尾号"), which many customers share
//   IdNumber    18-character resident ID    with a correct check character
//   Number      6–32 digits or letters,     a customer number (prefix), an account
//               at least one digit          number or another identity document —
//                                           passport, HK/Macau or Taiwan permit (exact)
//   Name        1–20 Chinese characters     name prefix: 张 lists every 张, 张三 the 张三s
//   Pinyin      Latin letters               full pinyin or initials, prefix:
//                                           zhangsan, zhang san, zs → 张三
// Anything else is Unrecognised with a hint, and nothing is looked up: the text never
// reaches SQL except as a bound value of one of these shapes.
class CustomerLookup
{
    Q_DECLARE_TR_FUNCTIONS(CustomerLookup)

public:
    enum class Kind { Empty, Unrecognised, Mobile, MobileTail, IdNumber, Number, Name, Pinyin };

    static constexpr int MaxLength = 64;

    static CustomerLookup classify(const QString &text);

    Kind kind() const { return m_kind; }
    bool isSearchable() const { return m_kind != Kind::Empty && m_kind != Kind::Unrecognised; }
    // The normalised value: digits only, upper case, lower-case pinyin without spaces.
    QString value() const { return m_value; }
    // Why nothing is searched (translated), for Unrecognised.
    QString hint() const { return m_hint; }

    // Whether the central service can answer it (GET /api/v1/customers?q=): it looks up
    // whole identifiers and full Chinese names only, never fragments of PII.
    bool isServerQuery() const;

    // A short label of the kind for the search box ("mobile number", …), translated.
    static QString kindLabel(Kind kind);

private:
    Kind m_kind = Kind::Empty;
    QString m_value;
    QString m_hint;
};
