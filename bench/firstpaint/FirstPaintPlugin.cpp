#include "FirstPaintPlugin.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace {

long long monotonicNanoseconds() {
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

// VmHWM of /proc/self/status: this program's own peak RSS. (The parent's getrusage would not do: a child
// spawned with vfork is charged with its parent's RSS until it executes.)
long peakRssKib() {
    long kib = -1;
    if (std::FILE* status = std::fopen("/proc/self/status", "r")) {
        char line[256];
        while (std::fgets(line, sizeof line, status))
            if (std::sscanf(line, "VmHWM: %ld kB", &kib) == 1)
                break;
        std::fclose(status);
    }
    return kib;
}

void writePaintFigures(long long nanoseconds) {
    const char* file = std::getenv("HEAPFIX_BENCH_PAINT_FILE");
    if (!file)
        return;
    if (std::FILE* out = std::fopen(file, "w")) {
        std::fprintf(out, "%lld %ld\n", nanoseconds, peakRssKib());
        std::fclose(out);
    }
}

// A wizard page, or a widget on one. A page whose contents cover it entirely (a scroll area's opaque
// viewport) gets no paint event of its own: Qt paints only what shows.
bool onWizardPage(const QObject* object) {
    for (; object; object = object->parent())
        if (object->inherits("QWizardPage"))
            return true;
    return false;
}

// Watches every event of the application; the first paint of a wizard page (or of anything on it) ends the
// program once the current paint pass (the rest of the window, and its flush to the backing store) has
// finished.
class FirstPaintWatcher : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (!seen_ && event->type() == QEvent::Paint && onWizardPage(watched)) {
            seen_ = true;
            QTimer::singleShot(0, [] {
                writePaintFigures(monotonicNanoseconds());
                std::fflush(nullptr);
                std::_Exit(0); // no teardown: the figure is launch to first paint
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool seen_ = false;
};

} // namespace

QObject* FirstPaintPlugin::create(const QString& name, const QString& /*spec*/) {
    if (name.compare(QLatin1String("heapfixfirstpaint"), Qt::CaseInsensitive) != 0)
        return nullptr;
    auto* watcher = new FirstPaintWatcher(QCoreApplication::instance());
    QCoreApplication::instance()->installEventFilter(watcher);
    return watcher;
}
