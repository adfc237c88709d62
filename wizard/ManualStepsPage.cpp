#include "ManualStepsPage.h"

#include "ModelText.h"

#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace heapfix {
namespace {

// The key as Registry Editor shows it: offline, the hive is loaded under HKEY_LOCAL_MACHINE\BROKENSYSTEM, as
// Microsoft's own article does.
QString editorKey(const TargetInfo& info) {
    if (info.kind != TargetKind::Offline)
        return toQString(std::string(kSubSystemsKey));
    const QString controlSet =
        info.controlSet.empty() ? QStringLiteral("ControlSet001") : toQString(info.controlSet);
    return QStringLiteral("HKEY_LOCAL_MACHINE\\BROKENSYSTEM\\%1\\Control\\Session Manager\\SubSystems")
        .arg(controlSet);
}

} // namespace

ManualStepsPage::ManualStepsPage(WizardSession& session, QWidget* parent)
    : PageBase(session, PageBuild::Lazy, parent) {}

void ManualStepsPage::build() {
    note_ = new StatusLine(this);
    steps_ = paragraph(this, "manualSteps");
    note_->setObjectName("manualNote");
    steps_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* grid = new QGridLayout;
    int row = 0;
    for (auto [name, label, edit, copy] : {std::tuple{"manualKey", &keyLabel_, &key_, &copyKey_},
                                           std::tuple{"manualToken", &tokenLabel_, &token_, &copyToken_},
                                           std::tuple{"manualValue", &valueLabel_, &value_, &copyValue_}}) {
        *edit = copyRow(name, *label, *copy);
        grid->addWidget(*label, row, 0);
        grid->addWidget(*edit, row, 1);
        grid->addWidget(*copy, row, 2);
        ++row;
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note_);
    layout->addWidget(steps_);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addStretch();
}

QLineEdit* ManualStepsPage::copyRow(const char* name, QLabel*& label, QPushButton*& copy) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    label = new QLabel(this);
    label->setBuddy(edit);
    copy = new QPushButton(this);
    copy->setObjectName(QString::fromLatin1(name) + "Copy");
    copy->setAutoDefault(false);
    copy->setIcon(QIcon(":/icons/copy.svg"));
    connect(copy, &QPushButton::clicked, edit,
            [edit] { QGuiApplication::clipboard()->setText(edit->text()); });
    return edit;
}

void ManualStepsPage::initializePage() {
    ensureBuilt();
    retranslate();
}

void ManualStepsPage::retranslate() {
    setTitle(tr("Fix this problem yourself"));
    setSubTitle(tr("The steps in Registry Editor for this Windows, with the exact new value to copy."));
    const TargetInfo info = session().targetInfo();
    const HeapPass* pass = session().heap();
    const Recommendation* advice = pass ? pass->recommendation() : nullptr;
    const bool change = advice && advice->changeNeeded();
    QString note;
    if (info.kind == TargetKind::Sample)
        note = tr("This is the sample installation: the steps are for practice.");
    if (advice && !change)
        note = tr("Nothing needs to change: your numbers are already large enough. If the problem is still "
                  "there, a program may be leaking, or the computer needs more memory.");
    note_->show(change ? StatusKind::Info : StatusKind::Ok, note);

    QStringList steps;
    steps << tr("Important: a mistake in the registry can stop Windows from starting. Follow these steps "
                "carefully.");
    if (info.kind == TargetKind::Offline) {
        steps
            << tr("1. On a working Windows, start Registry Editor as an administrator (press Windows+R, type "
                  "regedit, press Enter).")
            << tr("2. Select HKEY_LOCAL_MACHINE, choose File > Load Hive… and open %1. Name it BROKENSYSTEM.")
                   .arg(toQString(info.path))
            << tr("3. Go to the key below.");
    } else {
        steps << tr("1. Start Registry Editor: press Windows+R, type regedit and press Enter.")
              << tr("2. Go to the key below (you can paste it into the address bar).")
              << tr("3. Make a backup first: choose File > Export…, \"Selected branch\", and save the file.");
    }
    steps
        << tr("4. Double-click the value \"Windows\".")
        << tr("5. Replace the SharedSection part with the one below, or replace the whole text with the new "
              "value below. Change nothing else.")
        << tr("6. Click OK and close Registry Editor.");
    steps << (info.kind == TargetKind::Offline
                  ? tr("7. Select BROKENSYSTEM, choose File > Unload Hive…, then start the repaired Windows.")
                  : tr("7. Restart the computer: the new numbers only count after a restart."));
    steps_->setText(steps.join('\n'));

    key_->setText(editorKey(info));
    const SharedSectionValues values = advice ? advice->recommended : SharedSectionValues{};
    token_->setText(advice ? QStringLiteral("SharedSection=%1").arg(toQString(formatSharedSection(values)))
                           : QString());
    value_->setText(advice ? toQString(std::u16string_view(pass->valueWith(values))) : QString());
    for (QLineEdit* edit : {key_, token_, value_})
        edit->setCursorPosition(0); // the start of a long value, where a reader begins
    keyLabel_->setText(tr("&Key:"));
    tokenLabel_->setText(tr("&SharedSection:"));
    valueLabel_->setText(tr("New &value:"));
    for (QPushButton* copy : {copyKey_, copyToken_, copyValue_})
        copy->setText(tr("Copy"));
    key_->setAccessibleName(tr("Key"));
    token_->setAccessibleName(tr("SharedSection"));
    value_->setAccessibleName(tr("New value"));
    copyKey_->setAccessibleName(tr("Copy the key"));
    copyToken_->setAccessibleName(tr("Copy the SharedSection part"));
    copyValue_->setAccessibleName(tr("Copy the new value"));
}

} // namespace heapfix
