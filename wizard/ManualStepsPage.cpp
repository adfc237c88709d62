#include "ManualStepsPage.h"

#include "ModelText.h"
#include "widgets/CopyFields.h"

#include <QVBoxLayout>

namespace heapfix {
namespace {

enum Field { Key, Token, Value };

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
    note_ = new StatusLine(QStringLiteral("manualNote"), this);
    steps_ = paragraph(this, "manualSteps");
    fields_ = new CopyFields(this);
    steps_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (const char* name : {"manualKey", "manualToken", "manualValue"})
        fields_->addRow(QString::fromLatin1(name));
    QVBoxLayout* layout = contentLayout();
    layout->addWidget(note_);
    layout->addWidget(steps_);
    layout->addSpacing(8);
    layout->addWidget(fields_);
}

// Microsoft's steps (KB126962, and seed 001 for a disk that does not start), with a backup first either way.
QStringList ManualStepsPage::steps(const TargetInfo& info) const {
    QStringList steps{tr("Important: a mistake in the registry can stop Windows from starting. Follow these "
                         "steps carefully.")};
    if (info.kind == TargetKind::Offline)
        steps
            << tr("1. On a working Windows, start Registry Editor as an administrator (press Windows+R, type "
                  "regedit, press Enter).")
            << tr("2. Select HKEY_LOCAL_MACHINE, choose File > Load Hive… and open %1. Name it BROKENSYSTEM.")
                   .arg(toQString(info.path))
            << tr("3. Go to the key below. Make a backup first: choose File > Export…, \"Selected branch\", "
                  "and save the file on this computer.");
    else
        steps << tr("1. Start Registry Editor: press Windows+R, type regedit and press Enter.")
              << tr("2. Go to the key below (you can paste it into the address bar).")
              << tr("3. Make a backup first: choose File > Export…, \"Selected branch\", and save the file.");
    steps
        << tr("4. Double-click the value \"Windows\".")
        << tr("5. Replace the SharedSection part with the one below, or replace the whole text with the new "
              "value below. Change nothing else.")
        << tr("6. Click OK.");
    if (info.kind == TargetKind::Offline)
        steps << tr(
            "7. Select BROKENSYSTEM, choose File > Unload Hive…, put the disk back in its own computer "
            "and start that Windows: it uses the new numbers from then on.");
    else
        steps << tr("7. Close Registry Editor and restart the computer: the new numbers only count after a "
                    "restart.");
    return steps;
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
        note = tr("This is the practice installation: the steps are for practice, on a real Windows.");
    if (advice && !change)
        note = tr("Nothing needs to change: your numbers are already large enough.") + "\n" +
               ModelText::otherCauses();
    note_->show(change ? StatusKind::Info : StatusKind::Ok, note);
    steps_->setText(steps(info).join('\n'));

    const SharedSectionValues values = advice ? advice->recommended : SharedSectionValues{};
    fields_->setRow(Key, tr("&Key:"), tr("the key"), editorKey(info));
    fields_->setRow(Token, tr("&SharedSection:"), tr("the SharedSection part"),
                    advice ? QStringLiteral("SharedSection=%1").arg(toQString(formatSharedSection(values)))
                           : QString());
    fields_->setRow(Value, tr("New &value:"), tr("the new value"),
                    advice ? toQString(std::u16string_view(pass->valueWith(values))) : QString());
    fields_->setCopyText(tr("Copy"));
}

} // namespace heapfix
