#pragma once
// "Let me fix this problem myself": the Registry Editor steps for this installation (this computer, or an
// offline one loaded as BROKENSYSTEM), a backup first in both, with the exact key and new value to copy.
// Nothing is changed by heapfix on this path.

#include "PageBase.h"

namespace heapfix {

class CopyFields;

class ManualStepsPage : public PageBase {
    Q_OBJECT
public:
    explicit ManualStepsPage(WizardSession& session, QWidget* parent = nullptr);
    int nextId() const override { return FeedbackPageId; }

protected:
    void build() override;
    void retranslate() override;

private:
    QStringList steps(const TargetInfo& info) const;

    StatusLine* note_ = nullptr;
    QLabel* steps_ = nullptr;
    CopyFields* fields_ = nullptr;
};

} // namespace heapfix
