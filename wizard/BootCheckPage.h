#pragma once
// Boot repair, page 2: what checkBoot found, in the order of Microsoft's article (free space first, then the
// bad memory list, the page file, crash dumps and the serial console), each with the repair to choose,
// preselected where the check says it is needed. Its commit button starts the repair.

#include "PageBase.h"

class QCheckBox;

namespace heapfix {

class BootCheckPage : public PageBase {
    Q_OBJECT
public:
    explicit BootCheckPage(WizardSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void build() override;
    void retranslate() override;

private:
    void preselect();
    BootRepairRequest request() const; // the repairs ticked

    StatusLine* readError_ = nullptr;
    StatusLine* space_ = nullptr;
    StatusLine* bcdProblem_ = nullptr;
    StatusLine* badMemory_ = nullptr;
    QCheckBox* clearBadMemory_ = nullptr;
    StatusLine* pageFile_ = nullptr;
    QCheckBox* resetPageFile_ = nullptr;
    StatusLine* crashDump_ = nullptr;
    QCheckBox* enableCrashDump_ = nullptr;
    QLabel* ramNote_ = nullptr;
    StatusLine* ems_ = nullptr;
    QCheckBox* enableEms_ = nullptr;
    QLabel* nextHint_ = nullptr;
    bool checked_ = false;
};

} // namespace heapfix
