#include "BootRepairPage.h"

#include "BootText.h"
#include "ModelText.h"
#include "Paths.h"
#include "Seams.h"
#include "widgets/StepProgress.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace heapfix {

namespace {

// One row of the progress: a stage of repairBoot, with the store it writes.
struct Stage {
    BootStage stage;
    std::string_view store;
};
constexpr Stage kStages[] = {{BootStage::Backup, {}},
                             {BootStage::Write, "bcd"},
                             {BootStage::Write, "system"},
                             {BootStage::Verify, {}}};

bool wrote(const BootRepairResult& result, std::string_view store) {
    return std::find(result.done.begin(), result.done.end(), store) != result.done.end();
}

bool asked(const BootRepairRequest& request, std::string_view store) {
    return store == "bcd" ? request.touchesBcd() : request.touchesSystem();
}

// What became of a stage; nullopt: a store the chosen repairs do not touch.
std::optional<StepOutcome> outcomeOf(const Stage& stage, const BootRepairResult& result,
                                     const BootRepairRequest& request) {
    const bool failed = result.failure.has_value();
    switch (stage.stage) {
    case BootStage::Read:
    case BootStage::Backup:
        return result.backup                                    ? StepOutcome::Done
               : failed && result.failedAt == BootStage::Backup ? StepOutcome::Failed
                                                                : StepOutcome::NotRun;
    case BootStage::Write: {
        if (!asked(request, stage.store))
            return std::nullopt;
        if (wrote(result, stage.store))
            return StepOutcome::Done;
        // The stores are written BCD first: the first one asked for and not written is the one that failed.
        const bool writing = failed && result.backup &&
                             (result.failedAt == BootStage::Write || result.failedAt == BootStage::Verify);
        const bool earlierDone = stage.store == "bcd" || !request.touchesBcd() || wrote(result, "bcd");
        return writing && earlierDone ? StepOutcome::Failed : StepOutcome::NotRun;
    }
    case BootStage::Verify:
        if (!failed)
            return StepOutcome::Done;
        return result.failedAt == BootStage::Verify ? StepOutcome::Failed : StepOutcome::NotRun;
    }
    return StepOutcome::NotRun;
}

} // namespace

BootRepairPage::BootRepairPage(WizardSession& session, QWidget* parent)
    : PageBase(session, PageBuild::Lazy, parent) {
    setCommitPage(true);
}

void BootRepairPage::build() {
    result_ = new StatusLine(this);
    backupFolder_ = paragraph(this, "bootBackupLocation");
    openBackup_ = new QPushButton(this);
    nextSteps_ = paragraph(this, "bootNextSteps");
    undo_ = new QPushButton(this);
    undoStatus_ = new StatusLine(this);
    details_ = new DetailsSection(this);
    result_->setObjectName("bootRepairResult");
    openBackup_->setObjectName("openBootBackup");
    undo_->setObjectName("undoBootRepair");
    undoStatus_->setObjectName("bootUndoStatus");
    backupFolder_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    for (QPushButton* button : {openBackup_, undo_})
        button->setAutoDefault(false);
    connect(openBackup_, &QPushButton::clicked, this, &BootRepairPage::openBackup);
    connect(undo_, &QPushButton::clicked, this, &BootRepairPage::undo);
    progress_ = new StepProgress(QStringLiteral("bootStage"), this);
    auto* backupRow = new QHBoxLayout;
    backupRow->addWidget(backupFolder_, 1);
    backupRow->addWidget(openBackup_, 0, Qt::AlignTop);
    auto* undoRow = new QHBoxLayout;
    undoRow->addWidget(undo_);
    undoRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(progress_);
    layout->addSpacing(8);
    layout->addWidget(result_);
    layout->addLayout(backupRow);
    layout->addSpacing(4);
    layout->addWidget(nextSteps_);
    layout->addSpacing(4);
    layout->addLayout(undoRow);
    layout->addWidget(undoStatus_);
    layout->addStretch();
    layout->addWidget(details_);
}

void BootRepairPage::initializePage() {
    ensureBuilt();
    done_ = false;
    retranslate();
    // Show the page first, then run.
    QTimer::singleShot(0, this, &BootRepairPage::run);
}

void BootRepairPage::run() {
    if (BootPass* boot = session().boot())
        boot->repair(session().backupFolder());
    done_ = true;
    retranslate();
    emit completeChanged();
}

bool BootRepairPage::isComplete() const {
    return done_;
}

void BootRepairPage::openBackup() {
    const BootRepairResult* result = session().boot() ? session().boot()->repaired() : nullptr;
    if (result && result->backup)
        Seams::openUrl(QUrl::fromLocalFile(nativePath(result->backup->folder)));
}

void BootRepairPage::undo() {
    if (!Seams::confirm(
            this, tr("Undo these changes"),
            tr("Put every file heapfix changed back as it was before the repair, from the backup?")))
        return;
    if (BootPass* boot = session().boot())
        boot->revert();
    retranslate();
}

void BootRepairPage::retranslate() {
    setTitle(tr("Repairing the installation"));
    setSubTitle(tr("First the backup, then each file is written and read back."));
    openBackup_->setText(tr("&Open the backup folder"));
    openBackup_->setAccessibleName(tr("Open the backup folder"));
    undo_->setText(tr("&Undo these changes"));
    undo_->setAccessibleName(tr("Undo these changes"));
    const BootPass* boot = session().boot();
    const BootRepairResult* result = done_ && boot ? boot->repaired() : nullptr;
    const BootRepairRequest* request = boot ? boot->request() : nullptr;
    QList<StepProgress::Row> rows;
    for (const Stage& stage : kStages) {
        StepProgress::Row row;
        row.name = BootText::stage(stage.stage, stage.store);
        if (result && request) {
            const std::optional<StepOutcome> outcome = outcomeOf(stage, *result, *request);
            row.kind = outcome ? ModelText::statusOf(*outcome) : StatusKind::Info;
            row.outcome = outcome ? ModelText::outcome(*outcome) : BootText::notAsked();
        }
        rows << row;
    }
    progress_->setRows(rows);
    const bool finished = result != nullptr;
    const bool backedUp = finished && result->backup;
    const auto* undone = boot ? boot->reverted() : nullptr;
    const bool reverted = undone && *undone;
    if (!finished)
        result_->show(StatusKind::Busy, tr("Repairing…"));
    else if (result->failure)
        result_->show(StatusKind::Error, BootText::repairFailure(*result));
    else
        result_->show(StatusKind::Ok, tr("Done: the repairs are written, read back and checked."));
    backupFolder_->setText(
        backedUp ? tr("Backup of the original files: %1").arg(nativePath(result->backup->folder))
                 : QString());
    backupFolder_->setVisible(backedUp);
    openBackup_->setVisible(backedUp);

    QStringList steps;
    if (finished && !result->failure && !reverted) {
        const BootCheck* check = boot->found();
        if (boot->practice())
            steps << tr("This was the practice installation: nothing on this computer has changed.");
        if (check && request->resetPageFile && !check->pageFiles.misplaced.empty())
            steps
                << tr("Delete the old page file %1 on that disk: Windows no longer uses it (heapfix does not "
                      "delete it).")
                       .arg(BootText::list(check->pageFiles.misplaced));
        if (check && check->freeSpaceBytes && (request->enableCrashDump || check->lowSpace))
            steps << tr("Compare the free space, %1, with the machine's memory (RAM): a complete memory dump "
                        "needs "
                        "more. If it is less, point DumpFile at a data disk.")
                         .arg(BootText::size(*check->freeSpaceBytes));
        if (check && check->lowSpace)
            steps << tr("Below 300 MB free: enlarge the disk or clean it up before you start the machine.");
        steps << tr("Detach the disk and start the machine again (in Azure: rebuild the virtual machine).");
        for (QString& step : steps)
            step.prepend(QStringLiteral("• "));
        steps.prepend(tr("What to do next:"));
    }
    nextSteps_->setText(steps.join('\n'));
    nextSteps_->setVisible(!steps.isEmpty());

    undo_->setVisible(backedUp && !result->done.empty() && !reverted);
    if (reverted)
        undoStatus_->show(
            StatusKind::Ok,
            tr("Undone: %1 file(s) are back as they were before the repair. The files as heapfix "
               "had left them are kept beside them, ending in .heapfix-before-revert-….")
                .arg((*undone)->restored.size()));
    else if (undone)
        undoStatus_->show(StatusKind::Error, BootText::revertError(undone->error()));
    else
        undoStatus_->show(StatusKind::Info, QString());

    QStringList details;
    if (finished) {
        if (result->failure)
            details << toQString(result->failure->message());
        if (result->backup)
            for (const BootBackupFile& file : result->backup->files)
                details << tr("%1 → %2 (SHA-256 %3)")
                               .arg(nativePath(file.original), toQString(file.copy), toQString(file.sha256));
    }
    if (reverted)
        for (const auto& file : (*undone)->keptAside)
            details << tr("Kept aside: %1").arg(nativePath(file));
    else if (undone)
        details << toQString(undone->error().message());
    details_->setDetails(details.join('\n'));
}

} // namespace heapfix
