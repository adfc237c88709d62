#pragma once
// Drives the real wizard in a test: the session over a given target, data and backups in a temporary folder,
// the user interface language, the pages visited, and the one primary button a user would click.

#include "HeapfixWizard.h"
#include "Language.h"
#include "WizardSession.h"

#include "model/fix/Targets.h"

#include <QAbstractButton>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <memory>

namespace heapfix::test {

class WizardHarness {
public:
    WizardHarness(std::unique_ptr<Target> target, const QString& language,
                  std::optional<std::filesystem::path> backupFolder = std::nullopt,
                  bool portableRefused = false);
    // As heapfix starts: the session opens `spec` itself (a sample as the practice installation kept in the
    // data folder), failing or not; `dataRoot`, when given, outlives this harness (a second start).
    WizardHarness(const TargetSpec& spec, const QString& language, std::filesystem::path dataRoot = {});

    HeapfixWizard& wizard() { return *wizard_; }
    WizardSession& session() { return wizard_->session(); }
    int page() const { return wizard_->currentId(); }
    QString title() const;
    QList<int> visited;

    template <typename T>
    T* find(const char* name) {
        T* child = wizard_->currentPage()->findChild<T*>(QString::fromLatin1(name));
        if (!child)
            qWarning("no %s on page %d", name, wizard_->currentId());
        return child;
    }
    QString text(const char* labelName); // a QLabel's, StatusLine's or SavedPath's text on the current page

    // The visible, enabled button a user would click to go on (Commit, Next or Finish); null when none.
    QAbstractButton* primaryButton() const;
    bool clickPrimary();
    // Clicks a command link of the welcome page (choiceFixForMe, ...), which goes on at once.
    bool choose(const char* link);
    void pressEnter(); // Enter on whatever has the focus
    bool waitUntilApplied();

    std::filesystem::path dataRoot() const { return dataRoot_; }
    std::filesystem::path backupFolder() const { return backupFolder_; }
    QStringList regFiles() const; // the .reg backups in the backup folder
    QTemporaryDir folder;

private:
    void start(std::unique_ptr<WizardSession> session);
    Language language_;
    std::filesystem::path dataRoot_;
    std::filesystem::path backupFolder_;
    std::unique_ptr<HeapfixWizard> wizard_;
};

} // namespace heapfix::test
