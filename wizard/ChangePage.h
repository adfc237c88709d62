#pragma once
// A page that makes its change as soon as it is entered (it is reached through a commit button), shows it as
// it goes, and lets the user on once it is done: the Apply page (fix, restore) and the boot repair. The page
// is shown first, so that each step appears as it finishes.

#include "PageBase.h"

#include "model/fix/StepReport.h"

namespace heapfix {

class ChangePage : public PageBase {
    Q_OBJECT
public:
    ChangePage(WizardSession& session, QWidget* parent = nullptr); // PageBuild::Lazy, a commit page
    void initializePage() override;
    bool isComplete() const override { return done_; }
    bool isDone() const { return done_; }

protected:
    // The model's use-case; retranslate() shows its result once it returns.
    virtual void change() = 0;
    // The listener to hand the use-case: keeps each step as it finishes and shows it at once.
    StepListener showSteps();
    const Steps& reported() const { return reported_; } // the steps finished so far
    void forgetSteps() { reported_.clear(); }           // before the same change is made again

private:
    void run();
    bool done_ = false;
    Steps reported_;
};

} // namespace heapfix
