#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Strict reading of one import line's JSON object (docs/import-format.md). Each read
// stops at the first failure: later reads return false too, and error() names the
// field and what was wrong. Absent and null optional fields leave `out` untouched.
class ImportFields
{
    Q_DECLARE_TR_FUNCTIONS(ContentImporter)

public:
    explicit ImportFields(const QJsonObject &object) : m_object(object) { }

    bool has(const char *key) const;
    // A non-empty string (after trimming) of at most maxLength characters, trimmed.
    bool requiredText(const char *key, QString &out, int maxLength);
    bool optionalText(const char *key, QString &out, int maxLength);
    // An array of non-empty strings, trimmed, duplicates dropped.
    bool optionalTextList(const char *key, QStringList &out, int maxItems, int maxItemLength);
    // "YYYY-MM-DD"
    bool optionalDate(const char *key, QDate &out);
    // Refuses keys outside `known`: a misspelt field must not be dropped silently.
    bool onlyKnownKeys(const QStringList &known);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    bool fail(const char *key, const QString &why);
    bool fail(const QString &key, const QString &why);
    bool readText(const char *key, QString &out, int maxLength, bool required);

    QJsonObject m_object;
    QString m_error;
};
