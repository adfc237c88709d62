#include "ScreenshotTour.h"

#include "HeapfixWizard.h"
#include "Seams.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QRadioButton>
#include <QScreen>
#include <QSpinBox>
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

// The fix path, the advanced view with an error, the restore path, "do it myself", "only show", and the boot
// repair where it is built: each page once.
void ScreenshotTour::start() {
    QDir().mkpath(folder_);
    prefix_ = wizard_.language().current() + "-";
    Seams::recordOpenedUrls(true);
    auto next = [this] {
        wizard_.next();
    };
    steps_ = {
        [this] { grab("01-welcome"); },
        [next] { next(); },
        [this] { grab("02-system-check"); },
        [next] { next(); },
        [this] { grab("03-current-settings"); },
        [next] { next(); },
        [this] { grab("04-proposal"); },
        [this] {
            child<QCheckBox>("advancedView")->setChecked(true);
            child<QSpinBox>("custom1")->setValue(70000);
        },
        [this] { grab("04b-proposal-custom"); },
        [this] { child<QCheckBox>("advancedView")->setChecked(false); },
        [next] { next(); },
        [this] { grab("05-backup"); },
        [next] { next(); },
        [] {},
        [this] { grab("06-apply"); },
        [next] { next(); },
        [this] { child<QRadioButton>("feedbackNo")->setChecked(true); },
        [this] { grab("07-feedback"); },
        [this] {
            wizard_.restart();
            child<QRadioButton>("choiceRestore")->setChecked(true);
        },
        [next] { next(); },
        [this] { grab("08-restore"); },
        [next] { next(); },
        [] {},
        [this] { grab("09-restored"); },
        [this] {
            wizard_.restart();
            child<QRadioButton>("choiceDoItMyself")->setChecked(true);
        },
        [next] { next(); },
        [next] { next(); },
        [next] { next(); },
        [this] { grab("10-fix-it-yourself"); },
    };
    // The boot repair on the sample's practice BCD store: where, what was found, the repair done.
    steps_.insert(steps_.end(), {
                                    [this] {
                                        wizard_.restart();
                                        child<QRadioButton>("choiceBootRepair")->setChecked(true);
                                    },
                                    [next] { next(); },
                                    [this] { grab("11-boot-1-locate"); },
                                    [next] { next(); },
                                    [this] { grab("11-boot-2-check"); },
                                    [next] { next(); },
                                    [] {},
                                    [this] { grab("11-boot-3-repaired"); },
                                });
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
