#pragma once
// The user interface language: heapfix's own translation and Qt's (button texts, standard dialogs), switched
// at run time. Dutch for a Dutch system locale, English otherwise.

#include <QString>
#include <QTranslator>

namespace heapfix {

class Language {
public:
    static QString systemLanguage(); // "nl" for nl_*, else "en"
    static bool isSupported(const QString& language);

    // Replaces the installed translators; every widget then receives QEvent::LanguageChange.
    bool switchTo(const QString& language);
    QString current() const { return current_; }

private:
    QString current_;
    QTranslator own_;
    QTranslator qt_;
    bool ownInstalled_ = false;
    bool qtInstalled_ = false;
};

} // namespace heapfix
