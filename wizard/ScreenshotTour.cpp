#include "ScreenshotTour.h"

#include "HeapfixWizard.h"
#include "PageIds.h"
#include "Seams.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QScreen>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace heapfix {

ScreenshotTour::ScreenshotTour(HeapfixWizard& wizard, QString folder)
    : QObject(&wizard)
    , wizard_(wizard)
    , folder_(std::move(folder)) {}

template <typename T>
T* ScreenshotTour::child(const char* name) const {
    return wizard_.findChild<T*>(QString::fromLatin1(name));
}

// The fix path (the installation choice open, the advanced view with an error, No with a saved report), the
// restore path, "do it myself" after a copy, and the boot repair with its undo: each page once.
void ScreenshotTour::start() {
    QDir().mkpath(folder_);
    prefix_ = wizard_.language().current() + "-";
    Seams::recordOpenedUrls(true);
    const auto next = [this] {
        wizard_.next();
    };
    const auto click = [this](const char* name) {
        return [this, name] {
            child<QAbstractButton>(name)->click();
        };
    };
    const auto restartOn = [this](const char* link) {
        return [this, link] {
            wizard_.restart();
            child<QAbstractButton>(link)->click();
        };
    };
    const auto shot = [this](const char* name) {
        return [this, name] {
            grab(QString::fromLatin1(name));
        };
    };
    const auto idle = [] {
    }; // one more step's time for a change that runs after the page is shown
    if (wizard_.session().targetInfo().kind != TargetKind::Sample) {
        // A real installation (scripts/screenshots: an offline folder around a real System log): the pages
        // that show its event log, through the change to the feedback page.
        steps_ = {
            click("choiceFixForMe"),
            [this] { wizard_.page(SystemCheckPageId)->findChild<QAbstractButton*>("showDetails")->click(); },
            shot("02-system-check"),
            next,
            shot("03-current-settings"),
            next,
            next,
            next,
            idle,
            next,
            shot("07-feedback")};
        steps_.push_back([] { QApplication::quit(); });
        QTimer::singleShot(800, this, &ScreenshotTour::nextStep);
        return;
    }
    steps_ = {shot("01-welcome"),
              click("changeTarget"),
              shot("01b-welcome-installation"),
              click("changeTarget"),
              click("choiceFixForMe"),
              shot("02-system-check"),
              next,
              shot("03-current-settings"),
              next,
              shot("04-proposal"),
              [this] {
                  child<QCheckBox>("advancedView")->setChecked(true);
                  child<QLineEdit>("custom1")->setText(QStringLiteral("70000"));
              },
              shot("04b-proposal-custom"),
              [this] { child<QCheckBox>("advancedView")->setChecked(false); },
              next,
              shot("05-backup"),
              next,
              idle,
              shot("06-apply"),
              next,
              click("feedbackNo"),
              [this] {
                  Seams::setNextFileName(QDir::temp().filePath(QStringLiteral("heapfix-report.txt")));
                  child<QAbstractButton>("saveReport")->click();
              },
              shot("07-feedback"),
              restartOn("choiceRestore"),
              shot("08-restore"),
              next,
              idle,
              shot("09-restored"),
              restartOn("choiceDoItMyself"),
              next,
              next,
              click("manualValueCopy"),
              shot("10-fix-it-yourself"),
              restartOn("choiceBootRepair"),
              shot("11-boot-1-locate"),
              next,
              shot("11-boot-2-check"),
              next,
              idle,
              shot("11-boot-3-repaired"),
              [this] {
                  Seams::setNextAnswer(true);
                  child<QAbstractButton>("undoBootRepair")->click();
              },
              shot("11-boot-4-undone")};
    steps_.push_back([] { QApplication::quit(); });
    QTimer::singleShot(800, this, &ScreenshotTour::nextStep);
}

void ScreenshotTour::nextStep() {
    if (next_ >= steps_.size())
        return;
    steps_[next_++]();
    QTimer::singleShot(400, this, &ScreenshotTour::nextStep);
}

// The window as the X server shows it (the real window, not an offscreen rendering).
void ScreenshotTour::grab(const QString& name) {
    QWindow* window = wizard_.windowHandle();
    QScreen* screen = window ? window->screen() : QGuiApplication::primaryScreen();
    const QPixmap picture = screen->grabWindow(wizard_.winId());
    const QString file = folder_ + "/" + prefix_ + name + ".png";
    if (!picture.save(file))
        std::fprintf(stderr, "heapfix: could not save %s\n", qPrintable(file));
}

} // namespace heapfix
