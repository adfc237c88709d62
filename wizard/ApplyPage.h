#pragma once
// Page 6: writes through the model's transaction (or restores a backup through it) and shows each step as it
// finishes; on failure it says plainly that the old value is back. Then: a restart is needed.

#include "ChangePage.h"

class QPushButton;

namespace heapfix {

class SavedPath;
class StepProgress;

class ApplyPage : public ChangePage {
    Q_OBJECT
public:
    explicit ApplyPage(WizardSession& session, QWidget* parent = nullptr);

    // The feedback page, except after the undo of a change already answered "No" about.
    int nextId() const override { return session().undoingAnswered() ? -1 : FeedbackPageId; }

protected:
    void change() override;
    void build() override;
    void retranslate() override;

private:
    void restartNow();
    void changeDamagedHive();

    StepProgress* progress_ = nullptr;
    StatusLine* result_ = nullptr;
    QLabel* restart_ = nullptr;
    SavedPath* backup_ = nullptr; // when even putting the old value back failed: the backup to restore
    QPushButton* restartNow_ = nullptr;
    StatusLine* damaged_ = nullptr; // the hive is damaged elsewhere: a plain warning ...
    QPushButton* anyway_ = nullptr; // ... with the choice to change the setting all the same
};

} // namespace heapfix
