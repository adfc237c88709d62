#include "BackupPage.h"

#include "ModelText.h"
#include "Seams.h"

#include <QDir>
#include <QHBoxLayout>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace heapfix {

BackupPage::BackupPage(WizardSession& session, QWidget* parent)
    : PageBase(session, PageBuild::Lazy, parent) {
    setCommitPage(true);
}

void BackupPage::build() {
    intro_ = paragraph(this, "backupIntro");
    status_ = new StatusLine(this);
    location_ = paragraph(this, "backupLocation");
    open_ = new QPushButton(this);
    choose_ = new QPushButton(this);
    nextHint_ = paragraph(this, "backupNextHint");
    details_ = new DetailsSection(this);
    status_->setObjectName("backupStatus");
    open_->setObjectName("openBackupFolder");
    choose_->setObjectName("chooseBackupFolder");
    open_->setIcon(QIcon(":/icons/folder.svg"));
    choose_->setIcon(QIcon(":/icons/folder.svg"));
    for (QPushButton* button : {open_, choose_})
        button->setAutoDefault(false);
    location_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(open_, &QPushButton::clicked, this, &BackupPage::openFolder);
    connect(choose_, &QPushButton::clicked, this, &BackupPage::chooseFolder);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(open_);
    buttons->addWidget(choose_);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addSpacing(8);
    layout->addWidget(status_);
    layout->addWidget(location_);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(nextHint_);
    layout->addStretch();
    layout->addWidget(details_);
}

void BackupPage::initializePage() {
    ensureBuilt();
    makeBackup();
}

void BackupPage::makeBackup() {
    error_.reset();
    auto saved = session().makeBackup();
    if (!saved)
        error_ = saved.error();
    retranslate();
    emit completeChanged();
}

void BackupPage::chooseFolder() {
    const QString folder = Seams::existingDirectory(this, tr("Choose a folder for the backup"),
                                                    QString::fromStdString(session().backupFolder.string()));
    if (folder.isEmpty())
        return;
    session().backupFolder = std::filesystem::path(folder.toStdString());
    makeBackup();
}

void BackupPage::openFolder() {
    Seams::openUrl(QUrl::fromLocalFile(QString::fromStdString(session().backupFolder.string())));
}

bool BackupPage::isComplete() const {
    return session().backup().has_value();
}

void BackupPage::retranslate() {
    setTitle(tr("Backup"));
    setSubTitle(tr("First a copy of the current setting, so that you can always go back."));
    setButtonText(QWizard::CommitButton, tr("&Change the setting"));
    intro_->setText(tr("heapfix saves the current setting in a file that Windows' Registry Editor can also "
                       "read, and checks that file before it changes anything."));
    const auto& backup = session().backup();
    if (backup) {
        status_->show(StatusKind::Ok, tr("The backup is made and checked."));
        location_->setText(
            tr("Backup file: %1").arg(QDir::toNativeSeparators(toQString(backup->regFile.string()))));
        nextHint_->setText(
            tr("Click \"Change the setting\" to write the new numbers. heapfix reads them back "
               "and puts the old value back if anything is wrong."));
    } else if (error_) {
        status_->show(StatusKind::Error,
                      tr("The backup could not be made in %1. Nothing has been changed. "
                         "Choose another folder, for example on a USB stick.")
                              .arg(QDir::toNativeSeparators(toQString(session().backupFolder.string()))) +
                          "\n" + ModelText::error(*error_));
        location_->clear();
        nextHint_->clear();
    } else {
        status_->show(StatusKind::Busy, tr("Making the backup…"));
    }
    location_->setVisible(backup.has_value());
    open_->setVisible(backup.has_value());
    open_->setText(tr("&Open the backup folder"));
    choose_->setText(tr("Choose &another folder…"));
    open_->setAccessibleName(open_->text().remove('&'));
    choose_->setAccessibleName(choose_->text().remove('&').remove(QChar(0x2026)));
    details_->setDetails(error_ ? toQString(error_->message())
                         : backup
                             ? tr("Record: %1\nSHA-256: %2")
                                   .arg(toQString(backup->recordFile.string()), toQString(backup->sha256))
                             : QString());
    details_->setVisible(error_ || backup);
    details_->retranslate();
}

} // namespace heapfix
