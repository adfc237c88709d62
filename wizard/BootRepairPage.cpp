#include "BootRepairPage.h"

#include "BootSession.h"
#include "ModelText.h"
#include "Seams.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace heapfix {

namespace {

using Stage = BootText::Stage;
using Outcome = BootText::Outcome;

bool wrote(const BootRepairResult& result, const char* store) {
    return std::find(result.done.begin(), result.done.end(), store) != result.done.end();
}

StatusKind kindOf(Outcome outcome) {
    switch (outcome) {
    case Outcome::Done:
        return StatusKind::Ok;
    case Outcome::Failed:
        return StatusKind::Error;
    case Outcome::Waiting:
        return StatusKind::Busy;
    case Outcome::NotNeeded:
    case Outcome::NotRun:
        break;
    }
    return StatusKind::Info;
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
    auto* stages = new QGridLayout;
    stages->setColumnStretch(3, 1);
    stages->setHorizontalSpacing(12);
    for (int i = 0; i < kStages; ++i) {
        stageIcons_[i] = new QLabel(this);
        stageNames_[i] = new QLabel(this);
        stageOutcomes_[i] = new QLabel(this);
        stageNames_[i]->setObjectName(QStringLiteral("bootStageName%1").arg(i));
        stageOutcomes_[i]->setObjectName(QStringLiteral("bootStageOutcome%1").arg(i));
        stages->addWidget(stageIcons_[i], i, 0);
        stages->addWidget(stageNames_[i], i, 1);
        stages->addWidget(stageOutcomes_[i], i, 2);
    }
    auto* backupRow = new QHBoxLayout;
    backupRow->addWidget(backupFolder_, 1);
    backupRow->addWidget(openBackup_, 0, Qt::AlignTop);
    auto* undoRow = new QHBoxLayout;
    undoRow->addWidget(undo_);
    undoRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(stages);
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
    session().boot().repair(session().backupFolder);
    done_ = true;
    retranslate();
    emit completeChanged();
}

bool BootRepairPage::isComplete() const {
    return done_;
}

void BootRepairPage::openBackup() {
    const auto& result = session().boot().result();
    if (result && result->backup)
        Seams::openUrl(QUrl::fromLocalFile(toQString(result->backup->folder.string())));
}

void BootRepairPage::undo() {
    if (!Seams::confirm(
            this, tr("Undo these changes"),
            tr("Put every file heapfix changed back as it was before the repair, from the backup?")))
        return;
    session().boot().revert();
    retranslate();
}

Outcome BootRepairPage::outcomeOf(Stage stage) const {
    const BootSession& boot = const_cast<BootRepairPage*>(this)->session().boot();
    const auto& result = boot.result();
    if (!done_ || !result)
        return Outcome::Waiting;
    const BootRepairRequest& request = boot.request;
    const bool failed = result->failure.has_value();
    const bool writing = failed && result->backup &&
                         (result->failedAt == BootStage::Write || result->failedAt == BootStage::Verify);
    switch (stage) {
    case Stage::Backup:
        return result->backup                                    ? Outcome::Done
               : failed && result->failedAt == BootStage::Backup ? Outcome::Failed
                                                                 : Outcome::NotRun;
    case Stage::WriteBcd:
        if (!request.touchesBcd())
            return Outcome::NotNeeded;
        return wrote(*result, "bcd") ? Outcome::Done : writing ? Outcome::Failed : Outcome::NotRun;
    case Stage::WriteSystem:
        if (!request.touchesSystem())
            return Outcome::NotNeeded;
        if (wrote(*result, "system"))
            return Outcome::Done;
        return writing && (!request.touchesBcd() || wrote(*result, "bcd")) ? Outcome::Failed
                                                                           : Outcome::NotRun;
    case Stage::Verify:
        if (!failed)
            return Outcome::Done;
        return result->failedAt == BootStage::Verify ? Outcome::Failed : Outcome::NotRun;
    }
    return Outcome::NotRun;
}

void BootRepairPage::retranslate() {
    setTitle(tr("Repairing the installation"));
    setSubTitle(tr("First the backup, then each file is written and read back."));
    openBackup_->setText(tr("&Open the backup folder"));
    openBackup_->setAccessibleName(tr("Open the backup folder"));
    undo_->setText(tr("&Undo these changes"));
    undo_->setAccessibleName(tr("Undo these changes"));
    const int size = fontMetrics().height();
    for (int i = 0; i < kStages; ++i) {
        const auto stage = static_cast<Stage>(i);
        const Outcome outcome = outcomeOf(stage);
        stageNames_[i]->setText(BootText::stage(stage));
        stageOutcomes_[i]->setText(BootText::outcome(outcome));
        stageIcons_[i]->setPixmap(statusIcon(kindOf(outcome)).pixmap(QSize(size, size), devicePixelRatioF()));
        stageNames_[i]->setAccessibleName(
            tr("%1: %2").arg(stageNames_[i]->text(), stageOutcomes_[i]->text()));
    }
    const BootSession& boot = session().boot();
    const auto& result = boot.result();
    const bool finished = done_ && result;
    const bool backedUp = finished && result->backup;
    const bool reverted = boot.reverted().has_value();
    if (!finished)
        result_->show(StatusKind::Busy, tr("Repairing…"));
    else if (result->failure)
        result_->show(StatusKind::Error, BootText::repairFailure(*result));
    else
        result_->show(StatusKind::Ok, tr("Done: the repairs are written, read back and checked."));
    backupFolder_->setText(
        backedUp ? tr("Backup of the original files: %1").arg(BootText::path(result->backup->folder))
                 : QString());
    backupFolder_->setVisible(backedUp);
    openBackup_->setVisible(backedUp);

    QStringList steps;
    if (finished && !result->failure && !reverted) {
        const auto& check = boot.checked();
        if (boot.practice())
            steps << tr("This was the practice installation: nothing on this computer has changed.");
        if (check && boot.request.resetPageFile && !check->pageFiles.misplaced.empty())
            steps
                << tr("Delete the old page file %1 on that disk: Windows no longer uses it (heapfix does not "
                      "delete it).")
                       .arg(BootText::list(check->pageFiles.misplaced));
        if (check && check->freeSpaceBytes && (boot.request.enableCrashDump || check->lowSpace))
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
                .arg(boot.reverted()->restored.size()));
    else if (const auto& error = boot.revertError())
        undoStatus_->show(StatusKind::Error, BootText::revertError(*error));
    else
        undoStatus_->show(StatusKind::Info, QString());

    QStringList details;
    if (finished) {
        if (result->failure)
            details << toQString(result->failure->message());
        if (result->backup)
            for (const BootBackupFile& file : result->backup->files)
                details << tr("%1 → %2 (SHA-256 %3)")
                               .arg(BootText::path(file.original), toQString(file.copy),
                                    toQString(file.sha256));
    }
    if (const auto& done = boot.reverted())
        for (const auto& file : done->keptAside)
            details << tr("Kept aside: %1").arg(BootText::path(file));
    if (const auto& error = boot.revertError())
        details << toQString(error->message());
    details_->setDetails(details.join('\n'));
    details_->setVisible(!details.isEmpty());
    details_->retranslate();
}

} // namespace heapfix
