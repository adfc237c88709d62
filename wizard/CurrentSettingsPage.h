#pragma once
// Page 3: the three numbers as they are now, each explained in plain words; the raw value on request.

#include "PageBase.h"

class QGridLayout;
class QPushButton;

namespace heapfix {

class CurrentSettingsPage : public PageBase {
    Q_OBJECT
public:
    explicit CurrentSettingsPage(WizardSession& session, QWidget* parent = nullptr);
    bool isComplete() const override;
    int nextId() const override;

protected:
    void build() override;
    void retranslate() override;

private:
    QLabel* names_[3] = {};
    QLabel* values_[3] = {};
    QLabel* explanations_[3] = {};
    StatusLine* status_ = nullptr;
    StatusLine* evidence_ = nullptr; // what Windows' System event log says (issue 13)
    // Where the log points at the other symptom than the one chosen on the Welcome page: why, and the switch.
    StatusLine* symptomNote_ = nullptr;
    QPushButton* useLogsSymptom_ = nullptr;
    std::optional<Symptom> logsOtherSymptom() const;
    void useLogsSymptom();
};

} // namespace heapfix
