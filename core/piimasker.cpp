#include "core/piimasker.h"

#include <QStringList>

namespace {

constexpr QChar Star = u'*';
constexpr int MinHidden = 4;

// Keeps up to `head` leading and `tail` trailing characters; at least MinHidden in the
// middle are starred. Shorter values lose head characters first, then everything.
QString keepEnds(const QString &value, int head, int tail)
{
    const qsizetype n = value.size();
    if (n == 0)
        return {};
    if (n < tail + MinHidden)
        return QString(n, Star);
    const qsizetype keepHead = qMin<qsizetype>(head, n - tail - MinHidden);
    return value.left(keepHead) + QString(n - keepHead - tail, Star) + value.right(tail);
}

// Separators people type inside numbers; masking works on the bare characters.
QString compact(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value)
        if (!c.isSpace() && c != u'-')
            out.append(c);
    return out;
}

QString maskMobile(const QString &value)
{
    const QString digits = compact(value);
    // +86 13800138000 → +86 138****8000: the country code is no secret.
    if (digits.startsWith(u"+86"))
        return u"+86 "_qs + keepEnds(digits.mid(3), 3, 4);
    return keepEnds(digits, 3, 4);
}

QString maskEmail(const QString &value)
{
    const qsizetype at = value.lastIndexOf(u'@');
    if (at < 0)
        return QString(value.size(), Star);
    const QString local = value.left(at);
    const QString first = local.size() > 1 ? local.left(1) : QString();
    return first + u"***" + value.mid(at);
}

const QStringList &compoundSurnames()
{
    // The common two-character surnames (复姓) still in use.
    static const QStringList list = {
        u"欧阳"_qs,
        u"司马"_qs,
        u"诸葛"_qs,
        u"上官"_qs,
        u"东方"_qs,
        u"皇甫"_qs,
        u"尉迟"_qs,
        u"公孙"_qs,
        u"慕容"_qs,
        u"长孙"_qs,
        u"宇文"_qs,
        u"司徒"_qs,
        u"令狐"_qs,
        u"夏侯"_qs,
        u"轩辕"_qs,
        u"端木"_qs,
        u"西门"_qs,
        u"独孤"_qs,
        u"南宫"_qs,
        u"澹台"_qs,
        u"申屠"_qs,
        u"百里"_qs,
        u"呼延"_qs,
        u"万俟"_qs,
        u"闻人"_qs,
        u"赫连"_qs,
        u"钟离"_qs,
        u"公羊"_qs,
        u"太史"_qs,
        u"濮阳"_qs,
        u"淳于"_qs,
        u"单于"_qs,
        u"拓跋"_qs,
        u"司空"_qs,
        u"东郭"_qs,
        u"左丘"_qs,
        u"第五"_qs,
        u"谷梁"_qs,
        u"巫马"_qs,
        u"公冶"_qs,
    };
    return list;
}

QString maskName(const QString &value)
{
    const QString name = value.trimmed();
    if (name.isEmpty())
        return {};
    // Work on code points so that a rare character outside the BMP counts as one.
    const QList<uint> cps = name.toUcs4();
    const bool latin = cps.first() < 0x2E80;
    if (latin) {
        // "Zhang Wei" → "Z**** W**": keep the first letter of each word.
        QString out;
        bool wordStart = true;
        for (QChar c : name) {
            const bool space = c.isSpace();
            out += (space || wordStart) ? c : Star;
            wordStart = space;
        }
        return out;
    }
    if (cps.size() == 1)
        return QString(Star);
    const int keep = cps.size() >= 3 && PiiMasker::hasCompoundSurname(name) ? 2 : 1;
    QString out = QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()), keep);
    out += QString(cps.size() - keep, Star);
    return out;
}

} // namespace

bool PiiMasker::hasCompoundSurname(const QString &name)
{
    for (const QString &s : compoundSurnames())
        if (name.startsWith(s))
            return true;
    return false;
}

QString PiiMasker::mask(PiiField field, const QString &value)
{
    switch (field) {
    case PiiField::Name:
        return maskName(value);
    case PiiField::Mobile:
        return maskMobile(value);
    case PiiField::IdNumber:
        return keepEnds(compact(value), 3, 4);
    case PiiField::AccountNumber:
    case PiiField::CardNumber:
        return keepEnds(compact(value), 6, 4);
    case PiiField::Email:
        return value.isEmpty() ? QString() : maskEmail(value.trimmed());
    case PiiField::Password:
        break;
    }
    return QStringLiteral("******");
}

QString PiiMasker::forRole(PiiField field, const QString &value, Role role)
{
    if (field == PiiField::Name && role != Role::Trainer)
        return value;
    return mask(field, value);
}

bool PiiMasker::mayReveal(Role role)
{
    return role != Role::Trainer;
}

bool PiiMasker::mayReveal(Role role, PiiField field)
{
    return field != PiiField::Password && mayReveal(role);
}

QString PiiMasker::reveal(PiiField field, const QString &value, Role role)
{
    return mayReveal(role, field) ? value : forRole(field, value, role);
}

QString PiiMasker::fieldKey(PiiField field)
{
    switch (field) {
    case PiiField::Name:
        return QStringLiteral("name");
    case PiiField::Mobile:
        return QStringLiteral("mobile");
    case PiiField::IdNumber:
        return QStringLiteral("id_number");
    case PiiField::AccountNumber:
        return QStringLiteral("account_number");
    case PiiField::CardNumber:
        return QStringLiteral("card_number");
    case PiiField::Email:
        return QStringLiteral("email");
    case PiiField::Password:
        break;
    }
    return QStringLiteral("password");
}
