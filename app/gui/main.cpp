// heapfix: the "Fix it" wizard. --help and --version are answered before any window system is touched. On
// Windows the DLL search is restricted to System32 first of all (app/win32/DllSearch.h).

#include "CommandLine.h"
#include "HeapfixWizard.h"
#include "Language.h"
#include "ModelText.h"
#include "ScreenshotTour.h"
#include "TargetText.h"
#include "WizardSession.h"

#include "model/backup/DataLocation.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>

#ifdef Q_OS_WIN
#include "DllSearch.h"
#endif

namespace {

#ifdef Q_OS_WIN
// Before anything else: DLLs heapfix does not ship come from System32 only. The Qt modules the program
// imports were loaded before main, from its folder; Qt's plugins are loaded by full path. Qt6Svg.dll is the
// one module that only plugins import (the SVG icon engine and image format, for the wizard's icons), which
// the restricted search would no longer find beside heapfix.exe: it is loaded here by its full path.
void restrictDllSearch() {
    heapfix::dllsearch::restrictDllSearch();
    heapfix::dllsearch::loadShippedLibrary(L"Qt6Svg.dll");
}
#else
void restrictDllSearch() {}
#endif

QStringList argumentsOf(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void print(std::FILE* stream, const QString& text) {
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    if (!text.endsWith('\n'))
        std::fputc('\n', stream);
}

// --help, --version and wrong arguments need no display: a QCoreApplication is enough for the translation.
int answerWithoutWindow(int argc, char** argv, const heapfix::CommandLine& line) {
    QCoreApplication core(argc, argv);
    heapfix::Language language;
    language.switchTo(line.language.isEmpty() ? heapfix::Language::systemLanguage() : line.language);
    if (!line.error.isEmpty()) {
        // Parsed again now that the translator is installed, so that the error is in the user's language.
        print(stderr, heapfix::CommandLine::parse(argumentsOf(argc, argv)).error);
        print(stderr, heapfix::CommandLine::helpText());
        return 64;
    }
    print(stdout, line.help ? heapfix::CommandLine::helpText() : heapfix::CommandLine::versionText());
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    restrictDllSearch();
    const heapfix::CommandLine line = heapfix::CommandLine::parse(argumentsOf(argc, argv));
    if (line.help || line.version || !line.error.isEmpty())
        return answerWithoutWindow(argc, argv, line);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("heapfix"));
    heapfix::Language language;
    language.switchTo(line.language.isEmpty() ? heapfix::Language::systemLanguage() : line.language);

    // A target that cannot be opened does not end heapfix: the welcome page says precisely why, in the
    // user's language, and offers another installation. The same sentence goes to stderr for scripts.
    const heapfix::DataLocation data = heapfix::resolveDataLocation(heapfix::currentExecutableFolder());
    auto session = std::make_unique<heapfix::WizardSession>(line.target, data,
                                                            line.backupFolder.value_or(data.backups()));
    if (const auto& error = session->targetError())
        print(stderr, heapfix::TargetText::cannotOpen(*error));
    session->setBootBcd(line.bcd); // --bcd: the boot-repair path's BCD store
    // --feedback: "Is the problem solved?" about an earlier change (the RunOnce entry starts it so).
    std::optional<heapfix::Error> feedbackError;
    if (line.feedback && session->hasTarget())
        if (auto resumed = session->resumeFeedback(line.feedbackRecord); !resumed) {
            feedbackError = resumed.error();
            print(stderr, heapfix::ModelText::error(resumed.error()));
        }
    const bool askNow = line.feedback && session->hasTarget() && !feedbackError;
    heapfix::HeapfixWizard wizard(std::move(session), language);
    if (askNow)
        wizard.askWhetherSolved();
    wizard.show();
    if (!line.screenshotTour.isEmpty())
        (new heapfix::ScreenshotTour(wizard, line.screenshotTour))->start();
    return app.exec();
}
