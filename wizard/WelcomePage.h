#pragma once
// Page 1: the problem in the user's words, what will happen, the choice of path and symptom, the language.
// Where the boot model is built, also the other problem: Windows does not start with 0xC0000017.

#include "PageBase.h"

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QRadioButton;

namespace heapfix {

class WelcomePage : public PageBase {
    Q_OBJECT
public:
    explicit WelcomePage(WizardSession& session, QWidget* parent = nullptr);
    int nextId() const override;
    bool validatePage() override;
    void initializePage() override;
    void choose(WizardMode mode);

protected:
    void retranslate() override;

private:
    WizardMode chosenMode() const;
    void updateSymptoms();
    QLabel* intro_;
    StatusLine* sampleNote_;
    StatusLine* portableNote_;
    QGroupBox* choices_;
    QRadioButton* fixForMe_;
    QRadioButton* doItMyself_;
    QRadioButton* restore_;
    QRadioButton* showOnly_;
    QRadioButton* bootRepair_ = nullptr;
    QGroupBox* symptoms_;
    QRadioButton* programs_;
    QRadioButton* services_;
    QLabel* languageLabel_;
    QComboBox* language_;
};

} // namespace heapfix
