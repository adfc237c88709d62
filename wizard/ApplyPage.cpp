#include "ApplyPage.h"

#include "ModelText.h"
#include "Paths.h"
#include "Seams.h"
#include "TargetText.h"
#include "widgets/SavedPath.h"
#include "widgets/StepProgress.h"

#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

namespace heapfix {
namespace {

bool canRestartThisComputer(const TargetInfo& info) {
#ifdef Q_OS_WIN
    return info.kind == TargetKind::Live;
#else
    (void)info;
    return false;
#endif
}

constexpr FixStep kSteps[] = {FixStep::Inspect, FixStep::Backup, FixStep::Write, FixStep::Verify,
                              FixStep::Rollback};

} // namespace

ApplyPage::ApplyPage(WizardSession& session, QWidget* parent)
    : ChangePage(session, parent) {}

void ApplyPage::build() {
    progress_ = new StepProgress(QStringLiteral("step"), this);
    result_ = new StatusLine(QStringLiteral("applyResult"), this);
    restart_ = paragraph(this, "restartNote");
    backup_ = new SavedPath(QStringLiteral("rollbackBackup"), this);
    restartNow_ = button(this, QStringLiteral("restartNow"), &ApplyPage::restartNow);
    damaged_ = new StatusLine(QStringLiteral("damagedHive"), this);
    anyway_ = button(this, QStringLiteral("writeDamagedAnyway"), &ApplyPage::changeDamagedHive);
    details(); // at the bottom of the page
    QVBoxLayout* layout = contentLayout();
    layout->addWidget(progress_);
    layout->addSpacing(12);
    layout->addWidget(result_);
    layout->addWidget(restart_);
    layout->addWidget(backup_);
    layout->addWidget(restartNow_, 0, Qt::AlignLeft);
    layout->addWidget(damaged_);
    layout->addWidget(anyway_, 0, Qt::AlignLeft);
}

// The hive is damaged away from this setting, and the user chose to change it all the same: the same
// transaction, which then still refuses to put a hive in place in which anything else changed.
void ApplyPage::changeDamagedHive() {
    session().target().registry().allowDamagedHive(true);
    forgetSteps();
    change();
    retranslate();
}

void ApplyPage::change() {
    if (HeapPass* pass = session().heap())
        pass->run(session().backupFolder(), showSteps());
}

void ApplyPage::restartNow() {
    if (Seams::confirm(this, tr("Restart now"), tr("Save your work in other programs first. Restart now?")))
        QProcess::startDetached(QStringLiteral("shutdown"),
                                {QStringLiteral("/r"), QStringLiteral("/t"), "0"});
}

void ApplyPage::retranslate() {
    const HeapPass* pass = session().heap();
    const bool restoring = pass && pass->restoring();
    setTitle(restoring ? tr("Restoring the backup") : tr("Changing the setting"));
    setSubTitle(tr("Each step is checked before the next one starts."));
    setButtonText(QWizard::CommitButton, tr("&Continue"));
    QList<StepProgress::Row> rows;
    for (FixStep step : kSteps) {
        StepProgress::Row row;
        row.name = ModelText::step(step, restoring);
        for (const StepReport& report : reported())
            if (report.step == step) {
                row.kind = ModelText::statusOf(report.outcome);
                row.outcome = ModelText::outcome(report.outcome);
            }
        // Putting the old value back is shown only when it was needed.
        row.visible = step != FixStep::Rollback || row.kind != StatusKind::Busy;
        rows << row;
    }
    progress_->setRows(rows);
    const FixResult* result = isDone() && pass && pass->result() ? &*pass->result() : nullptr;
    const bool changed = result && result->outcome == FixOutcome::Changed;
    if (!result)
        result_->show(StatusKind::Busy, restoring ? tr("Restoring…") : tr("Changing the setting…"));
    else
        result_->show(result->succeeded() ? StatusKind::Ok : StatusKind::Error,
                      restoring && changed ? tr("Done: the backup's value is back in place and checked.")
                                           : ModelText::fixOutcome(result->outcome));
    QString restart;
    if (changed)
        restart = TargetText::whenItCounts(session().targetInfo());
    restart_->setText(restart);
    const bool rollbackFailed = result && result->outcome == FixOutcome::RollbackFailed && result->backup;
    backup_->setPath(rollbackFailed ? tr("Backup file: %1").arg(nativePath(result->backup->regFile))
                                    : QString(),
                     rollbackFailed ? result->backup->regFile : std::filesystem::path());
    restart_->setVisible(!restart.isEmpty());
    restartNow_->setText(tr("&Restart now"));
    restartNow_->setAccessibleName(tr("Restart now"));
    restartNow_->setVisible(changed && canRestartThisComputer(session().targetInfo()));
    const bool damaged = result && result->outcome == FixOutcome::InspectFailed &&
                         result->step(FixStep::Inspect).error &&
                         result->step(FixStep::Inspect).error->cause == ErrorCause::DamagedElsewhere;
    damaged_->setVisible(damaged);
    anyway_->setVisible(damaged);
    if (damaged)
        damaged_->show(
            StatusKind::Warning,
            tr("This installation's registry hive is damaged elsewhere: some keys cannot be read (see "
               "the details). heapfix can still change this one setting; it then checks that nothing "
               "else in the hive changed, and otherwise leaves the hive as it is. If you can, copy the "
               "disk first."));
    anyway_->setText(tr("Change it &anyway"));
    details()->setDetails(result ? ModelText::steps(*result, restoring) + '\n' +
                                       ModelText::receipt(*result).join('\n') + '\n' +
                                       tr("Before: %1").arg(pass->sharedSectionBefore()) + '\n' +
                                       tr("After: %1").arg(pass->sharedSectionAfter())
                                 : QString());
}

} // namespace heapfix
