#include "BootLocatePage.h"

#include "BootText.h"
#include "ModelText.h"
#include "Paths.h"
#include "Seams.h"

#include <QDir>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <tuple>

namespace heapfix {

namespace fs = std::filesystem;

namespace {

fs::path pathOf(const QLineEdit* edit) {
    return pathFromUser(edit->text());
}

} // namespace

BootLocatePage::BootLocatePage(WizardSession& session, QWidget* parent)
    : PageBase(session, PageBuild::Lazy, parent) {}

void BootLocatePage::build() {
    intro_ = paragraph(this, "bootLocateIntro");
    practiceNote_ = new StatusLine(this);
    windowsLabel_ = new QLabel(this);
    windowsDir_ = new QLineEdit(this);
    browseWindows_ = new QPushButton(this);
    bcdLabel_ = new QLabel(this);
    bcd_ = new QLineEdit(this);
    browseBcd_ = new QPushButton(this);
    backupLabel_ = new QLabel(this);
    backupFolder_ = new QLineEdit(this);
    browseBackup_ = new QPushButton(this);
    systemStatus_ = new StatusLine(this);
    bcdStatus_ = new StatusLine(this);
    details_ = new DetailsSection(this);
    practiceNote_->setObjectName("bootPracticeNote");
    windowsDir_->setObjectName("bootWindowsDir");
    bcd_->setObjectName("bootBcd");
    backupFolder_->setObjectName("bootBackupFolder");
    browseWindows_->setObjectName("browseWindowsDir");
    browseBcd_->setObjectName("browseBcd");
    browseBackup_->setObjectName("browseBootBackupFolder");
    systemStatus_->setObjectName("bootSystemStatus");
    bcdStatus_->setObjectName("bootBcdStatus");
    windowsLabel_->setBuddy(windowsDir_);
    bcdLabel_->setBuddy(bcd_);
    backupLabel_->setBuddy(backupFolder_);
    for (QPushButton* button : {browseWindows_, browseBcd_, browseBackup_})
        button->setAutoDefault(false);
    for (QLineEdit* edit : {windowsDir_, bcd_})
        connect(edit, &QLineEdit::textEdited, this, &BootLocatePage::locate);
    connect(backupFolder_, &QLineEdit::textEdited, this, [this] {
        this->session().setBackupFolder(pathOf(backupFolder_));
        emit completeChanged();
    });
    connect(browseWindows_, &QPushButton::clicked, this, &BootLocatePage::chooseWindowsDir);
    connect(browseBcd_, &QPushButton::clicked, this, &BootLocatePage::chooseBcd);
    connect(browseBackup_, &QPushButton::clicked, this, &BootLocatePage::chooseBackupFolder);

    auto* fields = new QGridLayout;
    fields->setColumnStretch(1, 1);
    int row = 0;
    for (auto [label, edit, button] :
         {std::tuple{windowsLabel_, windowsDir_, browseWindows_}, std::tuple{bcdLabel_, bcd_, browseBcd_},
          std::tuple{backupLabel_, backupFolder_, browseBackup_}}) {
        fields->addWidget(label, row, 0, 1, 3);
        fields->addWidget(edit, row + 1, 0, 1, 2);
        fields->addWidget(button, row + 1, 2);
        row += 2;
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(practiceNote_);
    layout->addWidget(intro_);
    layout->addLayout(fields);
    layout->addSpacing(6);
    layout->addWidget(systemStatus_);
    layout->addWidget(bcdStatus_);
    layout->addStretch();
    layout->addWidget(details_);
}

void BootLocatePage::initializePage() {
    ensureBuilt();
    if (const BootPass* boot = session().boot()) {
        windowsDir_->setText(nativePath(boot->windowsDir()));
        bcd_->setText(boot->bcd() ? nativePath(*boot->bcd()) : QString());
    }
    backupFolder_->setText(nativePath(session().backupFolder()));
    initialized_ = true;
    locate();
}

void BootLocatePage::locate() {
    if (BootPass* boot = session().boot()) {
        const fs::path given = pathOf(bcd_);
        boot->locate(pathOf(windowsDir_), given.empty() ? std::nullopt : std::optional<fs::path>(given));
    }
    retranslate();
    emit completeChanged();
}

void BootLocatePage::chooseWindowsDir() {
    const QString folder = Seams::existingDirectory(this,
                                                    tr("Choose the Windows folder of the installation "
                                                       "that does not start"),
                                                    windowsDir_->text());
    if (folder.isEmpty())
        return;
    windowsDir_->setText(QDir::toNativeSeparators(folder));
    locate();
}

void BootLocatePage::chooseBcd() {
    const QString start = bcd_->text().isEmpty() ? windowsDir_->text() : bcd_->text();
    const QString file =
        Seams::openFileName(this, tr("Choose the BCD store"), start, tr("BCD store (BCD);;All files (*)"));
    if (file.isEmpty())
        return;
    bcd_->setText(QDir::toNativeSeparators(file));
    locate();
}

void BootLocatePage::chooseBackupFolder() {
    const QString folder =
        Seams::existingDirectory(this, tr("Choose a folder for the backup"), backupFolder_->text());
    if (folder.isEmpty())
        return;
    backupFolder_->setText(QDir::toNativeSeparators(folder));
    session().setBackupFolder(pathOf(backupFolder_));
    emit completeChanged();
}

bool BootLocatePage::isComplete() const {
    if (!isBuilt() || !initialized_)
        return false;
    const BootPass* boot = session().boot();
    return boot && boot->located() && !backupFolder_->text().trimmed().isEmpty();
}

bool BootLocatePage::validatePage() {
    if (!isBuilt())
        return false;
    session().setBackupFolder(pathOf(backupFolder_));
    return isComplete();
}

void BootLocatePage::retranslate() {
    setTitle(tr("Windows does not start: 0xC0000017"));
    setSubTitle(tr("Which installation should heapfix repair?"));
    intro_->setText(tr(
        "Attach the disk of the Windows that does not start to this computer, for example to a repair "
        "virtual machine. heapfix does the steps of Microsoft's article for this stop code on that disk: it "
        "checks the free space, the bad memory list, the page file, crash dumps and the serial console, and "
        "copies every file it changes to the backup folder first."));
    windowsLabel_->setText(tr("&Windows folder of the installation that does not start:"));
    bcdLabel_->setText(tr("BCD &store (empty: heapfix looks for it on the same disk):"));
    backupLabel_->setText(tr("Backup &folder (on a good disk, not on the broken one):"));
    windowsDir_->setPlaceholderText(tr("for example /mnt/broken/Windows or F:\\Windows"));
    bcd_->setPlaceholderText(tr("found automatically: EFI\\Microsoft\\Boot\\BCD or Boot\\BCD"));
    windowsDir_->setAccessibleName(tr("Windows folder"));
    bcd_->setAccessibleName(tr("BCD store"));
    backupFolder_->setAccessibleName(tr("Backup folder"));
    browseWindows_->setText(tr("Browse…"));
    browseBcd_->setText(tr("Browse…"));
    browseBackup_->setText(tr("Browse…"));
    browseWindows_->setAccessibleName(tr("Browse for the Windows folder"));
    browseBcd_->setAccessibleName(tr("Choose the BCD store"));
    browseBackup_->setAccessibleName(tr("Select the backup folder"));
    const BootPass* boot = session().boot();
    if (!initialized_ || !boot)
        return;
    practiceNote_->show(
        StatusKind::Info,
        boot->practice()
            ? tr("Practice mode: the installation below is the built-in sample, with a practice BCD store "
                 "beside it that has a bad memory list and the serial console off. Nothing on this computer "
                 "changes.")
            : QString());
    QStringList details;
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
        details << toQString(error.message());
    }
    if (const auto& error = boot->practiceStoreError()) {
        bcdStatus_->show(StatusKind::Error,
                         tr("The practice BCD store could not be made: %1").arg(ModelText::error(*error)));
        details << toQString(error->message());
    }
    details_->setDetails(details.join('\n'));
}

} // namespace heapfix
