#pragma once
// A hidden walk through every page of the real window (--screenshot-tour DIR), saving a picture of each:
// how the README's screenshots are made, reproducibly, by scripts/screenshots.

#include <QObject>
#include <QString>

#include <functional>
#include <vector>

namespace heapfix {

class HeapfixWizard;

class ScreenshotTour : public QObject {
    Q_OBJECT
public:
    ScreenshotTour(HeapfixWizard& wizard, QString folder);
    void start();

private:
    void nextStep();
    void grab(const QString& name);
    template <typename T>
    T* child(const char* name) const;

    HeapfixWizard& wizard_;
    QString folder_;
    QString prefix_;
    std::vector<std::function<void()>> steps_;
    std::size_t next_ = 0;
};

} // namespace heapfix
