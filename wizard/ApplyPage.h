#pragma once
// Page 6: writes through the model's transaction (or restores a backup through it) and shows each step as it
// finishes; on failure it says plainly that the old value is back. Then: a restart is needed.

#include "PageBase.h"

class QPushButton;

namespace heapfix {

class StepProgress;

class ApplyPage : public PageBase {
    Q_OBJECT
public:
    explicit ApplyPage(WizardSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool isDone() const { return done_; }

protected:
    void build() override;
    void retranslate() override;

private:
    void run();
    void restartNow();

    StepProgress* progress_ = nullptr;
    std::vector<StepReport> reported_; // the steps finished so far, as the transaction reports them
    StatusLine* result_ = nullptr;
    QLabel* restart_ = nullptr;
    QPushButton* restartNow_ = nullptr;
    DetailsSection* details_ = nullptr;
    bool done_ = false;
};

} // namespace heapfix
