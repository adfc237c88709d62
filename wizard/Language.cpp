#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace heapfix {

QString Language::systemLanguage() {
    return QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

bool Language::isSupported(const QString& language) {
    return language == "nl" || language == "en";
}

bool Language::switchTo(const QString& language) {
    if (!isSupported(language))
        return false;
    if (ownInstalled_)
        QCoreApplication::removeTranslator(&own_);
    if (qtInstalled_)
        QCoreApplication::removeTranslator(&qt_);
    ownInstalled_ = own_.load(QStringLiteral(":/i18n/heapfix_%1.qm").arg(language)) &&
                    QCoreApplication::installTranslator(&own_);
    // Qt's own texts (wizard buttons, file dialogs) are English already.
    qtInstalled_ = language != "en" &&
                   qt_.load(QStringLiteral("qtbase_%1").arg(language),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
                   QCoreApplication::installTranslator(&qt_);
    current_ = language;
    QLocale::setDefault(QLocale(language == "nl" ? QLocale::Dutch : QLocale::English));
    return ownInstalled_;
}

} // namespace heapfix
