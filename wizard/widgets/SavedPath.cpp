#include "SavedPath.h"

#include "Paths.h"
#include "Seams.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

namespace heapfix {

SavedPath::SavedPath(const QString& objectPrefix, QWidget* parent)
    : QWidget(parent)
    , path_(new QLabel(this))
    , open_(new QPushButton(this))
    , copy_(new QPushButton(this))
    , said_(new StatusLine(objectPrefix + "Said", this)) {
    path_->setObjectName(objectPrefix + "Path");
    open_->setObjectName(objectPrefix + "Open");
    copy_->setObjectName(objectPrefix + "Copy");
    path_->setWordWrap(true);
    path_->setTextFormat(Qt::PlainText);
    path_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    open_->setIcon(QIcon(QStringLiteral(":/icons/folder.svg")));
    copy_->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    for (QPushButton* button : {open_, copy_})
        button->setAutoDefault(false);
    connect(open_, &QPushButton::clicked, this, &SavedPath::openFolder);
    connect(copy_, &QPushButton::clicked, this, &SavedPath::copyPath);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(path_, 0, 0, 1, 3);
    grid->addWidget(open_, 1, 0);
    grid->addWidget(copy_, 1, 1);
    grid->setColumnStretch(2, 1);
    grid->addWidget(said_, 2, 0, 1, 3);
    said_->show(StatusKind::Info, QString());
    setVisible(false);
    retranslate();
}

void SavedPath::setPath(const QString& caption, const std::filesystem::path& path) {
    if (path != saved_)
        said_->show(StatusKind::Info, QString());
    saved_ = path;
    path_->setText(caption);
    setVisible(!path.empty());
}

QString SavedPath::text() const {
    return path_->text();
}

void SavedPath::openFolder() {
    std::error_code error;
    const std::filesystem::path folder =
        std::filesystem::is_directory(saved_, error) ? saved_ : saved_.parent_path();
    if (Seams::openUrl(QUrl::fromLocalFile(nativePath(folder))))
        said_->show(StatusKind::Info, QString());
    else
        said_->show(StatusKind::Warning,
                    tr("No program on this computer could open the folder. Go to it yourself: %1")
                        .arg(nativePath(folder)));
}

void SavedPath::copyPath() {
    QApplication::clipboard()->setText(nativePath(saved_));
    said_->show(StatusKind::Ok, tr("The path is copied: paste it where you need it."));
}

void SavedPath::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SavedPath::retranslate() {
    open_->setText(tr("&Open folder"));
    copy_->setText(tr("Copy pa&th"));
    open_->setAccessibleName(tr("Open folder"));
    copy_->setAccessibleName(tr("Copy path"));
    said_->show(StatusKind::Info, QString()); // said in the old language: gone
}

} // namespace heapfix
