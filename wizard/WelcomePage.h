#pragma once
// Page 1: the problem in the user's words, what will happen, which installation heapfix works on (and why
// it cannot open one), the symptom, the language, and the choice of path as large command links with one
// clear default: a click on one goes on at once.

#include "PageBase.h"

class QCommandLinkButton;
class QComboBox;
class QGroupBox;
class QRadioButton;

namespace heapfix {

class TargetChooser;

class WelcomePage : public PageBase {
    Q_OBJECT
public:
    explicit WelcomePage(WizardSession& session, QWidget* parent = nullptr);
    int nextId() const override;
    bool isComplete() const override;
    bool validatePage() override;
    void initializePage() override;
    // Chooses a path without going on (the feedback page's "put the old setting back now").
    void choose(WizardMode mode);

protected:
    void retranslate() override;

private:
    QCommandLinkButton* link(WizardMode mode) const;
    void openChosenTarget();
    void startPracticeOver();
    void showTarget();

    QLabel* intro_;
    StatusLine* portableNote_;
    TargetChooser* target_;
    QGroupBox* symptoms_;
    QRadioButton* programs_;
    QRadioButton* services_;
    QLabel* choicesTitle_;
    QList<QCommandLinkButton*> links_; // in WizardMode's order
    QLabel* languageLabel_;
    QComboBox* language_;
    WizardMode chosen_ = WizardMode::FixForMe;
};

} // namespace heapfix
