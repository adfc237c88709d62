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
    void build() override;
    void retranslate() override;

private:
    QFormLayout* form_ = nullptr;
    QLabel* windowsName_ = nullptr;
    QLabel* build_ = nullptr;
    QLabel* edition_ = nullptr;
    QLabel* bitness_ = nullptr;
    QLabel* target_ = nullptr;
    QLabel* administrator_ = nullptr;
    StatusLine* versionNote_ = nullptr;
    StatusLine* status_ = nullptr;
    DetailsSection* details_ = nullptr;
};

} // namespace heapfix
