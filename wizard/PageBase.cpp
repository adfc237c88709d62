#include "PageBase.h"

#include "HeapfixWizard.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace heapfix {

QIcon statusIcon(StatusKind kind) {
    switch (kind) {
    case StatusKind::Ok:
        return QIcon(":/icons/ok.svg");
    case StatusKind::Warning:
        return QIcon(":/icons/warning.svg");
    case StatusKind::Error:
        return QIcon(":/icons/error.svg");
    case StatusKind::Busy:
        return QIcon(":/icons/busy.svg");
    case StatusKind::Info:
        break;
    }
    return QIcon(":/icons/info.svg");
}

StatusLine::StatusLine(QWidget* parent)
    : QWidget(parent)
    , icon_(new QLabel(this))
    , label_(new QLabel(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon_, 0, Qt::AlignTop);
    layout->addWidget(label_, 1);
    label_->setWordWrap(true);
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    icon_->setObjectName("statusIcon");
    label_->setObjectName("statusText");
}

void StatusLine::show(StatusKind kind, const QString& text) {
    kind_ = kind;
    const int size = fontMetrics().height() * 3 / 2;
    icon_->setPixmap(statusIcon(kind).pixmap(QSize(size, size), devicePixelRatioF()));
    label_->setText(text);
    label_->setAccessibleName(text);
    setVisible(!text.isEmpty());
}

QString StatusLine::text() const {
    return label_->text();
}

DetailsSection::DetailsSection(QWidget* parent)
    : QWidget(parent)
    , toggle_(new QPushButton(this))
    , details_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    toggle_->setCheckable(true);
    toggle_->setAutoDefault(false);
    toggle_->setObjectName("showDetails");
    auto* row = new QHBoxLayout;
    row->addWidget(toggle_);
    row->addStretch();
    layout->addLayout(row);
    details_->setObjectName("detailsText");
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    details_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    details_->setVisible(false);
    details_->setFrameShape(QFrame::StyledPanel);
    details_->setMargin(6);
    layout->addWidget(details_);
    connect(toggle_, &QPushButton::toggled, this, [this](bool open) {
        details_->setVisible(open);
        retranslate();
    });
    retranslate();
}

void DetailsSection::setDetails(const QString& text) {
    details_->setText(text);
}

bool DetailsSection::isOpen() const {
    return toggle_->isChecked();
}

void DetailsSection::retranslate() {
    toggle_->setText(isOpen() ? tr("Hide details") : tr("Show details"));
    toggle_->setAccessibleName(toggle_->text());
    details_->setAccessibleName(tr("Technical details"));
}

PageBase::PageBase(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , session_(session) {}

HeapfixWizard* PageBase::heapfixWizard() const {
    return qobject_cast<HeapfixWizard*>(wizard());
}

void PageBase::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

QLabel* PageBase::paragraph(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace heapfix
