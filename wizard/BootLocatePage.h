#pragma once
// Boot repair, page 1: where the broken installation is (its Windows folder), its BCD store (found on the
// same disk, or chosen), and the backup folder. Says plainly what is missing and where heapfix looked.

#include "PageBase.h"

namespace heapfix {

class PathField;

class BootLocatePage : public PageBase {
    Q_OBJECT
public:
    explicit BootLocatePage(WizardSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void build() override;
    void retranslate() override;

private:
    void locate();

    StatusLine* practiceNote_ = nullptr;
    PathField* windowsDir_ = nullptr;
    PathField* bcd_ = nullptr;
    PathField* backupFolder_ = nullptr;
    StatusLine* systemStatus_ = nullptr;
    StatusLine* bcdStatus_ = nullptr;
    bool initialized_ = false;
};

} // namespace heapfix
