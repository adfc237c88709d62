#include "BootRepairPage.h"

#include "BootText.h"
#include "ModelText.h"
#include "Paths.h"
#include "Seams.h"
#include "widgets/SavedPath.h"
#include "widgets/StepProgress.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <optional>

namespace heapfix {

namespace {

// One row of the progress: a step of repairBoot, with the store it writes. Reading the files is part of the
// backup's row: the failure sentence says when it was the reading that failed.
struct Stage {
    FixStep step;
    std::optional<BootStore> store;
};
const Stage kStages[] = {{FixStep::Backup, std::nullopt},
                         {FixStep::Write, BootStore::Bcd},
                         {FixStep::Write, BootStore::System},
                         {FixStep::Verify, std::nullopt}};

} // namespace

BootRepairPage::BootRepairPage(WizardSession& session, QWidget* parent)
    : ChangePage(session, parent) {}

void BootRepairPage::build() {
    result_ = new StatusLine(QStringLiteral("bootRepairResult"), this);
    backup_ = new SavedPath(QStringLiteral("bootBackup"), this);
    nextSteps_ = paragraph(this, "bootNextSteps");
    undo_ = button(this, QStringLiteral("undoBootRepair"), &BootRepairPage::undo);
    details(); // at the bottom of the page
    undo_->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    progress_ = new StepProgress(QStringLiteral("bootStage"), this);
    auto* undoRow = new QHBoxLayout;
    undoRow->addWidget(undo_);
    undoRow->addStretch();
    QVBoxLayout* layout = contentLayout();
    layout->addWidget(progress_);
    layout->addSpacing(8);
    layout->addWidget(result_);
    layout->addWidget(backup_);
    layout->addSpacing(4);
    layout->addWidget(nextSteps_);
    layout->addSpacing(4);
    layout->addLayout(undoRow);
}

void BootRepairPage::change() {
    if (BootPass* boot = session().boot())
        boot->repair(session().backupFolder(), showSteps());
}

void BootRepairPage::undo() {
    if (!Seams::confirm(
            this, tr("Undo the repair"),
            tr("Put every file heapfix changed back as it was before the repair? heapfix takes them "
               "from its backup.")))
        return;
    if (BootPass* boot = session().boot())
        boot->revert();
    retranslate();
}

void BootRepairPage::retranslate() {
    setTitle(tr("Repairing the installation"));
    setSubTitle(tr("First the backup, then each file is written and read back."));
    undo_->setText(tr("&Undo the repair"));
    undo_->setAccessibleName(tr("Undo the repair"));
    const BootPass* boot = session().boot();
    const BootChangeResult* result = isDone() && boot ? boot->repaired() : nullptr;
    const BootRepairRequest* request = boot ? boot->request() : nullptr;
    const BootChangeResult* undone = boot ? boot->reverted() : nullptr;
    const bool reverted = undone && !undone->failure();
    QList<StepProgress::Row> rows;
    for (const Stage& stage : kStages) {
        StepProgress::Row row;
        row.name = BootText::stage(stage.step, stage.store);
        const StepReport* report = findStep(result ? result->steps : reported(), stage.step, stage.store);
        if (result && request && stage.store && !request->touches(*stage.store)) {
            row.kind = StatusKind::Info;
            row.outcome = BootText::notAsked();
        } else if (result || report) {
            const StepOutcome outcome = report ? report->outcome : StepOutcome::NotRun;
            row.kind = ModelText::statusOf(outcome);
            row.outcome = ModelText::outcome(outcome);
            // After the undo, what was written is no longer there.
            if (reverted && outcome == StepOutcome::Done && stage.step != FixStep::Backup) {
                row.kind = StatusKind::Info;
                row.outcome = BootText::undone();
            }
        }
        rows << row;
    }
    progress_->setRows(rows);
    const bool finished = result != nullptr;
    const bool backedUp = finished && result->backup;
    if (!finished)
        result_->show(StatusKind::Busy, tr("Repairing…"));
    else if (reverted)
        result_->show(
            StatusKind::Ok,
            tr("Undone: the files are back as they were before the repair (%1 put back). The files as "
               "heapfix had left them are kept beside them, ending in .heapfix-before-revert-….")
                .arg(undone->restored.size()));
    else if (undone)
        result_->show(StatusKind::Error, BootText::revertFailure(*undone));
    else if (result->failure())
        result_->show(StatusKind::Error, BootText::repairFailure(*result));
    else
        result_->show(StatusKind::Ok, tr("Done: the repairs are written, read back and checked."));
    backup_->setPath(backedUp ? tr("Backup of the original files: %1").arg(nativePath(result->backup->folder))
                              : QString(),
                     backedUp ? result->backup->folder : std::filesystem::path());

    QStringList steps;
    if (finished && !result->failure() && !reverted) {
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

    undo_->setVisible(backedUp && result->changed && !reverted);

    QStringList technical;
    if (finished) {
        if (const Error* failure = result->failure())
            technical << toQString(failure->message());
        if (result->backup)
            for (const BootBackupFile& file : result->backup->files)
                technical << tr("%1 → %2 (SHA-256 %3)")
                                 .arg(nativePath(file.original), toQString(file.copy),
                                      toQString(file.sha256));
    }
    if (undone) {
        for (const auto& file : undone->restored)
            technical << tr("Put back: %1").arg(nativePath(file));
        for (const auto& file : undone->keptAside)
            technical << tr("Kept aside: %1").arg(nativePath(file));
        if (const Error* failure = undone->failure())
            technical << toQString(failure->message());
    }
    details()->setDetails(technical.join('\n'));
}

} // namespace heapfix
