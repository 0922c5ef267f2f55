#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

// Switches the user interface language at run time. The translations are compiled
// into the binary (":/i18n/agentdesk_<lang>.qm"); installing one makes Qt send
// QEvent::LanguageChange to every widget, whose retranslateUi() then runs.
// Simplified Chinese is the default; the choice is remembered in QSettings.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList availableLanguages(); // "zh_CN", "en"
    static QString defaultLanguage();
    // The language in the language's own words, for menus: "简体中文", "English".
    static QString nativeName(const QString &language);

    QString language() const { return m_language; }

    // Installs the saved language (or the default); an override (from --lang) wins
    // without being saved.
    void restore(const QString &override = QString());

public Q_SLOTS:
    // Returns false for an unknown language or a missing translation file.
    bool setLanguage(const QString &language, bool remember = true);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QString m_language;
    QTranslator *m_translator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
};
