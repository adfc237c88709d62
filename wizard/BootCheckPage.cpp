#include "BootCheckPage.h"

#include "BootText.h"
#include "ModelText.h"
#include "Paths.h"

#include "model/boot/BcdElements.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace heapfix {

namespace {

// As the article sets it: CrashDumpEnabled=1, DumpFile=%SystemRoot%\MEMORY.DMP, NMICrashDump=1.
bool crashDumpAsSeed(const CrashDump& dump) {
    return dump.crashDumpEnabled == 1u && dump.dumpFile == "%SystemRoot%\\MEMORY.DMP" &&
           dump.nmiCrashDump == 1u;
}

bool emsAsSeed(const EmsState& ems) {
    return ems.enabled && ems.port == bcd::kSeedEmsPort && ems.baud == bcd::kSeedEmsBaudRate;
}

QString numberOrNotSet(const std::optional<std::uint32_t>& value) {
    return value ? QString::number(*value) : BootText::notSet();
}

QString numberOrNotSet(const std::optional<std::uint64_t>& value) {
    return value ? QString::number(*value) : BootText::notSet();
}

QCheckBox* repairBox(QWidget* parent, const char* name) {
    auto* box = new QCheckBox(parent);
    box->setObjectName(name);
    return box;
}

} // namespace

BootCheckPage::BootCheckPage(WizardSession& session, QWidget* parent)
    : PageBase(session, PageBuild::Lazy, parent) {
    setCommitPage(true);
}

void BootCheckPage::build() {
    readError_ = new StatusLine(QStringLiteral("bootCheckError"), this);
    space_ = new StatusLine(QStringLiteral("bootSpace"), this);
    bcdProblem_ = new StatusLine(QStringLiteral("bootBcdProblem"), this);
    badMemory_ = new StatusLine(QStringLiteral("bootBadMemory"), this);
    clearBadMemory_ = repairBox(this, "repairBadMemory");
    pageFile_ = new StatusLine(QStringLiteral("bootPageFile"), this);
    resetPageFile_ = repairBox(this, "repairPageFile");
    crashDump_ = new StatusLine(QStringLiteral("bootCrashDump"), this);
    enableCrashDump_ = repairBox(this, "repairCrashDump");
    ramNote_ = paragraph(this, "bootRamNote");
    ems_ = new StatusLine(QStringLiteral("bootEms"), this);
    enableEms_ = repairBox(this, "repairEms");
    nextHint_ = paragraph(this, "bootCheckNextHint");
    details(); // at the bottom of the page
    QVBoxLayout* layout = contentLayout();
    layout->setSpacing(4);
    const int indent = 28;
    layout->addWidget(readError_);
    layout->addWidget(space_);
    layout->addWidget(bcdProblem_);
    for (auto [status, box] : {std::pair{badMemory_, clearBadMemory_}, std::pair{pageFile_, resetPageFile_},
                               std::pair{crashDump_, enableCrashDump_}, std::pair{ems_, enableEms_}}) {
        layout->addSpacing(2);
        layout->addWidget(status);
        auto* row = new QHBoxLayout;
        row->addSpacing(indent);
        row->addWidget(box, 1);
        layout->addLayout(row);
        if (box == enableCrashDump_) {
            auto* note = new QHBoxLayout;
            note->addSpacing(indent);
            note->addWidget(ramNote_, 1);
            layout->addLayout(note);
        }
        connect(box, &QCheckBox::toggled, this, [this] {
            retranslate();
            emit completeChanged();
        });
    }
    layout->addSpacing(4);
    layout->addWidget(nextHint_);
}

void BootCheckPage::initializePage() {
    ensureBuilt();
    if (BootPass* boot = session().boot())
        boot->check();
    checked_ = true;
    preselect();
    retranslate();
    emit completeChanged();
}

// The repairs the check says are needed; those that cannot be done are off and disabled.
void BootCheckPage::preselect() {
    const BootCheck* check = session().boot() ? session().boot()->found() : nullptr;
    const bool bcd = check && check->bcd;
    const bool list = bcd && check->bcd->badMemoryList.has_value();
    const bool loader = bcd && !check->bcd->ems.loader.empty();
    bool dumps = false;
    if (check)
        for (const CrashDump& dump : check->crashDumps)
            dumps = dumps || !crashDumpAsSeed(dump);
    const bool pageFile = check && !check->pageFiles.misplaced.empty();
    const std::pair<QCheckBox*, std::pair<bool, bool>> boxes[] = {
        {clearBadMemory_, {list, list}},
        {resetPageFile_, {check != nullptr, pageFile}},
        {enableCrashDump_, {check != nullptr, dumps}},
        {enableEms_, {loader, loader && !emsAsSeed(check->bcd->ems)}},
    };
    for (const auto& [box, state] : boxes) {
        const QSignalBlocker quiet(box);
        box->setEnabled(state.first);
        box->setChecked(state.first && state.second);
    }
}

bool BootCheckPage::isComplete() const {
    if (!isBuilt())
        return false;
    const bool any = clearBadMemory_->isChecked() || resetPageFile_->isChecked() ||
                     enableCrashDump_->isChecked() || enableEms_->isChecked();
    return checked_ && any;
}

bool BootCheckPage::validatePage() {
    if (!isBuilt() || !isComplete())
        return false;
    if (BootPass* boot = session().boot())
        boot->choose(request());
    return true;
}

BootRepairRequest BootCheckPage::request() const {
    BootRepairRequest request;
    request.clearBadMemory = clearBadMemory_->isChecked();
    request.resetPageFile = resetPageFile_->isChecked();
    request.enableCrashDump = enableCrashDump_->isChecked();
    request.enableEms = enableEms_->isChecked();
    return request;
}

void BootCheckPage::retranslate() {
    setTitle(tr("What heapfix found"));
    setSubTitle(tr("The checks of Microsoft's article for 0xC0000017. Tick what heapfix should repair."));
    setButtonText(QWizard::CommitButton, tr("&Repair"));
    clearBadMemory_->setText(
        tr("Remove the bad memory list (as bcdedit /deletevalue {badmemory} badmemorylist)"));
    resetPageFile_->setText(
        tr("Set the page file back to system-managed on the system drive (?:\\pagefile.sys)"));
    enableCrashDump_->setText(
        tr("Turn on crash dumps in every control set (CrashDumpEnabled=1, NMICrashDump=1, MEMORY.DMP)"));
    enableEms_->setText(tr("Turn on the serial console (EMS) on port 1 at 115200 baud"));
    for (QCheckBox* box : {clearBadMemory_, resetPageFile_, enableCrashDump_, enableEms_})
        box->setAccessibleName(box->text());
    const BootPass* boot = session().boot();
    if (!checked_ || !boot)
        return;
    const BootCheck* check = boot->found();
    QStringList technical;
    for (QWidget* widget : std::initializer_list<QWidget*>{space_, bcdProblem_, badMemory_, clearBadMemory_,
                                                           pageFile_, resetPageFile_, crashDump_,
                                                           enableCrashDump_, ramNote_, ems_, enableEms_})
        widget->setVisible(check != nullptr);
    if (!check) {
        const Error error =
            boot->checked() ? boot->checked()->error() : makeError(ErrorCode::NotFound, "", "not located");
        readError_->show(StatusKind::Error,
                         tr("The SYSTEM hive of the installation could not be read: %1 Nothing has been "
                            "changed. Go back and choose the installation's Windows folder.")
                             .arg(ModelText::error(error)));
        nextHint_->clear();
        details()->setDetails(toQString(error.message()));
        return;
    }
    readError_->show(StatusKind::Info, QString());

    // 1. Free space, first: below 300 MB nothing else helps.
    if (!check->freeSpaceBytes)
        space_->show(StatusKind::Warning, tr("The free space of the installation's disk could not be read."));
    else if (check->lowSpace)
        space_->show(StatusKind::Warning,
                     tr("Only %1 free on the installation's disk: below 300 MB Windows cannot start. Do this "
                        "first: enlarge the disk (up to 1 TB for a virtual machine) or clean it up (Disk "
                        "Cleanup, old files). heapfix does not resize disks or delete files.")
                         .arg(BootText::size(*check->freeSpaceBytes)));
    else
        space_->show(StatusKind::Ok, tr("Free space on the installation's disk: %1 (more than the 300 MB "
                                        "Windows needs to start).")
                                         .arg(BootText::size(*check->freeSpaceBytes)));

    // The BCD store: when it cannot be used, its two repairs are off.
    if (check->bcdProblem)
        bcdProblem_->show(StatusKind::Warning,
                          BootText::bcdProblem(*check->bcdProblem, boot->windowsDir()) + "\n" +
                              tr("The bad memory list and the serial console cannot be checked or repaired "
                                 "without the BCD store."));
    else
        bcdProblem_->show(StatusKind::Info, QString());

    // 2. The bad memory list.
    const auto& bcd = check->bcd;
    if (!bcd)
        badMemory_->show(StatusKind::Info, tr("Bad memory list: not checked (no BCD store)."));
    else if (const auto& list = bcd->badMemoryList)
        badMemory_->show(StatusKind::Warning,
                         tr("Bad memory list: pages marked as bad: %1 (%2). They can keep Windows from "
                            "making its RAM disk.")
                             .arg(list->size())
                             .arg(BootText::pages(*list)));
    else
        badMemory_->show(StatusKind::Ok, tr("Bad memory list: none."));

    // 3. The page file.
    const PageFiles& files = check->pageFiles;
    const QString where = tr("Page file (%1): PagingFiles %2; ExistingPageFiles %3.")
                              .arg(toQString(files.controlSet), BootText::list(files.pagingFiles),
                                   BootText::list(files.existingPageFiles));
    if (files.misplaced.empty())
        pageFile_->show(StatusKind::Ok, where + " " + tr("It is at the default location."));
    else
        pageFile_->show(StatusKind::Warning,
                        where + " " +
                            tr("Not at the default location: %1. Windows may not reach it while it starts.")
                                .arg(BootText::list(files.misplaced)));

    // 4. Crash dumps, per control set.
    QStringList sets;
    bool allAsSeed = true;
    for (const CrashDump& dump : check->crashDumps) {
        allAsSeed = allAsSeed && crashDumpAsSeed(dump);
        sets << tr("%1: CrashDumpEnabled %2, DumpFile %3, NMICrashDump %4")
                    .arg(toQString(dump.controlSet), numberOrNotSet(dump.crashDumpEnabled),
                         dump.dumpFile ? toQString(*dump.dumpFile) : BootText::notSet(),
                         numberOrNotSet(dump.nmiCrashDump));
    }
    crashDump_->show(allAsSeed ? StatusKind::Ok : StatusKind::Info,
                     (allAsSeed ? tr("Crash dumps are on as the article sets them:")
                                : tr("Crash dumps are not set as the article recommends:")) +
                         "\n" + sets.join('\n'));
    ramNote_->setText(
        check->freeSpaceBytes
            ? tr("A complete memory dump needs more free space than the machine has memory (RAM). RAM cannot "
                 "be "
                 "read from a disk: compare %1 free with the machine's memory size. If it is less, point "
                 "DumpFile at a data disk afterwards.")
                  .arg(BootText::size(*check->freeSpaceBytes))
            : tr("A complete memory dump needs more free space than the machine has memory (RAM): compare "
                 "the "
                 "disk's free space with the machine's memory size."));

    // 5. The serial console (EMS).
    if (!bcd) {
        ems_->show(StatusKind::Info, tr("Serial console (EMS): not checked (no BCD store)."));
    } else if (bcd->ems.loader.empty()) {
        ems_->show(StatusKind::Warning,
                   tr("Serial console (EMS): the BCD store names no default Windows boot loader, so heapfix "
                      "does not guess which entry to change. Use bcdedit /ems {identifier} ON for the entry "
                      "that starts."));
    } else {
        const EmsState& ems = bcd->ems;
        ems_->show(emsAsSeed(ems) ? StatusKind::Ok : StatusKind::Info,
                   tr("Serial console (EMS) on the boot loader %1: %2; port %3, baud rate %4.")
                       .arg(toQString(ems.loader), ems.enabled ? tr("on") : tr("off"),
                            numberOrNotSet(ems.port), numberOrNotSet(ems.baud)));
    }

    nextHint_->setText(isComplete()
                           ? tr("Click \"Repair\": heapfix first copies the files it changes to the backup "
                                "folder, then writes and checks them.")
                           : tr("Tick at least one repair to go on."));
    technical
        << tr("Windows folder: %1").arg(nativePath(check->files.windowsDir))
        << tr("SYSTEM hive: %1").arg(nativePath(check->files.systemHive))
        << tr("BCD store: %1").arg(check->files.bcd ? nativePath(*check->files.bcd) : BootText::notSet())
        << tr("Current control set: %1").arg(toQString(check->currentControlSet));
    if (!check->systemNote.empty())
        technical << toQString(check->systemNote);
    if (check->bcdProblem)
        technical << toQString(check->bcdProblem->message());
    if (check->freeSpaceBytes)
        technical << tr("Free space: %1 bytes").arg(*check->freeSpaceBytes);
    details()->setDetails(technical.join('\n'));
}

} // namespace heapfix
