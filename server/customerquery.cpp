#include "server/customerquery.h"

#include "core/customerlookup.h"

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

    // The workstation's classification, so both sides read a text the same way; the
    // service answers only whole identifiers and full names.
    const CustomerLookup lookup = CustomerLookup::classify(trimmed);
    switch (lookup.kind()) {
    case CustomerLookup::Kind::Mobile:
        query.m_kind = Kind::Mobile;
        break;
    case CustomerLookup::Kind::IdNumber:
        query.m_kind = Kind::IdNumber;
        break;
    case CustomerLookup::Kind::Number:
        query.m_kind = Kind::Number;
        break;
    case CustomerLookup::Kind::Name:
        if (lookup.isServerQuery())
            query.m_kind = Kind::Name;
        break;
    case CustomerLookup::Kind::Empty:
    case CustomerLookup::Kind::Unrecognised:
    case CustomerLookup::Kind::MobileTail:
    case CustomerLookup::Kind::Pinyin:
        break;
    }
    if (query.m_kind == Kind::Invalid)
        query.m_error
            = tr("q must be exactly one of: an 11-digit mobile number, an 18-character ID "
                 "number, an account, customer or other document number (6–32 digits or capital "
                 "letters), or a full name in Chinese characters. Partial values are not searched.");
    else
        query.m_value = lookup.value();
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
