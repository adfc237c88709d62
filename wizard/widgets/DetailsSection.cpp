#include "DetailsSection.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace heapfix {

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
    setVisible(!text.isEmpty());
}

bool DetailsSection::isOpen() const {
    return toggle_->isChecked();
}

void DetailsSection::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DetailsSection::retranslate() {
    toggle_->setText(isOpen() ? tr("Hide &details") : tr("Show &details"));
    toggle_->setAccessibleName(isOpen() ? tr("Hide details") : tr("Show details"));
    details_->setAccessibleName(tr("Technical details"));
}

} // namespace heapfix
