// The boot revert as a transaction of the fix's steps (BootRepair.h): the file work is boot/BootBackup's.

#include "BootRepair.h"

#include "../backup/UtcTime.h"
#include "../core/Utf8Path.h"

#include <chrono>

namespace heapfix {

namespace fs = std::filesystem;

BootChangeResult revertBoot(const fs::path& backupFolder, const StepListener& onStep) {
    BootChangeResult result;
    Steps& steps = result.steps;
    for (FixStep step : {FixStep::Inspect, FixStep::Backup, FixStep::Write, FixStep::Verify})
        planStep(steps, step);
    const auto fail = [&](FixStep step, const Error& error) {
        finishStep(steps, onStep, step, StepOutcome::Failed, error);
        return std::move(result);
    };

    // Inspect: the manifest, and how each file stands against it.
    Expected<BootBackup, Error> loaded = loadBootBackup(backupFolder);
    if (!loaded)
        return fail(FixStep::Inspect, loaded.error());
    result.backup = std::move(*loaded);
    const BootBackup& backup = *result.backup;
    std::vector<const BootBackupFile*> toRestore;
    const BootBackupFile* changedSince = nullptr;
    for (const BootBackupFile& file : backup.files) {
        Expected<RevertState, Error> state = revertStateOf(file);
        if (!state)
            return fail(FixStep::Inspect, state.error());
        if (*state == RevertState::ChangedSince && !changedSince)
            changedSince = &file;
        if (*state == RevertState::AsLeft)
            toRestore.push_back(&file);
    }
    finishStep(steps, onStep, FixStep::Inspect, StepOutcome::Done);

    // Backup: every copy still holds what was recorded, so nothing is touched unless all can be put back.
    for (const BootBackupFile& file : backup.files)
        if (Expected<void, Error> intact = verifyCopy(backup, file); !intact)
            return fail(FixStep::Backup, intact.error());
    finishStep(steps, onStep, FixStep::Backup, StepOutcome::Done);

    // Write: refused as a whole when any file changed since the repair; otherwise each file is kept aside
    // and its copy written back. Keeping it aside reads it again and refuses when it changed meanwhile; a log
    // heapfix moved away must still be gone.
    if (changedSince)
        return fail(FixStep::Write, changedSinceError(*changedSince));
    const std::string stamp = compactUtc(std::chrono::system_clock::now());
    for (const BootBackupFile* file : toRestore) {
        if (file->after->empty()) {
            Expected<RevertState, Error> state = revertStateOf(*file);
            if (!state)
                return fail(FixStep::Write, state.error());
            if (*state != RevertState::AsLeft)
                return fail(FixStep::Write, changedSinceError(*file));
        } else {
            Expected<fs::path, Error> aside = keepAside(*file, stamp);
            if (!aside)
                return fail(FixStep::Write, aside.error());
            result.keptAside.push_back(std::move(*aside));
        }
        result.changed = true; // from here the file may be the copy, or still as heapfix left it
        if (Expected<void, Error> back = putBack(backup, *file); !back)
            return fail(FixStep::Write, back.error());
        result.restored.push_back(file->original);
    }
    finishStep(steps, onStep, FixStep::Write, StepOutcome::Done);

    // Verify: every file put back is the original again, read from the disk once more.
    for (const BootBackupFile* file : toRestore) {
        Expected<RevertState, Error> state = revertStateOf(*file);
        if (!state)
            return fail(FixStep::Verify, state.error());
        if (*state != RevertState::Original)
            return fail(FixStep::Verify, makeError(ErrorCode::Mismatch, pathToUtf8(file->original),
                                                   "the file put back does not hold the original's bytes"));
    }
    finishStep(steps, onStep, FixStep::Verify, StepOutcome::Done);
    return result;
}

} // namespace heapfix
