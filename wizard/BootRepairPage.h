#pragma once
// Boot repair, page 3: runs repairBoot (backup, write the BCD store, write the SYSTEM hive, read back and
// check), shows each stage's outcome, the backup folder, what to do next, and undoes everything in one step
// on request (revertBoot).

#include "ChangePage.h"

class QPushButton;

namespace heapfix {

class SavedPath;
class StepProgress;

class BootRepairPage : public ChangePage {
    Q_OBJECT
public:
    explicit BootRepairPage(WizardSession& session, QWidget* parent = nullptr);

protected:
    void change() override;
    void build() override;
    void retranslate() override;

private:
    void undo();

    StepProgress* progress_ = nullptr;
    StatusLine* result_ = nullptr;
    SavedPath* backup_ = nullptr;
    QLabel* nextSteps_ = nullptr;
    QPushButton* undo_ = nullptr;
};

} // namespace heapfix
