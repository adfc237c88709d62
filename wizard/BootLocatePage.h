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
    void retranslate() override;

private:
    void locate();
    void chooseWindowsDir();
    void chooseBcd();
    void chooseBackupFolder();

    QLabel* intro_;
    StatusLine* practiceNote_;
    QLabel* windowsLabel_;
    QLineEdit* windowsDir_;
    QPushButton* browseWindows_;
    QLabel* bcdLabel_;
    QLineEdit* bcd_;
    QPushButton* browseBcd_;
    QLabel* backupLabel_;
    QLineEdit* backupFolder_;
    QPushButton* browseBackup_;
    StatusLine* systemStatus_;
    StatusLine* bcdStatus_;
    DetailsSection* details_;
    bool initialized_ = false;
};

} // namespace heapfix
