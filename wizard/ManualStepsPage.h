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
    void build() override;
    void retranslate() override;

private:
    QLineEdit* copyRow(const char* name, QLabel*& label, QPushButton*& copy);

    StatusLine* note_ = nullptr;
    QLabel* steps_ = nullptr;
    QLabel* keyLabel_ = nullptr;
    QLineEdit* key_ = nullptr;
    QPushButton* copyKey_ = nullptr;
    QLabel* tokenLabel_ = nullptr;
    QLineEdit* token_ = nullptr;
    QPushButton* copyToken_ = nullptr;
    QLabel* valueLabel_ = nullptr;
    QLineEdit* value_ = nullptr;
    QPushButton* copyValue_ = nullptr;
};

} // namespace heapfix
