#pragma once
// The one way heapfix changes anything: lock -> inspect -> back up (verified; with the whole hive offline) ->
// write -> re-read and compare -> on a mismatch or failure put the old value back. The lock is held
// throughout, so that a second heapfix on the same installation waits, then refuses. A restore is the same
// transaction with a backup's value, and backs up the current value first.

#include "StepReport.h"

#include "../backup/BackupStore.h"
#include "../core/Error.h"
#include "../core/FixOutcome.h"
#include "../core/RegistryStore.h"
#include "../core/SharedSection.h"
#include "../core/Target.h"

#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace heapfix {

struct FixResult {
    FixOutcome outcome = FixOutcome::InspectFailed;
    Steps steps; // one per FixStep, in order
    std::optional<RegistryValue> before;
    std::optional<RegistryValue> after; // what the store holds at the end, as re-read
    std::optional<BackupRecord> backup;
    bool verified = false;
    StoreReceipt receipt; // what the write did besides the value (files removed, notes, what is unconfirmed)

    const StepReport& step(FixStep which) const;
    bool succeeded() const {
        return outcome == FixOutcome::Changed || outcome == FixOutcome::NothingToChange ||
               outcome == FixOutcome::ChangedUnconfirmed;
    }
};

class FixTransaction {
public:
    FixTransaction(Target& target, BackupStore& backups);

    // Called as each step finishes, for the wizard's progress list.
    StepListener onStep;

    // A backup the caller has already made and verified (the wizard's Backup page shows it to the user). The
    // transaction uses it instead of making a second one, but only when it still verifies and holds exactly
    // the value found at Inspect; otherwise it makes a fresh backup as usual.
    void useVerifiedBackup(BackupRecord record) { earlierBackup_ = std::move(record); }

    // Sets the SharedSection numbers; every other code unit of the value, and its type, stay.
    FixResult apply(const SharedSectionValues& newValues);
    // Puts back a backup's value exactly (after backing up the current one).
    FixResult restore(const RegistryValue& value);
    // Puts back a backup's kept hive file whole (offline installations): `value` is the backup's value, which
    // the kept hive holds; the current hive is backed up whole first, and the write replaces the file.
    FixResult restoreWholeHive(const RegistryValue& value, std::span<const std::uint8_t> hive);

private:
    // What the value should become, given what it is; an error ends the transaction at Inspect.
    using Change = std::function<Expected<RegistryValue, Error>(const RegistryValue& current)>;
    FixResult run(const Change& change);
    bool backUp(const RegistryValue& current, FixResult& result);
    void write(const RegistryValue& current, const RegistryValue& desired, FixResult& result);
    void rollBack(const RegistryValue& current, FixOutcome onSuccess, FixResult& result);
    void finish(FixResult& result, FixStep step, StepOutcome outcome,
                std::optional<Error> error = std::nullopt);

    Target& target_;
    BackupStore& backups_;
    std::optional<BackupRecord> earlierBackup_;
    std::span<const std::uint8_t> wholeHive_; // set while restoreWholeHive runs
};

} // namespace heapfix
