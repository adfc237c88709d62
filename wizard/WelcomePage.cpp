#include "WelcomePage.h"

#include "HeapfixWizard.h"
#include "ModelText.h"
#include "Paths.h"
#include "Seams.h"
#include "TargetText.h"
#include "widgets/TargetChooser.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QRadioButton>
#include <QVBoxLayout>

namespace heapfix {
namespace {

constexpr const char* kLinkNames[] = {"choiceFixForMe", "choiceDoItMyself", "choiceRestore", "choiceShowOnly",
                                      "choiceBootRepair"}; // WizardMode's order

} // namespace

WelcomePage::WelcomePage(WizardSession& session, QWidget* parent)
    : PageBase(session, parent)
    , intro_(paragraph(this, "introText"))
    , portableNote_(new StatusLine(QStringLiteral("portableNote"), this))
    , target_(new TargetChooser(this))
    , symptoms_(new QGroupBox(this))
    , programs_(new QRadioButton(symptoms_))
    , services_(new QRadioButton(symptoms_))
    , choicesTitle_(new QLabel(this))
    , languageLabel_(new QLabel(this))
    , language_(new QComboBox(this)) {
    programs_->setObjectName("symptomPrograms");
    services_->setObjectName("symptomServices");
    choicesTitle_->setObjectName("choicesTitle");
    auto* symptomLayout = new QVBoxLayout(symptoms_);
    symptomLayout->addWidget(programs_);
    symptomLayout->addWidget(services_);
    programs_->setChecked(true);
    QFont bold = choicesTitle_->font();
    bold.setBold(true);
    choicesTitle_->setFont(bold);

    QVBoxLayout* layout = contentLayout();
    layout->addWidget(portableNote_);
    layout->addWidget(intro_);
    layout->addWidget(target_);
    layout->addWidget(symptoms_);
    layout->addWidget(choicesTitle_);
    for (const char* name : kLinkNames) {
        auto* link = new QCommandLinkButton(this);
        link->setObjectName(name);
        link->setCheckable(true);
        link->setAutoExclusive(true);
        const auto mode = static_cast<WizardMode>(links_.size());
        // A click chooses the path and goes on, as a Windows "Fix it" does.
        connect(link, &QCommandLinkButton::clicked, this, [this, mode] {
            chosen_ = mode;
            if (QWizard* owner = wizard(); owner && isComplete())
                owner->next();
        });
        layout->addWidget(link);
        links_ << link;
    }
    links_.front()->setChecked(true); // the default: Enter (QWizard's Next) takes it

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
    layout->addStretch();
    layout->addLayout(languageRow);

    connect(target_, &TargetChooser::chosen, this, &WelcomePage::openChosenTarget);
    connect(target_, &TargetChooser::startOver, this, &WelcomePage::startPracticeOver);
    retranslate();
}

QCommandLinkButton* WelcomePage::link(WizardMode mode) const {
    return links_[static_cast<int>(mode)];
}

void WelcomePage::initializePage() {
    if (HeapfixWizard* owner = heapfixWizard())
        language_->setCurrentIndex(language_->findData(owner->language().current()));
    retranslate();
}

void WelcomePage::choose(WizardMode mode) {
    chosen_ = mode;
    link(mode)->setChecked(true);
}

void WelcomePage::openChosenTarget() {
    (void)session().openTarget(target_->spec()); // what went wrong is said by showTarget()
    retranslate();
    emit completeChanged();
}

void WelcomePage::startPracticeOver() {
    if (!Seams::confirm(this, tr("Start the practice over"),
                        tr("Make the practice installation afresh, with its original settings? What you "
                           "changed in it is gone; its backups stay in the backup folder.")))
        return;
    (void)session().startPracticeOver();
    retranslate();
    emit completeChanged();
}

bool WelcomePage::isComplete() const {
    return session().hasTarget();
}

int WelcomePage::nextId() const {
    switch (chosen_) {
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
    session().start(chosen_, services_->isChecked() ? Symptom::ServiceFails : Symptom::ManyPrograms);
    return session().hasTarget();
}

void WelcomePage::showTarget() {
    const TargetSpec spec = session().targetSpec();
    if (const auto& error = session().targetError())
        target_->showTarget(StatusKind::Error, TargetText::cannotOpen(*error), spec);
    else if (session().hasTarget())
        target_->showTarget(session().targetInfo().kind == TargetKind::Sample ? StatusKind::Info
                                                                              : StatusKind::Ok,
                            TargetText::workingOn(session().targetInfo()), spec);
    for (QCommandLinkButton* choice : links_)
        choice->setEnabled(session().hasTarget());
}

void WelcomePage::retranslate() {
    setTitle(tr("Fix \"Out of memory\" errors in Windows"));
    setSubTitle(tr("Windows says it is out of memory while there is plenty? This wizard can fix that."));
    intro_->setText(
        tr("When many programs are open, Windows may say \"Out of memory\" although there is enough "
           "memory, or a service does not start: \"%1\". Then the desktop heap, a small memory area "
           "of Windows, is full. heapfix checks your settings and proposes larger ones, always after "
           "a backup, so that you can go back at any time.")
            .arg(ModelText::user32Message()));
    const DataLocation& location = session().data();
    portableNote_->show(
        StatusKind::Warning,
        location.portableRefused
            ? tr("heapfix.portable was found, but the folder beside heapfix cannot be written. "
                 "Backups and logs are kept in %1 instead.")
                  .arg(nativePath(location.root))
            : QString());
    showTarget();
    symptoms_->setTitle(tr("What do you see?"));
    programs_->setText(tr("Many programs are open and Windows says \"&Out of memory\""));
    services_->setText(tr("A ser&vice does not start: \"%1\"").arg(ModelText::user32Message()));
    choicesTitle_->setText(tr("What would you like to do?"));
    const QString texts[][2] = {
        {tr("&Fix the problem for me"),
         tr("Recommended. heapfix makes a backup, changes the setting and checks it.")},
        {tr("Let me fix this problem &myself"),
         tr("The steps in Registry Editor, with the new value to copy.")},
        {tr("&Restore an earlier backup"), tr("Put back a setting heapfix saved before.")},
        {tr("Only show my &settings"), tr("Nothing is changed.")},
        {tr("Windows does not start: stop code 0xC0000017"),
         tr("Repair the disk of a Windows that does not start, attached to this computer.")}};
    for (int i = 0; i < links_.size(); ++i) {
        links_[i]->setText(texts[i][0]);
        links_[i]->setDescription(texts[i][1]);
        links_[i]->setAccessibleName(QString(texts[i][0]).remove('&'));
        links_[i]->setAccessibleDescription(texts[i][1]);
    }
    languageLabel_->setText(tr("&Language:"));
    language_->setAccessibleName(tr("Language"));
    for (QRadioButton* button : {programs_, services_})
        button->setAccessibleName(button->text().remove('&'));
    symptoms_->setAccessibleName(symptoms_->title());
}

} // namespace heapfix
