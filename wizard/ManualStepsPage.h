#pragma once
// "Let me fix this problem myself": the Registry Editor steps for this installation, with the exact new
// value to copy. Nothing is changed by heapfix on this path.

#include "PageBase.h"

class QLineEdit;
class QPushButton;

namespace heapfix {

class ManualStepsPage : public PageBase {
    Q_OBJECT
public:
    explicit ManualStepsPage(WizardSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    int nextId() const override { return FeedbackPageId; }

protected:
    void retranslate() override;

private:
    QLineEdit* copyRow(const char* name, QLabel*& label, QPushButton*& copy);

    StatusLine* note_;
    QLabel* steps_;
    QLabel* keyLabel_;
    QLineEdit* key_;
    QPushButton* copyKey_;
    QLabel* tokenLabel_;
    QLineEdit* token_;
    QPushButton* copyToken_;
    QLabel* valueLabel_;
    QLineEdit* value_;
    QPushButton* copyValue_;
};

} // namespace heapfix
