#pragma once
// Boot repair, page 3: runs repairBoot (backup, write the BCD store, write the SYSTEM hive, read back and
// check), shows each stage's outcome, the backup folder, what to do next, and undoes everything in one step
// on request (revertBoot).

#include "BootText.h"
#include "PageBase.h"

class QPushButton;

namespace heapfix {

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
    BootText::Outcome outcomeOf(BootText::Stage stage) const;

    static constexpr int kStages = 4;
    QLabel* stageIcons_[kStages] = {};
    QLabel* stageNames_[kStages] = {};
    QLabel* stageOutcomes_[kStages] = {};
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
