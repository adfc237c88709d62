#pragma once
// Page 7: "Is the problem solved?" Yes ends with thanks; No shows the next steps and offers a diagnostic
// report. The answer goes to the local feedback log when the wizard finishes.

#include "PageBase.h"

class QCheckBox;
class QPushButton;
class QRadioButton;

namespace heapfix {

class SavedPath;

class FeedbackPage : public PageBase {
    Q_OBJECT
public:
    explicit FeedbackPage(WizardSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override { return -1; }

protected:
    void build() override;
    void retranslate() override;

private:
    void saveReport();
    void restoreNow();
    QString firstNextStep() const;
    bool askLater() const; // the question waits for the restart (live, right after the change)

    QLabel* question_ = nullptr;
    StatusLine* evidence_ = nullptr; // a change on an earlier start: the event log's failures since it
    StatusLine* heapSize_ = nullptr; // and, live, the heap Windows gave this desktop against the setting
    QCheckBox* later_ = nullptr;     // live: "Ask me after the restart" (the RunOnce entry)
    QLabel* laterOffline_ = nullptr; // offline: start that Windows, then heapfix --windows-dir DIR --feedback
    QRadioButton* yes_ = nullptr;
    QRadioButton* no_ = nullptr;
    QLabel* answer_ = nullptr;
    QPushButton* save_ = nullptr;
    QPushButton* restore_ = nullptr;
    StatusLine* status_ = nullptr;
    SavedPath* report_ = nullptr;
    std::filesystem::path savedReport_;
    std::optional<Error> logError_;
    std::optional<Error> reportError_;
    QString laterError_; // the RunOnce entry could not be written
    bool logErrorShown_ = false;
};

} // namespace heapfix
