#include "BootRepair.h"

#include "../backup/FilePlatform.h"
#include "../backup/InstallationFiles.h"
#include "../boot/BcdElements.h"
#include "../boot/BootHive.h"
#include "../core/SystemHive.h"
#include "../core/Utf8Path.h"

#include <fmt/format.h>

#include <algorithm>

namespace heapfix {

namespace fs = std::filesystem;

namespace {

Expected<std::unique_ptr<BootHive>, Error> openBcd(const BootFiles& files) {
    if (!files.bcd)
        return unexpected(
            makeError(ErrorCode::NotFound, pathToUtf8(files.windowsDir),
                      "no BCD store found (EFI/Microsoft/Boot/BCD or Boot/BCD on the installation's "
                      "disk); mount the EFI system partition and give it with --bcd"));
    Expected<std::unique_ptr<BootHive>, Error> store = openBootHive(*files.bcd, "BCD");
    if (!store)
        return store;
    if (Expected<BcdState, Error> state = readBcdState((*store)->tree()); !state)
        return unexpected(state.error());
    return store;
}

Error verifyFailure(const RegistryTree& written, const std::string& detail) {
    return makeError(ErrorCode::Mismatch, written.name(), detail);
}

Expected<void, Error> writeBcd(BootHive& store, const BootRepairRequest& request) {
    Expected<std::vector<std::string>, Error> objectsBefore = bcdObjects(store.tree());
    if (!objectsBefore)
        return unexpected(objectsBefore.error());
    std::vector<std::string> expected = *objectsBefore; // and {emssettings}, which enableEms may create
    if (request.enableEms &&
        std::find(expected.begin(), expected.end(), bcd::kEmsSettingsObject) == expected.end()) {
        expected.emplace_back(bcd::kEmsSettingsObject);
        std::sort(expected.begin(), expected.end());
    }
    const BootHive::Edit edit = [&](RegistryTree& editor) -> Expected<void, Error> {
        if (request.clearBadMemory)
            if (Expected<void, Error> done = deleteBadMemoryList(editor); !done)
                return done;
        if (request.enableEms)
            return enableEms(editor, bcd::kSeedEmsPort, bcd::kSeedEmsBaudRate);
        return {};
    };
    const BootHive::Check check = [&](const RegistryTree& written) -> Expected<void, Error> {
        Expected<BcdState, Error> state = readBcdState(written);
        Expected<std::vector<std::string>, Error> objectsAfter = bcdObjects(written);
        if (!state || !objectsAfter)
            return unexpected(verifyFailure(written, "the written BCD store cannot be read back"));
        if (request.clearBadMemory && state->badMemoryList)
            return unexpected(verifyFailure(written, "the bad memory list is still there"));
        if (request.enableEms && (!state->ems.enabled || state->ems.port != bcd::kSeedEmsPort ||
                                  state->ems.baud != bcd::kSeedEmsBaudRate))
            return unexpected(verifyFailure(written, "EMS is not on with port 1 at 115200 baud"));
        if (*objectsAfter != expected)
            return unexpected(
                verifyFailure(written, "the written store's objects differ from the original's"));
        return {};
    };
    return store.write(edit, check);
}

Expected<void, Error> writeSystem(BootHive& system, const std::string& current,
                                  const BootRepairRequest& request) {
    Expected<std::vector<std::string>, Error> setsBefore = controlSetNames(system.tree());
    if (!setsBefore)
        return unexpected(setsBefore.error());
    const BootHive::Edit edit = [&](RegistryTree& editor) -> Expected<void, Error> {
        if (request.resetPageFile)
            if (Expected<void, Error> done = resetPagingFiles(editor); !done)
                return done;
        if (request.enableCrashDump)
            return enableCrashDumps(editor);
        return {};
    };
    const BootHive::Check check = [&](const RegistryTree& written) -> Expected<void, Error> {
        Expected<std::vector<std::string>, Error> setsAfter = controlSetNames(written);
        if (!setsAfter || *setsAfter != *setsBefore)
            return unexpected(verifyFailure(written, "the control sets differ after the write"));
        if (request.resetPageFile) {
            Expected<PageFiles, Error> files = readPageFiles(written, current);
            if (!files || files->pagingFiles != std::vector<std::string>{"?:\\pagefile.sys"})
                return unexpected(verifyFailure(written, "PagingFiles is not the system-managed default"));
        }
        if (request.enableCrashDump) {
            Expected<std::vector<CrashDump>, Error> dumps = readCrashDumps(written);
            if (!dumps)
                return unexpected(dumps.error());
            for (const CrashDump& dump : *dumps)
                if (dump.crashDumpEnabled != 1u || dump.dumpFile != "%SystemRoot%\\MEMORY.DMP" ||
                    dump.nmiCrashDump != 1u)
                    return unexpected(verifyFailure(
                        written, fmt::format("{}\\Control\\CrashControl is not as set", dump.controlSet)));
        }
        return {};
    };
    return system.write(edit, check);
}

} // namespace

bool BootChangeResult::wrote(BootStore store) const {
    const StepReport* write = findStep(steps, FixStep::Write, store);
    return write && write->outcome == StepOutcome::Done;
}

std::vector<BootStore> BootChangeResult::written() const {
    std::vector<BootStore> stores;
    for (BootStore store : {BootStore::Bcd, BootStore::System})
        if (wrote(store))
            stores.push_back(store);
    return stores;
}

const Error* BootChangeResult::failure() const {
    const StepReport* failed = failedStep(steps);
    return failed && failed->error ? &*failed->error : nullptr;
}

FixOutcome BootChangeResult::outcome() const {
    const StepReport* failed = failedStep(steps);
    if (!failed)
        return changed ? FixOutcome::Changed : FixOutcome::NothingToChange;
    switch (failed->step) {
    case FixStep::Inspect:
        return FixOutcome::InspectFailed;
    case FixStep::Backup:
        return changed ? FixOutcome::ChangedUnconfirmed : FixOutcome::BackupFailed;
    default:
        return changed ? FixOutcome::RollbackFailed : FixOutcome::WriteFailed;
    }
}

BootChangeResult bootChangeNotStarted(const Error& why) {
    BootChangeResult result;
    finishStep(result.steps, {}, FixStep::Inspect, StepOutcome::Failed, why);
    return result;
}

std::optional<fs::path> findBcdStore(const fs::path& windowsDir) {
    std::error_code error;
    fs::path folder = fs::weakly_canonical(fs::absolute(windowsDir), error);
    if (error)
        return std::nullopt;
    const std::optional<std::uint64_t> volume = fileplatform::volumeId(folder);
    while (true) {
        for (const auto& segments : {std::vector<std::string>{"EFI", "Microsoft", "Boot", "BCD"},
                                     std::vector<std::string>{"Boot", "BCD"}})
            if (std::optional<fs::path> found = findPathCaseInsensitive(folder, segments);
                found && fs::is_regular_file(*found, error))
                return found;
        const fs::path parent = folder.parent_path();
        if (parent == folder || fileplatform::volumeId(parent) != volume)
            return std::nullopt; // the volume's root was searched last
        folder = parent;
    }
}

Expected<BootFiles, Error> locateBootFiles(const fs::path& windowsDir, const std::optional<fs::path>& bcd) {
    Expected<InstallationHives, Error> hives = findInstallationHives(windowsDir);
    if (!hives)
        return unexpected(hives.error());
    BootFiles files{windowsDir, hives->system, std::nullopt};
    if (bcd) {
        std::error_code error;
        if (!fs::is_regular_file(*bcd, error))
            return unexpected(makeError(ErrorCode::NotFound, pathToUtf8(*bcd), "there is no BCD store here"));
        files.bcd = *bcd;
    } else {
        files.bcd = findBcdStore(windowsDir);
    }
    return files;
}

Expected<BootCheck, Error> checkBoot(const BootFiles& files) {
    BootCheck check;
    check.files = files;
    std::error_code error;
    const fs::space_info space = fs::space(files.windowsDir, error);
    if (!error) {
        check.freeSpaceBytes = space.available;
        check.lowSpace = space.available < kLowSpaceBytes;
    }
    Expected<std::unique_ptr<BootHive>, Error> system = openBootHive(files.systemHive, "SYSTEM");
    if (!system)
        return unexpected(system.error());
    const RegistryTree& tree = (*system)->tree();
    check.systemNote = (*system)->note();
    Expected<std::string, Error> current = readCurrentControlSet(tree);
    if (!current)
        return unexpected(current.error());
    check.currentControlSet = *current;
    Expected<PageFiles, Error> pageFiles = readPageFiles(tree, *current);
    Expected<std::vector<CrashDump>, Error> dumps = readCrashDumps(tree);
    if (!pageFiles)
        return unexpected(pageFiles.error());
    if (!dumps)
        return unexpected(dumps.error());
    check.pageFiles = std::move(*pageFiles);
    check.crashDumps = std::move(*dumps);
    Expected<std::unique_ptr<BootHive>, Error> store = openBcd(files);
    if (store)
        check.bcd = readBcdState((*store)->tree()).value();
    else
        check.bcdProblem = store.error();
    return check;
}

BootChangeResult repairBoot(const BootFiles& files, const BootRepairRequest& request,
                            const StepListener& onStep) {
    BootChangeResult result;
    Steps& steps = result.steps;
    planStep(steps, FixStep::Inspect);
    planStep(steps, FixStep::Backup);
    for (BootStore store : {BootStore::Bcd, BootStore::System})
        if (request.touches(store))
            planStep(steps, FixStep::Write, store);
    planStep(steps, FixStep::Verify);
    const auto fail = [&](FixStep step, const Error& error) {
        finishStep(steps, onStep, step, StepOutcome::Failed, error);
        return std::move(result);
    };
    // Inspect: each store opened and checked, and the files it is made of noted. Closed again before the
    // backup copies them: Windows keeps a loaded hive's file locked.
    std::string current;
    std::vector<fs::path> touched;
    if (request.touchesSystem()) {
        Expected<std::unique_ptr<BootHive>, Error> opened = openBootHive(files.systemHive, "SYSTEM");
        if (!opened)
            return fail(FixStep::Inspect, opened.error());
        Expected<std::string, Error> set = readCurrentControlSet((*opened)->tree());
        if (!set)
            return fail(FixStep::Inspect, set.error());
        current = *set;
        touched = (*opened)->files();
    }
    if (request.touchesBcd()) {
        Expected<std::unique_ptr<BootHive>, Error> opened = openBcd(files);
        if (!opened)
            return fail(FixStep::Inspect, opened.error());
        const std::vector<fs::path> bcdFiles = (*opened)->files();
        touched.insert(touched.end(), bcdFiles.begin(), bcdFiles.end());
    }
    if (touched.empty())
        return result; // nothing asked
    finishStep(steps, onStep, FixStep::Inspect, StepOutcome::Done);
    Expected<BootBackup, Error> backup = createBootBackup(request.backupsFolder, touched, request.now);
    if (!backup)
        return fail(FixStep::Backup, backup.error());
    result.backup = std::move(*backup);
    finishStep(steps, onStep, FixStep::Backup, StepOutcome::Done);
    // Write: the BCD store first, then SYSTEM, each opened again, written, read back and checked, and closed
    // (unloaded).
    Expected<void, Error> written;
    for (BootStore store : {BootStore::Bcd, BootStore::System}) {
        if (!request.touches(store))
            continue;
        Expected<std::unique_ptr<BootHive>, Error> opened =
            store == BootStore::Bcd ? openBcd(files) : openBootHive(files.systemHive, "SYSTEM");
        written = !opened                   ? Expected<void, Error>(unexpected(opened.error()))
                  : store == BootStore::Bcd ? writeBcd(**opened, request)
                                            : writeSystem(**opened, current, request);
        if (!written) {
            result.changed = result.changed || (opened && !(*opened)->writesAllOrNothing());
            finishStep(steps, onStep, FixStep::Write, StepOutcome::Failed, written.error(), store);
            break;
        }
        result.changed = true;
        finishStep(steps, onStep, FixStep::Write, StepOutcome::Done, std::nullopt, store);
    }
    // The state heapfix left, recorded in the backup for boot-revert, whether or not every write went
    // through.
    Expected<void, Error> recorded = recordAfterState(*result.backup);
    if (!written) {
        if (written.error().code == ErrorCode::Mismatch) // what was read back is not what was asked
            finishStep(steps, onStep, FixStep::Verify, StepOutcome::Failed, written.error());
        return result;
    }
    finishStep(steps, onStep, FixStep::Verify, StepOutcome::Done);
    if (!recorded) // the backup is not complete: it lacks the state to compare with before a revert
        return fail(FixStep::Backup, recorded.error());
    return result;
}

} // namespace heapfix
