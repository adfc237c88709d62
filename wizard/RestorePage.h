#pragma once
// The restore path: the backups in the backup folder (date, installation, numbers), a preview of what would
// change, then the same transaction as a fix (the current value is backed up first).

#include "PageBase.h"

class QPushButton;
class QTreeWidget;

namespace heapfix {

class RestorePage : public PageBase {
    Q_OBJECT
public:
    explicit RestorePage(WizardSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override { return ApplyPageId; }

protected:
    void build() override;
    void retranslate() override;

private:
    void fillList();
    void selectionChanged();
    void chooseFolder();

    QTreeWidget* list_ = nullptr;
    QPushButton* choose_ = nullptr;
    StatusLine* preview_ = nullptr;
    StatusLine* warning_ = nullptr;
    std::vector<BackupRecord> records_;
};

} // namespace heapfix
