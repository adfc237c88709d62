#include "PageBase.h"

#include "HeapfixWizard.h"

#include <QEvent>
#include <QScrollArea>
#include <QVBoxLayout>

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
    if (intro_)
        contentLayout()->insertWidget(0, intro_);
    // The details right below what they explain; the room that is left stays below them.
    if (details_)
        contentLayout()->addWidget(details_);
    contentLayout()->addStretch();
    retranslate();
}

void PageBase::initializePage() {
    ensureBuilt();
    retranslate();
    emit completeChanged(); // Next or Finish, as nextId() says for this walk
}

void PageBase::setTitle(const QString& title) {
    if (title == QWizardPage::title())
        return;
    QWizardPage::setTitle(title);
    if (auto* scroll = findChild<QWidget*>(QStringLiteral("pageScroll"), Qt::FindDirectChildrenOnly))
        scroll->setAccessibleName(title); // a screen reader names the page's scrolling content by its title
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

QVBoxLayout* PageBase::contentLayout() {
    if (content_)
        return content_;
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName("pageScroll");
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto* content = new QWidget(scroll);
    content->setObjectName("pageContent");
    content->setAutoFillBackground(false);
    scroll->viewport()->setAutoFillBackground(false);
    scroll->setWidget(content);
    scroll->setAccessibleName(title());
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    content_ = new QVBoxLayout(content);
    content_->setContentsMargins(0, 0, 0, 0);
    return content_;
}

QLabel* PageBase::intro() {
    if (!intro_)
        intro_ = paragraph(this, QStringLiteral("pageIntro"));
    return intro_;
}

DetailsSection* PageBase::details() {
    if (!details_)
        details_ = new DetailsSection(this);
    return details_;
}

QLabel* PageBase::paragraph(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace heapfix
