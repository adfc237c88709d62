#pragma once
// Page 2: which Windows heapfix looks at (name, version and build, 32 or 64-bit), which installation, whether
// heapfix may change it, whether the setting could be read, and what Windows' event log says.

#include "PageBase.h"

class QFormLayout;

namespace heapfix {

class SystemCheckPage : public PageBase {
    Q_OBJECT
public:
    explicit SystemCheckPage(WizardSession& session, QWidget* parent = nullptr);
    bool isComplete() const override;

protected:
    void build() override;
    void retranslate() override;

private:
    QFormLayout* form_ = nullptr;
    QList<QLabel*> values_; // one per row of the form, in its order
    StatusLine* versionNote_ = nullptr;
    StatusLine* status_ = nullptr;
    StatusLine* evidence_ = nullptr; // what Windows' System event log says (issue 13)
};

} // namespace heapfix
