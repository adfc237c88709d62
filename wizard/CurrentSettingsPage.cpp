#include "CurrentSettingsPage.h"

#include "EvidenceText.h"
#include "ModelText.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace heapfix {

CurrentSettingsPage::CurrentSettingsPage(WizardSession& session, QWidget* parent)
    : PageBase(session, PageBuild::Lazy, parent) {}

void CurrentSettingsPage::build() {
    intro(); // at the top of the page
    status_ = new StatusLine(QStringLiteral("settingsStatus"), this);
    evidence_ = new StatusLine(QStringLiteral("settingsEvidence"), this);
    details(); // at the bottom of the page
    auto* panel = new QFrame(this);
    panel->setFrameShape(QFrame::StyledPanel);
    auto* grid = new QGridLayout(panel);
    grid->setColumnStretch(2, 1);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    for (int i = 0; i < 3; ++i) {
        names_[i] = new QLabel(this);
        values_[i] = new QLabel(this);
        explanations_[i] = paragraph(this, QStringLiteral("explanation%1").arg(i));
        values_[i]->setObjectName(QStringLiteral("currentValue%1").arg(i));
        QFont bold = values_[i]->font();
        bold.setBold(true);
        names_[i]->setFont(bold);
        values_[i]->setFont(bold);
        grid->addWidget(names_[i], i, 0, Qt::AlignTop);
        grid->addWidget(values_[i], i, 1, Qt::AlignTop | Qt::AlignRight);
        grid->addWidget(explanations_[i], i, 2, Qt::AlignTop);
    }
    symptomNote_ = new StatusLine(QStringLiteral("settingsSymptom"), this);
    useLogsSymptom_ = button(this, QStringLiteral("useLogsSymptom"), &CurrentSettingsPage::useLogsSymptom);
    QVBoxLayout* layout = contentLayout();
    layout->addSpacing(8);
    layout->addWidget(panel);
    layout->addWidget(status_);
    layout->addWidget(evidence_);
    layout->addWidget(symptomNote_);
    auto* switchRow = new QHBoxLayout;
    switchRow->addWidget(useLogsSymptom_);
    switchRow->addStretch();
    layout->addLayout(switchRow);
}

// The evidence proposes the symptom (issue 13); the user's choice stands until he takes the proposal.
std::optional<Symptom> CurrentSettingsPage::logsOtherSymptom() const {
    const HeapPass* pass = session().heap();
    if (!pass || session().mode() == WizardMode::ShowOnly || pass->earlier())
        return std::nullopt;
    const Diagnosis& diagnosis = pass->diagnosis();
    if (!diagnosis.symptom || *diagnosis.symptom == pass->symptom() || diagnosis.desktopsRanOut)
        return std::nullopt; // nothing to propose, or the Proposal page says why raising is wrong
    return diagnosis.symptom;
}

// A new walk with the log's symptom: nothing has been backed up or written yet on this page.
void CurrentSettingsPage::useLogsSymptom() {
    if (const std::optional<Symptom> symptom = logsOtherSymptom()) {
        session().start(session().mode(), *symptom);
        retranslate();
        emit completeChanged();
    }
}

bool CurrentSettingsPage::isComplete() const {
    const HeapPass* pass = session().heap();
    return session().mode() == WizardMode::ShowOnly || (pass && pass->recommendation());
}

int CurrentSettingsPage::nextId() const {
    switch (session().mode()) {
    case WizardMode::ShowOnly:
        return -1;
    case WizardMode::DoItMyself:
        return ManualStepsPageId;
    default:
        return ProposalPageId;
    }
}

void CurrentSettingsPage::retranslate() {
    setTitle(tr("Your current settings"));
    setSubTitle(tr("Windows sizes its desktop heaps with three numbers, in kilobytes (KB)."));
    intro()->setText(tr("A desktop heap is a small memory area in which Windows keeps the windows, menus and "
                        "icons of the programs on a desktop. These are your numbers now:"));
    const QString explanations[3] = {
        tr("For Windows itself, shared by all desktops. Practically never needs changing."),
        tr("For each desktop where you work with programs. When it is full, programs say \"Out of memory\"."),
        tr("For each desktop of the services that run in the background. When it is not set, Windows uses "
           "the "
           "number for programs.")};
    const HeapPass* pass = session().heap();
    const Inspection* inspection = pass ? pass->inspected() : nullptr;
    const SharedSectionValues* values =
        inspection && inspection->sharedSection ? &inspection->sharedSection->values() : nullptr;
    for (int i = 0; i < 3; ++i) {
        names_[i]->setText(ModelText::numberName(i));
        explanations_[i]->setText(explanations[i]);
        std::optional<std::uint32_t> number;
        if (values)
            number = i == 0   ? values->system
                     : i == 1 ? std::optional(values->interactive)
                              : values->nonInteractive;
        values_[i]->setText(values ? ModelText::kilobytes(number) : QStringLiteral("—"));
        values_[i]->setAccessibleName(tr("%1: %2").arg(names_[i]->text(), values_[i]->text()));
    }
    const Recommendation* advice = pass ? pass->recommendation() : nullptr;
    if (inspection && inspection->parseError)
        status_->show(StatusKind::Error,
                      tr("The setting cannot be understood, so heapfix will not change it. %1")
                          .arg(ModelText::parseError(*inspection->parseError)));
    else if (!inspection)
        status_->show(StatusKind::Error, tr("The setting could not be read."));
    else if (session().mode() != WizardMode::ShowOnly || !advice)
        status_->show(StatusKind::Info, QString());
    else if (advice->changeNeeded())
        // "Only show my settings" also says what heapfix would do.
        status_->show(StatusKind::Warning,
                      tr("heapfix advises larger numbers for this Windows: %1 instead of %2. To change them, "
                         "start heapfix again and choose \"Fix the problem for me\".")
                          .arg(toQString(formatSharedSection(advice->recommended)),
                               toQString(formatSharedSection(advice->current))));
    else
        status_->show(StatusKind::Ok, tr("Your numbers are large enough: heapfix advises no change.") + "\n" +
                                          ModelText::otherCauses());
    if (pass)
        evidence_->show(
            EvidenceText::warns(pass->evidence(), session().targetInfo().kind) ? StatusKind::Warning
                                                                               : StatusKind::Info,
            EvidenceText::sentence(pass->evidence(), pass->diagnosis(), session().targetInfo().kind));
    else
        evidence_->show(StatusKind::Info, QString());
    const std::optional<Symptom> other = logsOtherSymptom();
    if (other == Symptom::ServiceFails)
        symptomNote_->show(
            StatusKind::Warning,
            tr("The log points at services: %1 of the failures were on the desktops of services, "
               "while you chose programs that say \"Out of memory\". heapfix proposes numbers "
               "for what you chose, unless you take the log's choice.")
                .arg(pass->diagnosis().failuresInSymptom));
    else if (other == Symptom::ManyPrograms)
        symptomNote_->show(StatusKind::Warning,
                           tr("The log points at programs: %1 of the failures were on the desktops where you "
                              "work with programs, while you chose a service that does not start. heapfix "
                              "proposes numbers for what you chose, unless you take the log's choice.")
                               .arg(pass->diagnosis().failuresInSymptom));
    else
        symptomNote_->show(StatusKind::Info, QString());
    useLogsSymptom_->setVisible(other.has_value());
    useLogsSymptom_->setText(other == Symptom::ServiceFails ? tr("Propose numbers for &services")
                                                            : tr("Propose numbers for &programs"));
    useLogsSymptom_->setAccessibleName(useLogsSymptom_->text().remove('&'));
    if (inspection) {
        details()->setDetails(
            tr("Key: %1\nValue: %2 (%3)\nData: %4")
                .arg(toQString(inspection->key), toQString(std::string(kWindowsValueName)),
                     toQString(std::string(valueTypeName(inspection->value.type))),
                     toQString(std::u16string_view(inspection->text)).remove(QChar(0))) +
            "\n" +
            tr("The three numbers of SharedSection, in KB: the shared heap, the heap of each "
               "desktop of the interactive window station (WinSta0), and the heap of each "
               "desktop of a non-interactive window station (services).") +
            "\n" + EvidenceText::details(pass->evidence()));
    }
}

} // namespace heapfix
