#include "BackupPage.h"

#include "ModelText.h"
#include "Paths.h"
#include "Seams.h"
#include "widgets/SavedPath.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace heapfix {

BackupPage::BackupPage(WizardSession& session, QWidget* parent)
    : PageBase(session, PageBuild::Lazy, parent) {
    setCommitPage(true);
}

void BackupPage::build() {
    intro(); // at the top of the page
    status_ = new StatusLine(QStringLiteral("backupStatus"), this);
    saved_ = new SavedPath(QStringLiteral("backup"), this);
    choose_ = button(this, QStringLiteral("chooseBackupFolder"), &BackupPage::chooseFolder);
    nextHint_ = paragraph(this, "backupNextHint");
    details(); // at the bottom of the page
    choose_->setIcon(QIcon(":/icons/folder.svg"));
    auto* row = new QHBoxLayout;
    row->addWidget(choose_);
    row->addStretch();
    QVBoxLayout* layout = contentLayout();
    layout->addSpacing(8);
    layout->addWidget(status_);
    layout->addWidget(saved_);
    layout->addLayout(row);
    layout->addSpacing(8);
    layout->addWidget(nextHint_);
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

bool BackupPage::isComplete() const {
    const HeapPass* pass = session().heap();
    return pass && pass->verifiedBackup();
}

void BackupPage::retranslate() {
    setTitle(tr("Backup"));
    setSubTitle(tr("First a copy of the current setting, so that you can always go back."));
    setButtonText(QWizard::CommitButton, tr("&Change the setting"));
    intro()->setText(tr("heapfix saves the current setting in a file that Windows' Registry Editor can also "
                        "read, and checks that file before it changes anything."));
    const HeapPass* pass = session().heap();
    const BackupRecord* backup = pass ? pass->verifiedBackup() : nullptr;
    const Error* error = pass && pass->backup() && !*pass->backup() ? &pass->backup()->error() : nullptr;
    if (backup)
        status_->show(StatusKind::Ok, tr("The backup is made and checked."));
    else if (error && pass->changeRefused())
        status_->show(StatusKind::Error, tr("heapfix cannot change this installation, so it made no backup. "
                                            "Nothing has been changed.") +
                                             "\n" + ModelText::error(*error));
    else if (error)
        status_->show(StatusKind::Error, tr("The backup could not be made in %1. Nothing has been changed. "
                                            "Choose another folder, for example on a USB stick.")
                                                 .arg(nativePath(session().backupFolder())) +
                                             "\n" + ModelText::error(*error));
    else
        status_->show(StatusKind::Busy, tr("Making the backup…"));
    saved_->setPath(backup ? tr("Backup file: %1").arg(nativePath(backup->regFile)) : QString(),
                    backup ? backup->regFile : std::filesystem::path());
    nextHint_->setText(backup
                           ? tr("Click \"Change the setting\" to write the new numbers. heapfix reads them "
                                "back and puts the old value back if anything is wrong.")
                           : QString());
    choose_->setVisible(!(pass && pass->changeRefused()));
    choose_->setText(tr("Choose &another folder…"));
    choose_->setAccessibleName(tr("Choose another folder"));
    details()->setDetails(
        error ? toQString(error->message())
        : backup
            ? tr("Record: %1\nSHA-256: %2").arg(nativePath(backup->recordFile), toQString(backup->sha256))
            : QString());
}

} // namespace heapfix
