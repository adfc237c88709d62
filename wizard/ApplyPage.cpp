#include "ApplyPage.h"

#include "ModelText.h"

#include <QDir>
#include <QGridLayout>
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

} // namespace

ApplyPage::ApplyPage(WizardSession& session, QWidget* parent)
    : PageBase(session, PageBuild::Lazy, parent) {
    setCommitPage(true);
}

void ApplyPage::build() {
    result_ = new StatusLine(this);
    restart_ = paragraph(this, "restartNote");
    restartNow_ = new QPushButton(this);
    details_ = new DetailsSection(this);
    result_->setObjectName("applyResult");
    restartNow_->setObjectName("restartNow");
    restartNow_->setAutoDefault(false);
    connect(restartNow_, &QPushButton::clicked, this, &ApplyPage::restartNow);
    auto* steps = new QGridLayout;
    steps->setColumnStretch(3, 1); // outcomes right beside the step names
    steps->setHorizontalSpacing(12);
    for (int i = 0; i < kSteps; ++i) {
        stepIcons_[i] = new QLabel(this);
        stepNames_[i] = new QLabel(this);
        stepOutcomes_[i] = new QLabel(this);
        stepNames_[i]->setObjectName(QStringLiteral("stepName%1").arg(i));
        stepOutcomes_[i]->setObjectName(QStringLiteral("stepOutcome%1").arg(i));
        steps->addWidget(stepIcons_[i], i, 0);
        steps->addWidget(stepNames_[i], i, 1);
        steps->addWidget(stepOutcomes_[i], i, 2);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(steps);
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
    for (int i = 0; i < kSteps; ++i) {
        outcomes_[i] = StepOutcome::NotRun;
        ran_[i] = false;
    }
    retranslate();
    // Show the page first, then run: each step appears as it finishes.
    QTimer::singleShot(0, this, &ApplyPage::run);
}

void ApplyPage::run() {
    session().run([this](const StepReport& report) { showStep(report); });
    done_ = true;
    retranslate();
    emit completeChanged();
}

void ApplyPage::showStep(const StepReport& report) {
    const int index = static_cast<int>(report.step);
    if (index < 0 || index >= kSteps)
        return;
    outcomes_[index] = report.outcome;
    ran_[index] = true;
    retranslate();
    repaint();
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
    const bool restoring = session().mode == WizardMode::Restore;
    setTitle(restoring ? tr("Restoring the backup") : tr("Changing the setting"));
    setSubTitle(tr("Each step is checked before the next one starts."));
    setButtonText(QWizard::CommitButton, tr("&Continue"));
    const auto& result = session().result();
    for (int i = 0; i < kSteps; ++i) {
        const auto step = static_cast<FixStep>(i);
        stepNames_[i]->setText(ModelText::step(step));
        const bool rollback = step == FixStep::Rollback;
        const bool visible = !rollback || (ran_[i] && outcomes_[i] != StepOutcome::NotRun);
        const int size = fontMetrics().height();
        StatusKind kind = StatusKind::Busy;
        QString outcome = tr("waiting");
        if (ran_[i]) {
            outcome = ModelText::outcome(outcomes_[i]);
            kind = outcomes_[i] == StepOutcome::Done     ? StatusKind::Ok
                   : outcomes_[i] == StepOutcome::Failed ? StatusKind::Error
                                                         : StatusKind::Info;
        }
        stepIcons_[i]->setPixmap(statusIcon(kind).pixmap(QSize(size, size), devicePixelRatioF()));
        stepOutcomes_[i]->setText(outcome);
        stepNames_[i]->setAccessibleName(tr("%1: %2").arg(stepNames_[i]->text(), outcome));
        for (QLabel* label : {stepIcons_[i], stepNames_[i], stepOutcomes_[i]})
            label->setVisible(visible);
    }
    const bool finished = done_ && result;
    const bool changed = finished && result->outcome == FixOutcome::Changed;
    const bool sample = session().targetInfo().kind == TargetKind::Sample;
    if (!finished)
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
    if (finished && result->outcome == FixOutcome::RollbackFailed && result->backup)
        restart =
            tr("Backup file: %1").arg(QDir::toNativeSeparators(toQString(result->backup->regFile.string())));
    restart_->setText(restart);
    restart_->setVisible(!restart.isEmpty());
    restartNow_->setText(tr("&Restart now"));
    restartNow_->setAccessibleName(tr("Restart now"));
    restartNow_->setVisible(changed && canRestartThisComputer(session().targetInfo()));
    QStringList details;
    if (finished) {
        for (const StepReport& report : result->steps) {
            details << QStringLiteral("%1: %2%3")
                           .arg(toQString(std::string(fixStepName(report.step))),
                                toQString(std::string(stepOutcomeName(report.outcome))),
                                report.error ? " — " + toQString(report.error->message()) : QString());
        }
        details << tr("Before: %1").arg(session().sharedSectionBefore())
                << tr("After: %1").arg(session().sharedSectionAfter());
    }
    details_->setDetails(details.join('\n'));
    details_->setVisible(finished);
    details_->retranslate();
}

} // namespace heapfix
