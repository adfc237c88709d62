#pragma once
// What the pages share: the target, what was read from it, what the user chose, the backup and the result.
// Every operation is a model use-case (inspect, BackupStore, FixTransaction, FeedbackLog): the session only
// keeps their results for the next page.

#include "model/backup/BackupStore.h"
#include "model/backup/DataLocation.h"
#include "model/backup/FeedbackLog.h"
#include "model/fix/FixTransaction.h"
#include "model/fix/Inspection.h"

#include <QString>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>

namespace heapfix {

// BootRepair stays last: WelcomePage::choose indexes its buttons by this enum.
enum class WizardMode { FixForMe, DoItMyself, Restore, ShowOnly, BootRepair };

class BootSession; // the "Windows does not start: 0xC0000017" path (BootSession.h, where the boot model is)

class WizardSession {
public:
    WizardSession(std::unique_ptr<Target> target, DataLocation data, std::filesystem::path backupFolder);
    ~WizardSession();

    Target& target() { return *target_; }
    TargetInfo targetInfo() const { return target_->info(); }
    const DataLocation& data() const { return data_; }

    WizardMode mode = WizardMode::FixForMe;
    Symptom symptom = Symptom::ManyPrograms;

    // Reads the value again (after the symptom or the target changed). False when it could not be read.
    bool inspect();
    const std::optional<Inspection>& inspection() const { return inspection_; }
    const std::optional<Error>& inspectError() const { return inspectError_; }
    const WindowsVersion& windows();
    const Recommendation* recommendation() const;

    // The numbers that will be written: the recommendation, or the user's own in the advanced view.
    SharedSectionValues chosen;
    bool changeChosen() const;
    std::vector<ValidationIssue> validateChosen() const;
    // The whole value as it would read with `values` (only the SharedSection numbers replaced).
    std::u16string valueWith(const SharedSectionValues& values) const;

    // Backup: made and verified by the BackupStore in the chosen folder.
    std::filesystem::path backupFolder;
    Expected<BackupRecord, Error> makeBackup();
    const std::optional<BackupRecord>& backup() const { return backup_; }

    // Restore: the backups in the folder and the one chosen, with its value.
    std::vector<BackupRecord> listBackups() const;
    Expected<RegistryValue, Error> chooseRestore(const BackupRecord& record);
    const std::optional<BackupRecord>& restoreChoice() const { return restoreChoice_; }
    const std::optional<RegistryValue>& restoreValue() const { return restoreValue_; }

    // The change itself, through the model's transaction, reporting each step.
    const FixResult& run(const std::function<void(const StepReport&)>& onStep);
    const std::optional<FixResult>& result() const { return result_; }

    // The answer to "Is the problem solved?", appended to the feedback log.
    Expected<void, Error> recordFeedback(bool solved);
    std::optional<bool> solved;

    QString sharedSectionBefore() const; // "1024,20480,768" or empty
    QString sharedSectionAfter() const;

    // The boot-repair path: the BCD store named with --bcd, and the path's own state (made when first asked
    // for; only in builds with the boot model, HEAPFIX_HAVE_BOOT).
    std::optional<std::filesystem::path> bootBcd;
    BootSession& boot();

private:
    std::unique_ptr<Target> target_;
    DataLocation data_;
    std::optional<WindowsVersion> windows_;
    std::optional<Inspection> inspection_;
    std::optional<Error> inspectError_;
    std::optional<BackupRecord> backup_;
    std::optional<BackupRecord> restoreChoice_;
    std::optional<RegistryValue> restoreValue_;
    std::optional<FixResult> result_;
    std::unique_ptr<BootSession> boot_;
};

// The SharedSection numbers of a stored value, "1024,20480,768"; empty when it does not parse.
QString sharedSectionOf(const RegistryValue& value);

} // namespace heapfix
