#include "BackupPage.h"

#include "ModelText.h"
#include "Paths.h"
#include "Seams.h"

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
    if (HeapPass* pass = session().heap())
        pass->backUp(session().backupFolder());
    retranslate();
    emit completeChanged();
}

void BackupPage::chooseFolder() {
    const QString folder = Seams::existingDirectory(this, tr("Choose a folder for the backup"),
                                                    nativePath(session().backupFolder()));
    if (folder.isEmpty())
        return;
    session().setBackupFolder(pathFromUser(folder));
    makeBackup();
}

void BackupPage::openFolder() {
    Seams::openUrl(QUrl::fromLocalFile(nativePath(session().backupFolder())));
}

bool BackupPage::isComplete() const {
    const HeapPass* pass = session().heap();
    return pass && pass->verifiedBackup();
}

void BackupPage::retranslate() {
    setTitle(tr("Backup"));
    setSubTitle(tr("First a copy of the current setting, so that you can always go back."));
    setButtonText(QWizard::CommitButton, tr("&Change the setting"));
    intro_->setText(tr("heapfix saves the current setting in a file that Windows' Registry Editor can also "
                       "read, and checks that file before it changes anything."));
    const HeapPass* pass = session().heap();
    const BackupRecord* backup = pass ? pass->verifiedBackup() : nullptr;
    const Error* error = pass && pass->backup() && !*pass->backup() ? &pass->backup()->error() : nullptr;
    if (backup) {
        status_->show(StatusKind::Ok, tr("The backup is made and checked."));
        location_->setText(tr("Backup file: %1").arg(nativePath(backup->regFile)));
        nextHint_->setText(
            tr("Click \"Change the setting\" to write the new numbers. heapfix reads them back "
               "and puts the old value back if anything is wrong."));
    } else if (error) {
        status_->show(StatusKind::Error, tr("The backup could not be made in %1. Nothing has been changed. "
                                            "Choose another folder, for example on a USB stick.")
                                                 .arg(nativePath(session().backupFolder())) +
                                             "\n" + ModelText::error(*error));
        location_->clear();
        nextHint_->clear();
    } else {
        status_->show(StatusKind::Busy, tr("Making the backup…"));
    }
    location_->setVisible(backup != nullptr);
    open_->setVisible(backup != nullptr);
    open_->setText(tr("&Open the backup folder"));
    choose_->setText(tr("Choose &another folder…"));
    open_->setAccessibleName(open_->text().remove('&'));
    choose_->setAccessibleName(choose_->text().remove('&').remove(QChar(0x2026)));
    details_->setDetails(
        error ? toQString(error->message())
        : backup
            ? tr("Record: %1\nSHA-256: %2").arg(nativePath(backup->recordFile), toQString(backup->sha256))
            : QString());
}

} // namespace heapfix
