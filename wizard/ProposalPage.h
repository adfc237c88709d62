#pragma once
// Page 4: current and recommended numbers side by side with the reason; the advanced view for the user's
// own numbers, checked by the policy; or, when nothing needs to change, what else can cause the problem.

#include "PageBase.h"

class QCheckBox;
class QGroupBox;
class QSpinBox;

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
    static std::optional<std::uint32_t> adviceNumber(const Recommendation& advice, int index,
                                                     bool recommended);

    StatusLine* headline_ = nullptr;
    QLabel* header_[4] = {};
    QLabel* names_[3] = {};
    QLabel* current_[3] = {};
    QLabel* recommended_[3] = {};
    QLabel* reasons_[3] = {};
    QLabel* nextSteps_ = nullptr;
    QCheckBox* advanced_ = nullptr;
    QGroupBox* customBox_ = nullptr;
    QLabel* customLabels_[3] = {};
    QSpinBox* custom_[3] = {};
    StatusLine* errors_ = nullptr;
    StatusLine* warnings_ = nullptr;
    StatusLine* sameAsNow_ = nullptr;
};

} // namespace heapfix
