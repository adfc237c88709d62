#include "CopyFields.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace heapfix {

CopyFields::CopyFields(QWidget* parent)
    : QWidget(parent)
    , grid_(new QGridLayout(this))
    , copied_(new StatusLine(QStringLiteral("copiedNote"), this)) {
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setColumnStretch(1, 1);
    copied_->show(StatusKind::Ok, QString());
}

int CopyFields::addRow(const QString& objectName) {
    const int row = static_cast<int>(edits_.size());
    auto* label = new QLabel(this);
    auto* edit = new QLineEdit(this);
    auto* button = new QPushButton(this);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    label->setBuddy(edit);
    button->setObjectName(objectName + "Copy");
    button->setAutoDefault(false);
    button->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    connect(button, &QPushButton::clicked, this, [this, row] { copy(row); });
    grid_->addWidget(label, row, 0);
    grid_->addWidget(edit, row, 1);
    grid_->addWidget(button, row, 2);
    grid_->addWidget(copied_, row + 1, 0, 1, 3);
    labels_ << label;
    edits_ << edit;
    buttons_ << button;
    names_ << QString();
    return row;
}

void CopyFields::setRow(int row, const QString& label, const QString& name, const QString& text) {
    labels_[row]->setText(label);
    edits_[row]->setAccessibleName(name);
    buttons_[row]->setAccessibleName(tr("Copy %1").arg(name));
    if (edits_[row]->text() != text) {
        edits_[row]->setText(text);
        edits_[row]->setCursorPosition(0); // the start of a long value, where a reader begins
    }
    if (names_[row] != name)
        copied_->show(StatusKind::Ok, QString()); // said in another language: gone
    names_[row] = name;
}

void CopyFields::setCopyText(const QString& text) {
    for (QPushButton* button : buttons_)
        button->setText(text);
}

QString CopyFields::text(int row) const {
    return edits_[row]->text();
}

void CopyFields::copy(int row) {
    QApplication::clipboard()->setText(edits_[row]->text());
    copied_->show(StatusKind::Ok, tr("Copied: %1. Paste it with Ctrl+V.").arg(names_[row]));
}

} // namespace heapfix
