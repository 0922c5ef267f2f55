#include "server/customerquery.h"

#include "core/chineseid.h"

#include <QRegularExpression>

CustomerQuery CustomerQuery::parse(const QString &text)
{
    CustomerQuery query;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        query.m_error
            = tr("Give q: a mobile number, an ID number, an account or customer number, or a name.");
        return query;
    }
    if (trimmed.size() > MaxLength) {
        query.m_error = tr("q may have at most %1 characters.").arg(MaxLength);
        return query;
    }

    static const QRegularExpression spacedDigits(QStringLiteral("^\\+?[0-9][0-9 -]*$"));
    QString compact = trimmed;
    if (spacedDigits.match(trimmed).hasMatch()) {
        compact.remove(QLatin1Char(' '));
        compact.remove(QLatin1Char('-'));
        if (compact.startsWith(QLatin1String("+86")))
            compact = compact.mid(3);
    }

    static const QRegularExpression mobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    static const QRegularExpression number(QStringLiteral("^[0-9A-Z]{6,32}$"));
    static const QRegularExpression name(QStringLiteral("^\\p{Han}[\\p{Han}\\x{00B7}\\x{2022}]{1,19}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QString upper = compact.toUpper();
    if (mobile.match(compact).hasMatch()) {
        query.m_kind = Kind::Mobile;
        query.m_value = compact;
    } else if (upper.size() == 18 && ChineseId::isValid(upper)) {
        query.m_kind = Kind::IdNumber;
        query.m_value = upper;
    } else if (number.match(upper).hasMatch()) {
        query.m_kind = Kind::Number;
        query.m_value = upper;
    } else if (name.match(trimmed).hasMatch()) {
        query.m_kind = Kind::Name;
        query.m_value = trimmed;
    } else {
        query.m_error = tr("q must be exactly one of: an 11-digit mobile number, an 18-character ID "
                           "number, an account or customer number (6–32 digits or capital letters), "
                           "or a full name in Chinese characters. Partial values are not searched.");
    }
    return query;
}

QString CustomerQuery::kindKey() const
{
    switch (m_kind) {
    case Kind::Mobile:
        return QStringLiteral("mobile");
    case Kind::IdNumber:
        return QStringLiteral("id_number");
    case Kind::Number:
        return QStringLiteral("number");
    case Kind::Name:
        return QStringLiteral("name");
    case Kind::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}
