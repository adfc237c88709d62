#pragma once
// Page 5: the backup is made and checked before anything changes; where it is; another folder if needed.

#include "PageBase.h"

class QPushButton;

namespace heapfix {

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
    void openFolder();

    QLabel* intro_ = nullptr;
    StatusLine* status_ = nullptr;
    QLabel* location_ = nullptr;
    QPushButton* open_ = nullptr;
    QPushButton* choose_ = nullptr;
    QLabel* nextHint_ = nullptr;
    DetailsSection* details_ = nullptr;
};

} // namespace heapfix
