#include "ChangePage.h"

#include <QTimer>

namespace heapfix {

ChangePage::ChangePage(WizardSession& session, QWidget* parent)
    : PageBase(session, PageBuild::Lazy, parent) {
    setCommitPage(true);
}

void ChangePage::initializePage() {
    reported_.clear(); // a new change: none of its steps has finished yet
    ensureBuilt();
    done_ = false;
    retranslate();
    QTimer::singleShot(0, this, &ChangePage::run);
}

StepListener ChangePage::showSteps() {
    return [this](const StepReport& report) {
        reported_.push_back(report);
        retranslate();
        repaint();
    };
}

void ChangePage::run() {
    change();
    done_ = true;
    retranslate();
    emit completeChanged();
}

} // namespace heapfix
