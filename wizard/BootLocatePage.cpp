#include "BootLocatePage.h"

#include "BootText.h"
#include "ModelText.h"
#include "Paths.h"
#include "Seams.h"

#include "widgets/PathField.h"

#include <QVBoxLayout>

namespace heapfix {

namespace fs = std::filesystem;

BootLocatePage::BootLocatePage(WizardSession& session, QWidget* parent)
    : PageBase(session, PageBuild::Lazy, parent) {}

void BootLocatePage::build() {
    intro(); // at the top of the page
    practiceNote_ = new StatusLine(QStringLiteral("bootPracticeNote"), this);
    windowsDir_ = new PathField(QStringLiteral("bootWindowsDir"), this);
    bcd_ = new PathField(QStringLiteral("bootBcd"), this);
    backupFolder_ = new PathField(QStringLiteral("bootBackupFolder"), this);
    systemStatus_ = new StatusLine(QStringLiteral("bootSystemStatus"), this);
    bcdStatus_ = new StatusLine(QStringLiteral("bootBcdStatus"), this);
    details(); // at the bottom of the page
    windowsDir_->setChooser([this](const QString& start) {
        return Seams::existingDirectory(
            this, tr("Choose the Windows folder of the installation that does not start"), start);
    });
    bcd_->setChooser([this](const QString& start) {
        return Seams::openFileName(this, tr("Choose the BCD store"),
                                   start.isEmpty() ? nativePath(windowsDir_->path()) : start,
                                   tr("BCD store (BCD);;All files (*)"));
    });
    backupFolder_->setChooser([this](const QString& start) {
        return Seams::existingDirectory(this, tr("Choose a folder for the backup"), start);
    });
    for (PathField* field : {windowsDir_, bcd_})
        connect(field, &PathField::changed, this, &BootLocatePage::locate);
    connect(backupFolder_, &PathField::changed, this, [this] {
        this->session().setBackupFolder(backupFolder_->path());
        emit completeChanged();
    });
    QVBoxLayout* layout = contentLayout();
    layout->addWidget(practiceNote_);
    for (PathField* field : {windowsDir_, bcd_, backupFolder_})
        layout->addWidget(field);
    layout->addSpacing(6);
    layout->addWidget(systemStatus_);
    layout->addWidget(bcdStatus_);
}

void BootLocatePage::initializePage() {
    ensureBuilt();
    if (const BootPass* boot = session().boot()) {
        windowsDir_->setPath(boot->windowsDir());
        bcd_->setPath(boot->bcd().value_or(fs::path()));
    }
    backupFolder_->setPath(session().backupFolder());
    initialized_ = true;
    locate();
}

void BootLocatePage::locate() {
    if (BootPass* boot = session().boot()) {
        const fs::path given = bcd_->path();
        boot->locate(windowsDir_->path(), given.empty() ? std::nullopt : std::optional<fs::path>(given));
    }
    retranslate();
    emit completeChanged();
}

bool BootLocatePage::isComplete() const {
    if (!isBuilt() || !initialized_)
        return false;
    const BootPass* boot = session().boot();
    return boot && boot->located() && !backupFolder_->path().empty();
}

bool BootLocatePage::validatePage() {
    if (!isBuilt())
        return false;
    session().setBackupFolder(backupFolder_->path());
    return isComplete();
}

void BootLocatePage::retranslate() {
    setTitle(tr("Windows does not start: 0xC0000017"));
    setSubTitle(tr("Which installation should heapfix repair?"));
    intro()->setText(tr(
        "Attach the disk of the Windows that does not start to this computer, for example to a repair "
        "virtual machine. heapfix does the steps of Microsoft's article for this stop code on that disk: it "
        "checks the free space, the bad memory list, the page file, crash dumps and the serial console, and "
        "copies every file it changes to the backup folder first."));
    windowsDir_->setTexts(tr("&Windows folder of the installation that does not start:"),
                          tr("Windows folder"), tr("for example /mnt/broken/Windows or F:\\Windows"));
    bcd_->setTexts(tr("BCD &store (empty: heapfix looks for it on the same disk):"), tr("BCD store"),
                   tr("found automatically: EFI\\Microsoft\\Boot\\BCD or Boot\\BCD"));
    backupFolder_->setTexts(tr("Backup &folder (on a good disk, not on the broken one):"),
                            tr("Backup folder"), QString());
    const BootPass* boot = session().boot();
    if (!initialized_ || !boot)
        return;
    practiceNote_->show(
        StatusKind::Info,
        boot->practice()
            ? tr("Practice mode: the installation below is the practice installation, with a practice BCD "
                 "store "
                 "beside it that has a bad memory list and the serial console off. Nothing on this computer "
                 "changes.")
            : QString());
    QStringList technical;
    if (boot->windowsDir().empty()) {
        systemStatus_->show(StatusKind::Info,
                            tr("Choose the Windows folder of the installation that does not "
                               "start."));
        bcdStatus_->show(StatusKind::Info, QString());
    } else if (const BootFiles* files = boot->located()) {
        systemStatus_->show(StatusKind::Ok, tr("SYSTEM hive: %1").arg(nativePath(files->systemHive)));
        if (files->bcd)
            bcdStatus_->show(
                StatusKind::Ok,
                (boot->bcd() ? tr("BCD store: %1") : tr("BCD store found: %1")).arg(nativePath(*files->bcd)));
        else
            bcdStatus_->show(StatusKind::Warning,
                             tr("No BCD store was found. %1 Mount the EFI system partition and choose its "
                                "EFI\\Microsoft\\Boot\\BCD, or go on: the repairs of the SYSTEM hive work "
                                "without it.")
                                 .arg(BootText::whereLookedForBcd(boot->windowsDir())));
    } else if (const auto* found = boot->files()) {
        const Error& error = found->error();
        systemStatus_->show(StatusKind::Error, BootText::locateError(error, boot->windowsDir(), boot->bcd()));
        bcdStatus_->show(StatusKind::Info, QString());
        technical << toQString(error.message());
    }
    if (const auto& error = boot->practiceStoreError()) {
        bcdStatus_->show(StatusKind::Error,
                         tr("The practice BCD store could not be made: %1").arg(ModelText::error(*error)));
        technical << toQString(error->message());
    }
    details()->setDetails(technical.join('\n'));
}

} // namespace heapfix
