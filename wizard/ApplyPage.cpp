#include "ApplyPage.h"

#include "ModelText.h"
#include "Paths.h"
#include "widgets/StepProgress.h"

#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTimer>
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
    : PageBase(session, PageBuild::Lazy, parent) {
    setCommitPage(true);
}

void ApplyPage::build() {
    progress_ = new StepProgress(QStringLiteral("step"), this);
    result_ = new StatusLine(this);
    restart_ = paragraph(this, "restartNote");
    restartNow_ = new QPushButton(this);
    details_ = new DetailsSection(this);
    result_->setObjectName("applyResult");
    restartNow_->setObjectName("restartNow");
    restartNow_->setAutoDefault(false);
    connect(restartNow_, &QPushButton::clicked, this, &ApplyPage::restartNow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(progress_);
    layout->addSpacing(12);
    layout->addWidget(result_);
    layout->addWidget(restart_);
    layout->addWidget(restartNow_, 0, Qt::AlignLeft);
    layout->addStretch();
    layout->addWidget(details_);
}

void ApplyPage::initializePage() {
    ensureBuilt();
    done_ = false;
    reported_.clear();
    retranslate();
    // Show the page first, then run: each step appears as it finishes.
    QTimer::singleShot(0, this, &ApplyPage::run);
}

void ApplyPage::run() {
    if (HeapPass* pass = session().heap())
        pass->run(session().backupFolder(), [this](const StepReport& report) {
            reported_.push_back(report);
            retranslate();
            repaint();
        });
    done_ = true;
    retranslate();
    emit completeChanged();
}

bool ApplyPage::isComplete() const {
    return done_;
}

void ApplyPage::restartNow() {
    const auto answer = QMessageBox::question(this, tr("Restart now"),
                                              tr("Save your work in other programs first. Restart now?"));
    if (answer == QMessageBox::Yes)
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
        for (const StepReport& report : reported_)
            if (report.step == step) {
                row.kind = ModelText::statusOf(report.outcome);
                row.outcome = ModelText::outcome(report.outcome);
            }
        // Putting the old value back is shown only when it was needed.
        row.visible = step != FixStep::Rollback || row.kind != StatusKind::Busy;
        rows << row;
    }
    progress_->setRows(rows);
    const FixResult* result = done_ && pass && pass->result() ? &*pass->result() : nullptr;
    const bool changed = result && result->outcome == FixOutcome::Changed;
    const bool sample = session().targetInfo().kind == TargetKind::Sample;
    if (!result)
        result_->show(StatusKind::Busy, restoring ? tr("Restoring…") : tr("Changing the setting…"));
    else
        result_->show(result->succeeded() ? StatusKind::Ok : StatusKind::Error,
                      restoring && changed ? tr("Done: the backup's value is back in place and checked.")
                                           : ModelText::fixOutcome(result->outcome));
    QString restart;
    if (changed)
        restart = sample
                      ? tr("On a real computer, Windows uses the new numbers after a restart. This was the "
                           "sample installation: nothing on this computer has changed.")
                      : tr("Restart the computer: Windows uses the new numbers only after a restart.");
    if (result && result->outcome == FixOutcome::RollbackFailed && result->backup)
        restart = tr("Backup file: %1").arg(nativePath(result->backup->regFile));
    restart_->setText(restart);
    restart_->setVisible(!restart.isEmpty());
    restartNow_->setText(tr("&Restart now"));
    restartNow_->setAccessibleName(tr("Restart now"));
    restartNow_->setVisible(changed && canRestartThisComputer(session().targetInfo()));
    details_->setDetails(result ? ModelText::steps(*result, restoring) + '\n' +
                                      tr("Before: %1").arg(pass->sharedSectionBefore()) + '\n' +
                                      tr("After: %1").arg(pass->sharedSectionAfter())
                                : QString());
}

} // namespace heapfix
