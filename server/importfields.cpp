#include "server/importfields.h"

#include "core/jsonreader.h"

#include <QJsonArray>

namespace {

// Control characters other than line breaks and tabs have no place in imported text
// and would break the Markdown renderer and the change feed's consumers.
bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t' && u != u'\r') || u == 0x7f)
            return true;
    }
    return false;
}

} // namespace

bool ImportFields::fail(const char *key, const QString &why)
{
    return fail(QString::fromLatin1(key), why);
}

bool ImportFields::fail(const QString &key, const QString &why)
{
    if (m_error.isEmpty())
        m_error = tr("“%1”: %2").arg(key, why);
    return false;
}

bool ImportFields::has(const char *key) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    return !value.isUndefined() && !value.isNull();
}

bool ImportFields::readText(const char *key, QString &out, int maxLength, bool required)
{
    if (!ok())
        return false;
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return fail(key, tr("required field missing"));
        return true;
    }
    if (!value.isString())
        return fail(key, JsonReader::expected(tr("a string"), value));
    const QString text = value.toString().trimmed();
    if (required && text.isEmpty())
        return fail(key, tr("must not be empty"));
    if (text.size() > maxLength)
        return fail(key, tr("too long: %1 characters, at most %2").arg(text.size()).arg(maxLength));
    if (hasControlCharacters(text))
        return fail(key, tr("contains control characters"));
    out = text;
    return true;
}

bool ImportFields::requiredText(const char *key, QString &out, int maxLength)
{
    return readText(key, out, maxLength, true);
}

bool ImportFields::optionalText(const char *key, QString &out, int maxLength)
{
    return readText(key, out, maxLength, false);
}

bool ImportFields::optionalTextList(const char *key, QStringList &out, int maxItems, int maxItemLength)
{
    if (!ok())
        return false;
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return fail(key, JsonReader::expected(tr("an array of strings"), value));
    const QJsonArray array = value.toArray();
    if (array.size() > maxItems)
        return fail(key, tr("too many entries: %1, at most %2").arg(array.size()).arg(maxItems));
    QStringList items;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isString())
            return fail(key, tr("entry %1: %2").arg(i + 1).arg(JsonReader::expected(tr("a string"), item)));
        const QString text = item.toString().trimmed();
        if (text.isEmpty())
            return fail(key, tr("entry %1 is empty").arg(i + 1));
        if (text.size() > maxItemLength)
            return fail(key,
                tr("entry %1 is too long: %2 characters, at most %3")
                    .arg(i + 1)
                    .arg(text.size())
                    .arg(maxItemLength));
        if (hasControlCharacters(text) || text.contains(u'\n'))
            return fail(key, tr("entry %1 contains control characters").arg(i + 1));
        if (!items.contains(text))
            items.append(text);
    }
    out = items;
    return true;
}

bool ImportFields::optionalDate(const char *key, QDate &out)
{
    if (!ok())
        return false;
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    QDate date;
    QString why;
    if (!JsonReader::readDate(value, date, &why))
        return fail(key, why);
    out = date;
    return true;
}

bool ImportFields::onlyKnownKeys(const QStringList &known)
{
    if (!ok())
        return false;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return fail(
                it.key(), tr("unknown field (expected one of %1)").arg(known.join(QLatin1String(", "))));
    }
    return true;
}
