#include "ChangePage.h"

#include <QTimer>

namespace heapfix {

ChangePage::ChangePage(WizardSession& session, QWidget* parent)
    : PageBase(session, PageBuild::Lazy, parent) {
    setCommitPage(true);
}

void ChangePage::initializePage() {
    ensureBuilt();
    done_ = false;
    retranslate();
    QTimer::singleShot(0, this, &ChangePage::run);
}

void ChangePage::run() {
    change();
    done_ = true;
    retranslate();
    emit completeChanged();
}

} // namespace heapfix
