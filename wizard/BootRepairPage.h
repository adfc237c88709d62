#pragma once
// Boot repair, page 3: runs repairBoot (backup, write the BCD store, write the SYSTEM hive, read back and
// check), shows each stage's outcome, the backup folder, what to do next, and undoes everything in one step
// on request (revertBoot).

#include "PageBase.h"

class QPushButton;

namespace heapfix {

class StepProgress;

class BootRepairPage : public PageBase {
    Q_OBJECT
public:
    explicit BootRepairPage(WizardSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool isDone() const { return done_; }

protected:
    void build() override;
    void retranslate() override;

private:
    void run();
    void openBackup();
    void undo();

    StepProgress* progress_ = nullptr;
    StatusLine* result_ = nullptr;
    QLabel* backupFolder_ = nullptr;
    QPushButton* openBackup_ = nullptr;
    QLabel* nextSteps_ = nullptr;
    QPushButton* undo_ = nullptr;
    StatusLine* undoStatus_ = nullptr;
    DetailsSection* details_ = nullptr;
    bool done_ = false;
};

} // namespace heapfix
