#include "WelcomePage.h"

#include "HeapfixWizard.h"
#include "ModelText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QRadioButton>
#include <QVBoxLayout>

namespace heapfix {
namespace {

QRadioButton* radio(QWidget* parent, const char* name) {
    auto* button = new QRadioButton(parent);
    button->setObjectName(name);
    return button;
}

} // namespace

WelcomePage::WelcomePage(WizardSession& session, QWidget* parent)
    : PageBase(session, parent)
    , intro_(paragraph(this, "introText"))
    , sampleNote_(new StatusLine(this))
    , portableNote_(new StatusLine(this))
    , choices_(new QGroupBox(this))
    , fixForMe_(radio(choices_, "choiceFixForMe"))
    , doItMyself_(radio(choices_, "choiceDoItMyself"))
    , restore_(radio(choices_, "choiceRestore"))
    , showOnly_(radio(choices_, "choiceShowOnly"))
    , symptoms_(new QGroupBox(this))
    , programs_(radio(symptoms_, "symptomPrograms"))
    , services_(radio(symptoms_, "symptomServices"))
    , languageLabel_(new QLabel(this))
    , language_(new QComboBox(this)) {
    sampleNote_->setObjectName("sampleNote");
    portableNote_->setObjectName("portableNote");
    bootRepair_ = radio(choices_, "choiceBootRepair");
    auto* choiceLayout = new QVBoxLayout(choices_);
    for (QRadioButton* button : {fixForMe_, doItMyself_, restore_, showOnly_, bootRepair_})
        if (button)
            choiceLayout->addWidget(button);
    fixForMe_->setChecked(true);
    auto* symptomLayout = new QVBoxLayout(symptoms_);
    symptomLayout->addWidget(programs_);
    symptomLayout->addWidget(services_);
    programs_->setChecked(true);
    // The symptom belongs to the desktop-heap problem: not asked for a restore, hidden for the boot repair.
    for (QRadioButton* button : {restore_, bootRepair_})
        if (button)
            connect(button, &QRadioButton::toggled, this, &WelcomePage::updateSymptoms);

    language_->setObjectName("languageBox");
    language_->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language_->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    languageLabel_->setBuddy(language_);
    connect(language_, &QComboBox::activated, this, [this](int index) {
        if (HeapfixWizard* owner = heapfixWizard())
            owner->switchLanguage(language_->itemData(index).toString());
    });
    auto* languageRow = new QHBoxLayout;
    languageRow->addStretch();
    languageRow->addWidget(languageLabel_);
    languageRow->addWidget(language_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(sampleNote_);
    layout->addWidget(portableNote_);
    layout->addWidget(intro_);
    layout->addWidget(choices_);
    layout->addWidget(symptoms_);
    layout->addStretch();
    layout->addLayout(languageRow);
    retranslate();
}

void WelcomePage::initializePage() {
    if (HeapfixWizard* owner = heapfixWizard())
        language_->setCurrentIndex(language_->findData(owner->language().current()));
    retranslate();
}

void WelcomePage::choose(WizardMode mode) {
    QRadioButton* buttons[] = {fixForMe_, doItMyself_, restore_, showOnly_,
                               bootRepair_}; // WizardMode's order
    static_assert(sizeof(buttons) / sizeof(buttons[0]) ==
                  static_cast<std::size_t>(WizardMode::BootRepair) + 1);
    if (QRadioButton* button = buttons[static_cast<int>(mode)])
        button->setChecked(true);
}

void WelcomePage::updateSymptoms() {
    symptoms_->setEnabled(!restore_->isChecked());
    symptoms_->setVisible(!bootRepair_ || !bootRepair_->isChecked());
}

WizardMode WelcomePage::chosenMode() const {
    if (bootRepair_ && bootRepair_->isChecked())
        return WizardMode::BootRepair;
    if (doItMyself_->isChecked())
        return WizardMode::DoItMyself;
    if (restore_->isChecked())
        return WizardMode::Restore;
    if (showOnly_->isChecked())
        return WizardMode::ShowOnly;
    return WizardMode::FixForMe;
}

int WelcomePage::nextId() const {
    switch (chosenMode()) {
    case WizardMode::Restore:
        return RestorePageId;
    case WizardMode::BootRepair:
        return BootLocatePageId;
    default:
        return SystemCheckPageId;
    }
}

bool WelcomePage::validatePage() {
    // The next pages say what could not be read.
    session().start(chosenMode(), services_->isChecked() ? Symptom::ServiceFails : Symptom::ManyPrograms);
    return true;
}

void WelcomePage::retranslate() {
    setTitle(tr("Fix \"Out of memory\" errors caused by the desktop heap"));
    setSubTitle(tr("Windows says it is out of memory while plenty is free? This wizard can fix that."));
    intro_->setText(tr(
        "When many programs are open, Windows may say \"Out of memory\" although the computer has enough "
        "memory, or a service may fail to start with \"Initialization of the dynamic link library user32.dll "
        "failed\". Then a small memory area of Windows, the desktop heap, is full.\n\n"
        "This wizard checks your Windows, shows your current settings and proposes larger ones. "
        "It always makes a backup first, so that you can go back at any time."));
    const bool sample = session().targetInfo().kind == TargetKind::Sample;
    sampleNote_->show(StatusKind::Info,
                      sample ? tr("Practice mode: heapfix is working on a built-in sample installation (%1), "
                                  "not on this computer. Nothing on this computer changes.")
                                   .arg(toQString(session().targetInfo().sampleName))
                             : QString());
    const DataLocation& location = session().data();
    portableNote_->show(
        StatusKind::Warning,
        location.portableRefused
            ? tr("heapfix.portable was found, but the folder beside heapfix cannot be written. "
                 "Backups and logs are kept in %1 instead.")
                  .arg(QDir::toNativeSeparators(toQString(location.root.string())))
            : QString());
    choices_->setTitle(tr("What would you like to do?"));
    fixForMe_->setText(tr("&Fix the problem for me (recommended)"));
    doItMyself_->setText(tr("Let me fix this problem &myself"));
    restore_->setText(tr("&Restore an earlier backup"));
    showOnly_->setText(tr("Only &show my settings"));
    if (bootRepair_)
        bootRepair_->setText(
            tr("&Windows does not start: stop code 0xC0000017 (repair the disk of another computer)"));
    symptoms_->setTitle(tr("What do you see?"));
    programs_->setText(tr("Many programs are open and Windows says \"&Out of memory\""));
    services_->setText(tr("A &service does not start: \"Initialization of user32.dll failed\""));
    languageLabel_->setText(tr("&Language:"));
    language_->setAccessibleName(tr("Language"));
    for (QRadioButton* button :
         {fixForMe_, doItMyself_, restore_, showOnly_, bootRepair_, programs_, services_})
        if (button)
            button->setAccessibleName(button->text().remove('&'));
    choices_->setAccessibleName(choices_->title());
    symptoms_->setAccessibleName(symptoms_->title());
}

} // namespace heapfix
