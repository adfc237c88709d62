#pragma once
// What the pages share: the installation being repaired, heapfix's data and backup folders, the path chosen
// on the welcome page and that path's walk (HeapPass or BootPass). start() begins a new walk, so nothing of
// an earlier one carries over. Every operation is a model use-case; the session keeps their results for the
// next page.

#include "BootPass.h"
#include "HeapPass.h"

#include "model/backup/DataLocation.h"
#include "model/fix/Targets.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <variant>

namespace heapfix {

// BootRepair stays last: WelcomePage indexes its choices by this enum.
enum class WizardMode { FixForMe, DoItMyself, Restore, ShowOnly, BootRepair };

class WizardSession {
public:
    // Opens the installation `spec` names (a sample as the practice installation kept in the data folder).
    // When it cannot be opened the wizard still starts: the welcome page says why and offers another.
    WizardSession(const TargetSpec& spec, DataLocation data, std::filesystem::path backupFolder);
    // An installation opened already (tests: a fake one for the faults a real one cannot produce).
    WizardSession(std::unique_ptr<Target> target, DataLocation data, std::filesystem::path backupFolder);
    ~WizardSession();

    // The installation. Opening another one (the welcome page's choice) ends the current walk.
    bool hasTarget() const { return target_ != nullptr; }
    Target& target() { return *target_; }
    TargetInfo targetInfo() const;
    const std::optional<Error>& targetError() const { return targetError_; }
    // What is open, as the welcome page's choice shows it (or what was tried last, when nothing is).
    TargetSpec targetSpec() const;
    Expected<void, Error> openTarget(TargetSpec spec);
    // "Start the practice over": the practice installation made afresh (its backups stay).
    Expected<void, Error> startPracticeOver();
    std::filesystem::path practiceFolder() const { return data_.root / "practice"; }
    const WindowsVersion& windows();

    const DataLocation& data() const { return data_; }
    const std::filesystem::path& backupFolder() const { return backupFolder_; }
    void setBackupFolder(std::filesystem::path folder) { backupFolder_ = std::move(folder); }
    // The BCD store named with --bcd, for the boot path.
    void setBootBcd(std::optional<std::filesystem::path> bcd) { bootBcd_ = std::move(bcd); }

    // Begins the walk of `mode` (reads the value for the desktop-heap paths).
    void start(WizardMode mode, Symptom symptom = Symptom::ManyPrograms);
    WizardMode mode() const { return mode_; }
    // This restore undoes a change the user just answered "No" about: its Apply page ends the wizard, the
    // question is not asked again about the undo. start() clears it.
    void setUndoingAnswered(bool undoing) { undoingAnswered_ = undoing; }
    bool undoingAnswered() const { return undoingAnswered_; }
    // The current walk: null before start() and on the other path's pages.
    // The walk of a change made on an earlier start, for the feedback page (heapfix --feedback RECORD).
    void resume(const BackupRecord& earlier);
    // heapfix --feedback [RECORD]: resume() with that backup record, or without one the newest backup of
    // this installation in the backup folder.
    Expected<void, Error> resumeFeedback(const std::optional<std::filesystem::path>& record);
    HeapPass* heap();
    const HeapPass* heap() const;
    BootPass* boot();
    const BootPass* boot() const;

    // The answer to "Is the problem solved?", appended to the feedback log.
    Expected<void, Error> recordFeedback(bool solved);

private:
    std::unique_ptr<Target> target_;
    std::optional<Error> targetError_;
    TargetSpec tried_; // the spec of the last openTarget that failed
    std::optional<WindowsVersion> windows_;
    DataLocation data_;
    std::filesystem::path backupFolder_;
    std::optional<std::filesystem::path> bootBcd_;
    WizardMode mode_ = WizardMode::FixForMe;
    bool undoingAnswered_ = false;
    std::variant<std::monostate, HeapPass, BootPass> walk_;
};

} // namespace heapfix
