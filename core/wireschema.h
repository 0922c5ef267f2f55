#pragma once

#include "core/entity.h"
#include "core/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <initializer_list>

// One wire field of struct S: its key, how to write it and how to read it strictly.
// read() reports a reason without the path (see JsonReader).
template<typename S> struct WireField
{
    QString key;
    std::function<QJsonValue(const S &)> write;
    std::function<bool(const QJsonValue &, S &, QString *)> read;
};

// The wire layout of one entity struct, declared once as a list of fields (see
// wirecodec.cpp) and used for encoding, strict decoding, key lists and partial
// validation, so the four can never disagree. The common Entity fields come first.
template<typename S> class WireSchema
{
    Q_DECLARE_TR_FUNCTIONS(WireCodec)

public:
    using Struct = S;

    WireSchema(const char *name, std::initializer_list<WireField<S>> fields)
        : m_name(QString::fromLatin1(name))
    {
        m_fields = {nonEmptyText("id", &S::id), integer64("rev", &S::rev),
            dateTime("updated_at", &S::updatedAt), boolean("deleted", &S::deleted)};
        m_fields.append(QList<WireField<S>>(fields));
        for (const auto &f : m_fields)
            m_keys.append(f.key);
        m_keys.sort();
        // QJsonObject keeps its keys sorted: inserting in that order only ever appends.
        for (const QString &key : std::as_const(m_keys))
            m_encodeOrder.append(find(key));
    }

    QString name() const { return m_name; }
    QStringList keys() const { return m_keys; }

    QJsonObject encode(const S &value) const
    {
        QJsonObject json;
        for (const WireField<S> *f : m_encodeOrder)
            json.insert(f->key, f->write(value));
        return json;
    }

    // Every key must be present; unknown keys are ignored. `out` is left alone on failure.
    bool decode(const QJsonObject &json, S &out, const QString &path, QString *error) const
    {
        S value;
        QString why;
        for (const auto &f : m_fields) {
            const QJsonValue v = json.value(f.key);
            if (v.isUndefined())
                return fail(error, path, f.key, missing());
            if (!f.read(v, value, &why))
                return fail(error, path, f.key, why);
        }
        out = std::move(value);
        return true;
    }

    // The value of keys()[keyIndex], read into scratch (see WireCodec::fieldCheck).
    bool checkField(qsizetype keyIndex, const QJsonValue &value, S &scratch, QString *why) const
    {
        return m_encodeOrder.at(keyIndex)->read(value, scratch, why);
    }

    // Only the keys present; each must be a data key (not common, not unknown).
    bool validatePartial(const QJsonObject &json, const QString &path, QString *error) const
    {
        S scratch;
        QString why;
        for (auto it = json.begin(); it != json.end(); ++it) {
            const WireField<S> *f = find(it.key());
            if (!f)
                return fail(error, path, it.key(), tr("unknown field of %1").arg(m_name));
            if (isCommon(f->key))
                return fail(error, path, it.key(), tr("cannot be set by a mutation"));
            if (!f->read(it.value(), scratch, &why))
                return fail(error, path, it.key(), why);
        }
        return true;
    }

    // The data keys (not the common ones) that json lacks, in declaration order.
    QStringList missingDataKeys(const QJsonObject &json) const
    {
        QStringList out;
        for (const auto &f : m_fields)
            if (!isCommon(f.key) && !json.contains(f.key))
                out.append(f.key);
        return out;
    }

    static bool isCommon(const QString &key)
    {
        return key == QLatin1String("id") || key == QLatin1String("rev") || key == QLatin1String("updated_at")
            || key == QLatin1String("deleted");
    }

    // Field makers, one per kind of value of the wire rules in wirecodec.h.
    static WireField<S> text(const char *key, QString S::*m)
    {
        return {QString::fromLatin1(key), [m](const S &s) { return QJsonValue(s.*m); },
            [m](const QJsonValue &v, S &s, QString *why) {
                return JsonReader::readString(v, s.*m, why);
            }};
    }
    static WireField<S> nonEmptyText(const char *key, QString S::*m)
    {
        return {QString::fromLatin1(key), [m](const S &s) { return QJsonValue(s.*m); },
            [m](const QJsonValue &v, S &s, QString *why) {
                return JsonReader::readNonEmptyString(v, s.*m, why);
            }};
    }
    // Empty ↔ null: references to other records and other optional strings.
    static WireField<S> optionalText(const char *key, QString S::*m)
    {
        return {QString::fromLatin1(key),
            [m](const S &s) { return (s.*m).isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.*m); },
            [m](const QJsonValue &v, S &s, QString *why) {
                return JsonReader::readOptionalString(v, s.*m, why);
            }};
    }
    static WireField<S> integer(const char *key, int S::*m)
    {
        return {QString::fromLatin1(key), [m](const S &s) { return QJsonValue(s.*m); },
            [m](const QJsonValue &v, S &s, QString *why) {
                return JsonReader::readInt(v, s.*m, why);
            }};
    }
    static WireField<S> integer64(const char *key, qint64 S::*m)
    {
        return {QString::fromLatin1(key), [m](const S &s) { return QJsonValue(s.*m); },
            [m](const QJsonValue &v, S &s, QString *why) {
                return JsonReader::readInt64(v, s.*m, why);
            }};
    }
    static WireField<S> number(const char *key, double S::*m)
    {
        return {QString::fromLatin1(key), [m](const S &s) { return QJsonValue(s.*m); },
            [m](const QJsonValue &v, S &s, QString *why) {
                return JsonReader::readDouble(v, s.*m, why);
            }};
    }
    static WireField<S> boolean(const char *key, bool S::*m)
    {
        return {QString::fromLatin1(key), [m](const S &s) { return QJsonValue(s.*m); },
            [m](const QJsonValue &v, S &s, QString *why) {
                return JsonReader::readBool(v, s.*m, why);
            }};
    }
    static WireField<S> date(const char *key, QDate S::*m)
    {
        return {QString::fromLatin1(key),
            [m](const S &s) {
                return (s.*m).isValid() ? QJsonValue(JsonReader::formatDate(s.*m))
                                        : QJsonValue(QJsonValue::Null);
            },
            [m](const QJsonValue &v, S &s, QString *why) {
                return JsonReader::readDate(v, s.*m, why);
            }};
    }
    static WireField<S> dateTime(const char *key, QDateTime S::*m)
    {
        return {QString::fromLatin1(key),
            [m](const S &s) {
                return (s.*m).isValid() ? QJsonValue(JsonReader::formatDateTime(s.*m))
                                        : QJsonValue(QJsonValue::Null);
            },
            [m](const QJsonValue &v, S &s, QString *why) {
                return JsonReader::readDateTime(v, s.*m, why);
            }};
    }
    template<typename E> static WireField<S> enumeration(const char *key, E S::*m)
    {
        return {QString::fromLatin1(key), [m](const S &s) { return QJsonValue(enumKey(s.*m)); },
            [m](const QJsonValue &v, S &s, QString *why) {
                return JsonReader::readEnum(v, s.*m, why);
            }};
    }
    template<typename E> static WireField<S> optionalEnumeration(const char *key, std::optional<E> S::*m)
    {
        return {QString::fromLatin1(key),
            [m](const S &s) { return (s.*m) ? QJsonValue(enumKey(*(s.*m))) : QJsonValue(QJsonValue::Null); },
            [m](const QJsonValue &v, S &s, QString *why) {
                return JsonReader::readOptionalEnum(v, s.*m, why);
            }};
    }
    static WireField<S> stringList(const char *key, QStringList S::*m)
    {
        return {QString::fromLatin1(key),
            [m](const S &s) { return QJsonValue(QJsonArray::fromStringList(s.*m)); },
            [m](const QJsonValue &v, S &s, QString *why) {
                return JsonReader::readStringList(v, s.*m, why);
            }};
    }
    static WireField<S> object(const char *key, QJsonObject S::*m)
    {
        return {QString::fromLatin1(key), [m](const S &s) { return QJsonValue(s.*m); },
            [m](const QJsonValue &v, S &s, QString *why) {
                return JsonReader::readObject(v, s.*m, why);
            }};
    }
    static WireField<S> sha256Hex(const char *key, QByteArray S::*m)
    {
        return {QString::fromLatin1(key),
            [m](const S &s) { return QJsonValue(QString::fromLatin1((s.*m).toLower())); },
            [m](const QJsonValue &v, S &s, QString *why) {
                return JsonReader::readSha256Hex(v, s.*m, why);
            }};
    }

private:
    static QString missing() { return tr("required field is missing"); }

    static bool fail(QString *error, const QString &path, const QString &key, const QString &why)
    {
        if (error)
            *error = path + QLatin1Char('.') + key + QLatin1String(": ") + why;
        return false;
    }

    const WireField<S> *find(const QString &key) const
    {
        for (const auto &f : m_fields)
            if (f.key == key)
                return &f;
        return nullptr;
    }

    QString m_name;
    QList<WireField<S>> m_fields;
    QStringList m_keys;
    QList<const WireField<S> *> m_encodeOrder; // into m_fields, which never changes after construction
};
