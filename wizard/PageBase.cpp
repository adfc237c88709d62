#include "PageBase.h"

#include "HeapfixWizard.h"

#include <QEvent>

namespace heapfix {

PageBase::PageBase(WizardSession& session, QWidget* parent)
    : PageBase(session, PageBuild::Eager, parent) {}

PageBase::PageBase(WizardSession& session, PageBuild when, QWidget* parent)
    : QWizardPage(parent)
    , session_(session)
    , built_(when == PageBuild::Eager) {}

void PageBase::ensureBuilt() {
    if (built_)
        return;
    built_ = true;
    build();
    retranslate();
}

void PageBase::setTitle(const QString& title) {
    if (title != QWizardPage::title())
        QWizardPage::setTitle(title);
}

void PageBase::setSubTitle(const QString& subTitle) {
    if (subTitle != QWizardPage::subTitle())
        QWizardPage::setSubTitle(subTitle);
}

HeapfixWizard* PageBase::heapfixWizard() const {
    return qobject_cast<HeapfixWizard*>(wizard());
}

void PageBase::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && built_)
        retranslate();
    QWizardPage::changeEvent(event);
}

void PageBase::showEvent(QShowEvent* event) {
    // Built only now, the page's widgets would miss this show and the layout its size: see PageBuild.
    Q_ASSERT_X(built_, "PageBase::showEvent", "a Lazy page's initializePage() must call ensureBuilt() first");
    QWizardPage::showEvent(event);
}

QLabel* PageBase::paragraph(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace heapfix
