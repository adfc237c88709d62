#pragma once
// Page 4: current and recommended numbers side by side with the reason; the advanced view for the user's
// own numbers, checked as they are typed (by the policy, and for what is no number at all); or, when nothing
// needs to change, what else can cause the problem. When the numbers chosen are today's, the page ends the
// wizard (Finish) and says so.

#include "PageBase.h"

class QCheckBox;
class QGridLayout;
class QGroupBox;
class QLineEdit;

namespace heapfix {

class ProposalPage : public PageBase {
    Q_OBJECT
public:
    explicit ProposalPage(WizardSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void build() override;
    void retranslate() override;

private:
    void customChanged();
    void showValidation();
    void fillTable(const Recommendation* advice);

    StatusLine* headline_ = nullptr;
    QGridLayout* table_ = nullptr;
    QLabel* nextSteps_ = nullptr;
    QCheckBox* advanced_ = nullptr;
    QGroupBox* customBox_ = nullptr;
    QList<QLabel*> customLabels_;
    QList<QLineEdit*> custom_;
    QStringList typingErrors_; // what is typed but is no number
    StatusLine* errors_ = nullptr;
    StatusLine* warnings_ = nullptr;
    StatusLine* sameAsNow_ = nullptr;
};

} // namespace heapfix
