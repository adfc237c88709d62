#pragma once
// Boot repair, page 1: where the broken installation is (its Windows folder), its BCD store (found on the
// same disk, or chosen), and the backup folder. Says plainly what is missing and where heapfix looked.

#include "PageBase.h"

class QLineEdit;
class QPushButton;

namespace heapfix {

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
    void chooseWindowsDir();
    void chooseBcd();
    void chooseBackupFolder();

    QLabel* intro_ = nullptr;
    StatusLine* practiceNote_ = nullptr;
    QLabel* windowsLabel_ = nullptr;
    QLineEdit* windowsDir_ = nullptr;
    QPushButton* browseWindows_ = nullptr;
    QLabel* bcdLabel_ = nullptr;
    QLineEdit* bcd_ = nullptr;
    QPushButton* browseBcd_ = nullptr;
    QLabel* backupLabel_ = nullptr;
    QLineEdit* backupFolder_ = nullptr;
    QPushButton* browseBackup_ = nullptr;
    StatusLine* systemStatus_ = nullptr;
    StatusLine* bcdStatus_ = nullptr;
    DetailsSection* details_ = nullptr;
    bool initialized_ = false;
};

} // namespace heapfix
