#include "ui/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {
const auto settingsKey = QStringLiteral("ui/language");
}

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) { }

LanguageManager::~LanguageManager()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator);
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator);
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString LanguageManager::defaultLanguage()
{
    return QStringLiteral("zh_CN");
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

void LanguageManager::restore(const QString &override)
{
    if (!override.isEmpty() && setLanguage(override, false))
        return;
    const QString saved = QSettings().value(settingsKey, defaultLanguage()).toString();
    if (!setLanguage(saved, false))
        setLanguage(defaultLanguage(), false);
}

bool LanguageManager::setLanguage(const QString &language, bool remember)
{
    if (!availableLanguages().contains(language))
        return false;
    auto *translator = new QTranslator(this);
    // English is the source language: its catalogue may be empty, never required.
    if (!translator->load(QStringLiteral(":/i18n/agentdesk_%1.qm").arg(language))
        && language != QLatin1String("en")) {
        delete translator;
        return false;
    }
    // Qt's own strings (standard dialog buttons) when the system ships them.
    auto *qtTranslator = new QTranslator(this);
    if (!qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qtTranslator;
        qtTranslator = nullptr;
    }

    // Dates and numbers follow the language; set before the LanguageChange events.
    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QStringLiteral("en_US") : language));
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator);
        delete m_qtTranslator;
    }
    m_translator = translator;
    m_qtTranslator = qtTranslator;
    // Removing and installing translators sends QEvent::LanguageChange; an empty
    // catalogue (English) is not installed, the removal alone retranslates.
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator);
    if (!m_translator->isEmpty())
        QCoreApplication::installTranslator(m_translator);

    const bool changed = m_language != language;
    m_language = language;
    if (remember)
        QSettings().setValue(settingsKey, language);
    if (changed)
        Q_EMIT languageChanged(language);
    return true;
}
