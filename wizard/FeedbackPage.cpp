#include "FeedbackPage.h"

#include "DiagnosticReport.h"
#include "EvidenceText.h"
#include "HeapfixWizard.h"
#include "ModelText.h"
#include "Paths.h"
#include "Seams.h"
#include "widgets/SavedPath.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace heapfix {

FeedbackPage::FeedbackPage(WizardSession& session, QWidget* parent)
    : PageBase(session, PageBuild::Lazy, parent) {}

void FeedbackPage::build() {
    question_ = paragraph(this, "feedbackQuestion");
    evidence_ = new StatusLine(QStringLiteral("feedbackEvidence"), this);
    heapSize_ = new StatusLine(QStringLiteral("feedbackHeapSize"), this);
    later_ = new QCheckBox(this);
    later_->setObjectName("askLater");
    laterOffline_ = paragraph(this, "feedbackLater");
    connect(later_, &QCheckBox::toggled, this, [this] {
        retranslate();
        emit completeChanged();
    });
    yes_ = new QRadioButton(this);
    no_ = new QRadioButton(this);
    answer_ = paragraph(this, "feedbackAnswer");
    save_ = button(this, QStringLiteral("saveReport"), &FeedbackPage::saveReport);
    restore_ = button(this, QStringLiteral("restoreNow"), &FeedbackPage::restoreNow);
    status_ = new StatusLine(QStringLiteral("reportStatus"), this);
    report_ = new SavedPath(QStringLiteral("report"), this);
    yes_->setObjectName("feedbackYes");
    no_->setObjectName("feedbackNo");
    restore_->setIcon(QIcon(":/icons/undo.svg"));
    save_->setIcon(QIcon(":/icons/report.svg"));
    QFont big = question_->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    question_->setFont(big);
    for (QRadioButton* button : {yes_, no_})
        connect(button, &QRadioButton::toggled, this, [this] {
            retranslate();
            emit completeChanged();
        });
    QVBoxLayout* layout = contentLayout();
    layout->addWidget(question_);
    layout->addWidget(evidence_);
    layout->addWidget(heapSize_);
    layout->addWidget(later_);
    layout->addWidget(laterOffline_);
    layout->addWidget(yes_);
    layout->addWidget(no_);
    layout->addSpacing(8);
    layout->addWidget(answer_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save_);
    buttons->addWidget(restore_);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(status_);
    layout->addWidget(report_);
}

void FeedbackPage::initializePage() {
    ensureBuilt();
    savedReport_.clear();
    logError_.reset();
    reportError_.reset();
    laterError_.clear();
    logErrorShown_ = false;
    for (QRadioButton* button : {yes_, no_}) { // a new run asks again
        button->setAutoExclusive(false);
        button->setChecked(false);
        button->setAutoExclusive(true);
    }
    later_->setChecked(true); // the default: asked when the new numbers count
    retranslate();
}

bool FeedbackPage::askLater() const {
    const HeapPass* pass = session().heap();
    return isBuilt() && later_->isChecked() && pass && pass->changed() && !pass->earlier() &&
           session().mode() == WizardMode::FixForMe && session().targetInfo().kind == TargetKind::Live;
}

bool FeedbackPage::isComplete() const {
    return isBuilt() && (askLater() || yes_->isChecked() || no_->isChecked());
}

bool FeedbackPage::validatePage() {
    if (!isBuilt())
        return false; // not answered: the page has not even been shown
    if (logErrorShown_)
        return true; // said once; finishing must still be possible
    if (askLater()) {
        const BackupRecord* backup = session().heap()->verifiedBackup();
        const QString failed = backup ? Seams::registerFeedback(backup->recordFile)
                                      : tr("there is no backup of the change to ask about");
        if (failed.isEmpty())
            return true;
        laterError_ = failed;
        retranslate();
        return false;
    }
    auto logged = session().recordFeedback(yes_->isChecked());
    if (logged)
        return true;
    logError_ = logged.error();
    logErrorShown_ = true;
    retranslate();
    return false;
}

// The answer is logged first; then the wizard starts over on the restore path, where the backup just made
// is the newest in the list.
void FeedbackPage::restoreNow() {
    if (!validatePage())
        return;
    if (HeapfixWizard* owner = heapfixWizard()) {
        owner->startOver(WizardMode::Restore);
        session().setUndoingAnswered(true); // not asked again about the undo
    }
}

// Where a helpdesk will be told to look: the Desktop (see reportFolder()), under a name with the time.
void FeedbackPage::saveReport() {
    const std::filesystem::path folder = reportFolder(session().data());
    QDir().mkpath(nativePath(folder));
    const QString suggested = nativePath(folder / "heapfix-report-") +
                              QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss") + ".txt";
    const QString file =
        Seams::saveFileName(this, tr("Save the diagnostic report"), suggested, tr("Text files (*.txt)"));
    if (file.isEmpty())
        return;
    reportError_.reset();
    savedReport_.clear();
    QSaveFile out(file);
    const QByteArray text = diagnosticReport(session()).toUtf8();
    if (out.open(QIODevice::WriteOnly) && out.write(text) == text.size() && out.commit())
        savedReport_ = pathFromUser(file);
    else
        reportError_ = makeError(ErrorCode::Io, file.toStdString(), out.errorString().toStdString());
    retranslate();
}

// The new numbers count once that Windows starts again: this computer, the disk's own computer, or never.
QString FeedbackPage::firstNextStep() const {
    switch (session().targetInfo().kind) {
    case TargetKind::Live:
        return tr("Restart the computer, if you have not done so yet: the new numbers only count after a "
                  "restart.");
    case TargetKind::Offline:
        return tr(
            "Put the disk back in its own computer and start that Windows, if you have not done so yet: "
            "it uses the new numbers from its next start.");
    case TargetKind::Sample:
        break;
    }
    return tr("This was practice: on a real computer, restart it first: the new numbers only count after a "
              "restart.");
}

void FeedbackPage::retranslate() {
    setTitle(tr("Is the problem solved?"));
    setSubTitle(tr("Your answer stays on this computer, in heapfix's feedback log. Nothing is sent."));
    question_->setText(tr("Is the problem solved?"));
    yes_->setText(tr("&Yes, the problem is solved"));
    no_->setText(tr("&No, the problem is still there"));
    yes_->setAccessibleName(yes_->text().remove('&'));
    no_->setAccessibleName(no_->text().remove('&'));
    if (yes_->isChecked())
        answer_->setText(tr("Thank you! Click Finish to close heapfix."));
    else if (no_->isChecked())
        answer_->setText(tr("What you can do next:") + "\n• " + firstNextStep() + "\n• " +
                         tr("Put the old setting back: start heapfix again and choose \"Restore an earlier "
                            "backup\".") +
                         "\n• " + tr("Add memory to the computer, or run fewer programs at the same time.") +
                         "\n• " + tr("Contact your helpdesk and give them the diagnostic report."));
    else
        answer_->clear();
    save_->setText(tr("&Save a diagnostic report…"));
    save_->setAccessibleName(tr("Save a diagnostic report"));
    save_->setVisible(no_->isChecked());
    restore_->setText(tr("&Put the old setting back now"));
    restore_->setAccessibleName(tr("Put the old setting back now"));
    const HeapPass* pass = session().heap();
    const bool justChanged =
        pass && pass->changed() && !pass->earlier() && session().mode() == WizardMode::FixForMe;
    const TargetInfo info = session().targetInfo();
    later_->setText(tr("&Ask me after the restart"));
    later_->setAccessibleName(later_->text().remove('&'));
    later_->setVisible(justChanged && info.kind == TargetKind::Live);
    laterOffline_->setVisible(justChanged && info.kind == TargetKind::Offline);
    laterOffline_->setText(
        tr("Whether the change helped shows once that Windows has run with it. Start that Windows and use it "
           "as before; then, with its disk here again, run:\nheapfix --windows-dir \"%1\" "
           "--feedback\nheapfix then "
           "shows what Windows logged since the change and asks again.")
            .arg(QString::fromStdString(info.path)));
    for (QWidget* asked :
         {static_cast<QWidget*>(question_), static_cast<QWidget*>(yes_), static_cast<QWidget*>(no_)})
        asked->setVisible(!askLater());
    if (askLater())
        answer_->setText(tr("heapfix will start after the restart and ask whether the problem is solved, "
                            "with what Windows logged since the change. Click Finish, then restart the "
                            "computer."));
    answer_->setVisible(isComplete());
    const std::optional<ChangeComparison> around = pass ? pass->aroundChange() : std::nullopt;
    if (around)
        evidence_->show(around->after.total() == 0 && pass->evidence().log.readable ? StatusKind::Ok
                                                                                    : StatusKind::Warning,
                        EvidenceText::sinceChange(pass->evidence(), *around, session().targetInfo().kind));
    else
        evidence_->show(StatusKind::Info, QString());
    // Measured once the change can count: asked about on a later start (after the restart).
    bool smaller = false;
    const QString heap = pass && pass->earlier()
                             ? EvidenceText::heapSizeNow(pass->inspected(), info.kind, &smaller)
                             : QString();
    heapSize_->show(smaller ? StatusKind::Warning : StatusKind::Info, heap);
    restore_->setVisible(no_->isChecked() && session().mode() == WizardMode::FixForMe && pass &&
                         pass->changed());
    if (!laterError_.isEmpty())
        status_->show(StatusKind::Error,
                      tr("heapfix could not arrange to ask after the restart: %1").arg(laterError_));
    else if (logError_)
        status_->show(StatusKind::Error, tr("Your answer could not be written to the feedback log: %1 Click "
                                            "Finish again to close heapfix anyway.")
                                             .arg(ModelText::error(*logError_)));
    else if (reportError_)
        status_->show(StatusKind::Error,
                      tr("The report could not be saved: %1").arg(ModelText::error(*reportError_)));
    else
        status_->show(StatusKind::Info, QString());
    report_->setPath(savedReport_.empty() ? QString()
                                          : tr("The report is saved: %1").arg(nativePath(savedReport_)),
                     savedReport_);
}

} // namespace heapfix
