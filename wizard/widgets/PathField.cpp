#include "PathField.h"

#include "Paths.h"

#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace heapfix {

PathField::PathField(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , label_(new QLabel(this))
    , edit_(new QLineEdit(this))
    , browse_(new QPushButton(this)) {
    edit_->setObjectName(objectName);
    browse_->setObjectName(objectName + "Browse");
    browse_->setAutoDefault(false);
    browse_->setIcon(QIcon(QStringLiteral(":/icons/folder.svg")));
    label_->setBuddy(edit_);
    label_->setWordWrap(true);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(label_, 0, 0, 1, 2);
    grid->addWidget(edit_, 1, 0);
    grid->addWidget(browse_, 1, 1);
    grid->setColumnStretch(0, 1);
    connect(edit_, &QLineEdit::textEdited, this, &PathField::changed);
    connect(browse_, &QPushButton::clicked, this, &PathField::browse);
}

void PathField::setTexts(const QString& label, const QString& name, const QString& placeholder) {
    label_->setText(label);
    edit_->setAccessibleName(name);
    edit_->setPlaceholderText(placeholder);
    browse_->setText(tr("Browse…"));
    browse_->setAccessibleName(tr("Browse for %1").arg(name));
}

std::filesystem::path PathField::path() const {
    return pathFromUser(edit_->text());
}

void PathField::setPath(const std::filesystem::path& path) {
    edit_->setText(nativePath(path));
}

void PathField::browse() {
    if (!choose_)
        return;
    const QString chosen = choose_(edit_->text());
    if (chosen.isEmpty())
        return;
    edit_->setText(QDir::toNativeSeparators(chosen));
    emit changed();
}

} // namespace heapfix
