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
    void retranslate() override;

private:
    void preselect();

    StatusLine* readError_;
    StatusLine* space_;
    StatusLine* bcdProblem_;
    StatusLine* badMemory_;
    QCheckBox* clearBadMemory_;
    StatusLine* pageFile_;
    QCheckBox* resetPageFile_;
    StatusLine* crashDump_;
    QCheckBox* enableCrashDump_;
    QLabel* ramNote_;
    StatusLine* ems_;
    QCheckBox* enableEms_;
    QLabel* nextHint_;
    DetailsSection* details_;
    bool checked_ = false;
};

} // namespace heapfix
