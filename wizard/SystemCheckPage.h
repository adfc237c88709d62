#pragma once
// Page 2: which Windows this is, where it lives, whether heapfix may change it; what is unknown is said.

#include "PageBase.h"

class QFormLayout;

namespace heapfix {

class SystemCheckPage : public PageBase {
    Q_OBJECT
public:
    explicit SystemCheckPage(WizardSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

protected:
    void retranslate() override;

private:
    QFormLayout* form_;
    QLabel* windowsName_;
    QLabel* build_;
    QLabel* edition_;
    QLabel* bitness_;
    QLabel* target_;
    QLabel* administrator_;
    StatusLine* versionNote_;
    StatusLine* status_;
    DetailsSection* details_;
};

} // namespace heapfix
