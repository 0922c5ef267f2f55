#include "core/customerlookup.h"

#include "core/chineseid.h"

#include <QRegularExpression>

#include <algorithm>

CustomerLookup CustomerLookup::classify(const QString &text)
{
    CustomerLookup lookup;
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty())
        return lookup;
    if (trimmed.size() > MaxLength) {
        lookup.m_kind = Kind::Unrecognised;
        lookup.m_hint = tr("Type at most %1 characters.").arg(MaxLength);
        return lookup;
    }

    // Phone numbers arrive as "138 1234 5678", "138-1234-5678" or "+86 138…".
    static const QRegularExpression spacedDigits(QStringLiteral("^\\+?[0-9][0-9 -]*$"));
    QString compact = trimmed;
    if (spacedDigits.match(trimmed).hasMatch()) {
        compact.remove(QLatin1Char(' '));
        compact.remove(QLatin1Char('-'));
        if (compact.startsWith(QLatin1String("+86")))
            compact = compact.mid(3);
        else if (compact.startsWith(QLatin1Char('+')))
            compact = compact.mid(1);
    }

    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    static const QRegularExpression tail(QStringLiteral("^[0-9]{4}$"));
    static const QRegularExpression number(QStringLiteral("^[0-9A-Z]{6,32}$"));
    static const QRegularExpression name(QStringLiteral("^\\p{Han}[\\p{Han}\\x{00B7}\\x{2022}]{0,19}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression pinyin(QStringLiteral("^[a-z]+( [a-z]+)*$"));
    const QString upper = compact.toUpper();
    const QString lower = trimmed.toLower();
    if (mobile.match(compact).hasMatch()) {
        lookup.m_kind = Kind::Mobile;
        lookup.m_value = compact;
    } else if (tail.match(compact).hasMatch()) {
        lookup.m_kind = Kind::MobileTail;
        lookup.m_value = compact;
    } else if (upper.size() == 18 && ChineseId::isValid(upper)) {
        lookup.m_kind = Kind::IdNumber;
        lookup.m_value = upper;
    } else if (number.match(upper).hasMatch()
        && std::any_of(upper.cbegin(), upper.cend(), [](QChar c) { return c.isDigit(); })) {
        lookup.m_kind = Kind::Number;
        lookup.m_value = upper;
    } else if (name.match(trimmed).hasMatch()) {
        lookup.m_kind = Kind::Name;
        lookup.m_value = trimmed;
    } else if (pinyin.match(lower).hasMatch() && lower.size() <= 40) {
        lookup.m_kind = Kind::Pinyin;
        lookup.m_value = QString(lower).remove(QLatin1Char(' '));
    } else {
        lookup.m_kind = Kind::Unrecognised;
        lookup.m_hint = tr("Search by mobile number (all 11 digits or the last 4), ID number, account or "
                           "customer number, Chinese name, or pinyin (zhangsan, zs).");
    }
    return lookup;
}

bool CustomerLookup::isServerQuery() const
{
    switch (m_kind) {
    case Kind::Mobile:
    case Kind::IdNumber:
    case Kind::Number:
        return true;
    case Kind::Name:
        return m_value.size() >= 2;
    case Kind::Empty:
    case Kind::Unrecognised:
    case Kind::MobileTail:
    case Kind::Pinyin:
        break;
    }
    return false;
}

QString CustomerLookup::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Mobile:
        return tr("mobile number");
    case Kind::MobileTail:
        return tr("last 4 digits of the mobile");
    case Kind::IdNumber:
        return tr("ID number");
    case Kind::Number:
        return tr("account or customer number");
    case Kind::Name:
        return tr("name");
    case Kind::Pinyin:
        return tr("pinyin or initials");
    case Kind::Empty:
    case Kind::Unrecognised:
        break;
    }
    return {};
}
