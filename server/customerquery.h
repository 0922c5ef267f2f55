#pragma once

#include <QCoreApplication>
#include <QString>

// What the text of a customer lookup (GET /api/v1/customers?q=) is. Only exact keys are
// looked up — never substrings of PII — so the text must be recognisably one of them:
//   mobile     11 digits, 1[3-9]…   (spaces, hyphens and a +86 prefix are ignored)
//   id_number  an 18-character resident ID number with a correct check character
//   number     6–32 digits or capital letters, one digit at least: an account or a
//              customer number, or another identity document's (passport, permits)
//   name       2–20 Chinese characters (and the middle dot of transliterated names)
// The text goes to the database only as a bound value, never into SQL.
class CustomerQuery
{
    Q_DECLARE_TR_FUNCTIONS(CustomerQuery)

public:
    enum class Kind { Invalid, Mobile, IdNumber, Number, Name };

    static constexpr int MaxLength = 64;

    static CustomerQuery parse(const QString &text);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    // The normalised value to look up (digits only, upper case, …).
    QString value() const { return m_value; }
    // Why the text is refused, for the 422 answer; empty when valid.
    QString error() const { return m_error; }
    // "mobile", "id_number", "number", "name" — what the audit entry records (never the text).
    QString kindKey() const;

private:
    Kind m_kind = Kind::Invalid;
    QString m_value;
    QString m_error;
};
