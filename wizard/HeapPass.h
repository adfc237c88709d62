#pragma once
// One walk through the desktop-heap path: the value read, the numbers chosen, the backup, the backup chosen
// to restore, and the change; each kept for the pages that follow. WizardSession::start() begins a new walk,
// so nothing of an earlier one carries over; what a page shows is derived from what the walk holds. Every
// operation is a model use-case (inspect, BackupStore, FixTransaction), the ones heapfix-cli calls.

#include "model/backup/BackupStore.h"
#include "model/evidence/Diagnosis.h"
#include "model/evidence/Evidence.h"
#include "model/fix/FixTransaction.h"
#include "model/fix/Inspection.h"

#include <QString>

#include <filesystem>
#include <functional>
#include <optional>

namespace heapfix {

// A backup chosen on the restore page, with the value it puts back.
struct RestoreChoice {
    BackupRecord record;
    RegistryValue value;
};

class HeapPass {
public:
    // Reads the value (inspect): the start of every walk.
    HeapPass(Target& target, Symptom symptom);
    // The walk of a change made on an earlier start, asked about now ("Is the problem solved?" after the
    // restart, heapfix --feedback RECORD): `earlier` is that change's backup; the value is read as it is now.
    HeapPass(Target& target, const BackupRecord& earlier);

    Symptom symptom() const { return symptom_; }
    const Expected<Inspection, Error>& inspection() const { return inspection_; }
    const Inspection* inspected() const { return inspection_ ? &*inspection_ : nullptr; }
    const Recommendation* recommendation() const;
    // The target's System event log (issue 13), read once at the start of the walk, and what it means.
    const EvidenceReport& evidence() const { return evidence_; }
    const Diagnosis& diagnosis() const { return diagnosis_; }
    // For a change made on an earlier start: the findings before and since it (its backup's time).
    std::optional<ChangeComparison> aroundChange() const;
    const BackupRecord* earlier() const { return earlier_ ? &*earlier_ : nullptr; }

    // The numbers that will be written: the recommendation, or the user's own in the advanced view.
    const SharedSectionValues& chosen() const { return chosen_; }
    void choose(const SharedSectionValues& values) { chosen_ = values; }
    bool changeChosen() const; // the chosen numbers differ from today's
    std::vector<ValidationIssue> validateChosen() const;
    // The whole value as it would read with `values` (only the SharedSection numbers replaced).
    std::u16string valueWith(const SharedSectionValues& values) const;

    // The backup of today's value in `folder`, made and verified once: asked again (Back, then Next) for the
    // same folder, the one made still counts while it holds the value read.
    const Expected<BackupRecord, Error>& backUp(const std::filesystem::path& folder);
    const std::optional<Expected<BackupRecord, Error>>& backup() const { return backup_; }
    const BackupRecord* verifiedBackup() const;
    // The backup was not made because the installation cannot be changed (read-only hive, disk or folder):
    // another backup folder would not help.
    bool changeRefused() const { return targetRefused_; }

    // Restore: a backup's value, checked to touch only this one value of this installation.
    const Expected<RestoreChoice, Error>& chooseRestore(const BackupRecord& record);
    const std::optional<Expected<RestoreChoice, Error>>& restoreChoice() const { return restore_; }
    const RestoreChoice* restorable() const; // the choice, when it can be restored
    bool restoreIsSameAsNow() const;

    // The change (or the restore, when one was chosen), through the model's transaction, each step reported.
    const FixResult& run(const std::filesystem::path& folder,
                         const std::function<void(const StepReport&)>& onStep);
    const std::optional<FixResult>& result() const { return result_; }
    bool restoring() const { return restorable() != nullptr; }
    bool changed() const { return earlier_ || (result_ && result_->outcome == FixOutcome::Changed); }

    QString sharedSectionBefore() const; // "1024,20480,768" or empty
    QString sharedSectionAfter() const;

private:
    Target& target_;
    Symptom symptom_;
    Expected<Inspection, Error> inspection_;
    EvidenceReport evidence_;
    Diagnosis diagnosis_;
    SharedSectionValues chosen_;
    std::optional<Expected<BackupRecord, Error>> backup_;
    std::optional<Expected<RestoreChoice, Error>> restore_;
    std::optional<FixResult> result_;
    std::optional<BackupRecord> earlier_; // the change was made on an earlier start
    bool targetRefused_ = false;
};

// The SharedSection numbers of a stored value, "1024,20480,768"; empty when it does not parse.
QString sharedSectionOf(const RegistryValue& value);

} // namespace heapfix
