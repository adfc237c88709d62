#pragma once
// Page 5: the backup is made and checked before anything changes; where it is (open its folder, copy its
// path); another folder if needed. Going Back and Next again keeps the backup made.

#include "PageBase.h"

class QPushButton;

namespace heapfix {

class SavedPath;

class BackupPage : public PageBase {
    Q_OBJECT
public:
    explicit BackupPage(WizardSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

protected:
    void build() override;
    void retranslate() override;

private:
    void makeBackup();
    void chooseFolder();

    StatusLine* status_ = nullptr;
    SavedPath* saved_ = nullptr;
    QPushButton* choose_ = nullptr;
    QLabel* nextHint_ = nullptr;
};

} // namespace heapfix
