#pragma once
// The "Fix it" wizard: one page per step, the language switch, and the session the pages share.

#include "Language.h"
#include "PageIds.h"
#include "WizardSession.h"

#include <QWizard>

#include <memory>

namespace heapfix {

class HeapfixWizard : public QWizard {
    Q_OBJECT
public:
    HeapfixWizard(std::unique_ptr<WizardSession> session, Language& language, QWidget* parent = nullptr);
    ~HeapfixWizard() override;

    WizardSession& session() { return *session_; }
    Language& language() { return language_; }
    // Switches the whole interface, QWizard's own buttons included, while the wizard is open.
    void switchLanguage(const QString& language);
    // Starts the wizard over on another path, past the welcome page (the feedback page's "restore now").
    void startOver(WizardMode mode);
    // Opens on "Is the problem solved?" for a change made on an earlier start (WizardSession::resume).
    void askWhetherSolved();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void fitToScreen();

    std::unique_ptr<WizardSession> session_;
    Language& language_;
};

} // namespace heapfix
