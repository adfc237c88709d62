#include "BootRepair.h"

#include "BcdElements.h"

#include "../hive/HiveFile.h"
#include "../hive/HivePlatform.h"
#include "../hive/HiveRegistry.h"
#include "../hive/OfflineTarget.h"

#include <fmt/format.h>

#include <algorithm>

namespace heapfix {

namespace fs = std::filesystem;

namespace {

std::optional<fs::path> findPath(fs::path folder, const std::vector<std::string>& segments) {
    for (const std::string& segment : segments) {
        std::optional<fs::path> next = findCaseInsensitive(folder, segment);
        if (!next)
            return std::nullopt;
        folder = *next;
    }
    std::error_code error;
    return fs::is_regular_file(folder, error) ? std::optional<fs::path>(folder) : std::nullopt;
}

Expected<std::unique_ptr<HiveFile>, Error> openBcd(const BootFiles& files) {
    if (!files.bcd)
        return unexpected(
            makeError(ErrorCode::NotFound, files.windowsDir.string(),
                      "no BCD store found (EFI/Microsoft/Boot/BCD or Boot/BCD on the installation's "
                      "disk); mount the EFI system partition and give it with --bcd"));
    Expected<std::unique_ptr<HiveFile>, Error> store = HiveFile::open(*files.bcd);
    if (!store)
        return store;
    if (Expected<BcdState, Error> state = readBcdState((*store)->view()); !state)
        return unexpected(state.error());
    return store;
}

std::vector<fs::path> withLogs(const HiveFile& hive) {
    std::vector<fs::path> files{hive.file()};
    files.insert(files.end(), hive.logs().begin(), hive.logs().end());
    return files;
}

Error verifyFailure(const fs::path& file, const std::string& detail) {
    return makeError(ErrorCode::Mismatch, file.string(), detail);
}

Expected<void, Error> writeBcd(HiveFile& store, const BootRepairRequest& request) {
    const HiveFile::Edit edit = [&](HiveHandle& editor) -> Expected<void, Error> {
        if (request.clearBadMemory)
            if (Expected<void, Error> done = deleteBadMemoryList(editor); !done)
                return done;
        if (request.enableEms)
            return enableEms(editor, bcd::kSeedEmsPort, bcd::kSeedEmsBaudRate);
        return {};
    };
    const HiveFile::Check check = [&](const HiveHandle& written,
                                      const HiveHandle& before) -> Expected<void, Error> {
        Expected<BcdState, Error> state = readBcdState(written);
        Expected<std::vector<std::string>, Error> objectsAfter = bcdObjects(written);
        Expected<std::vector<std::string>, Error> objectsBefore = bcdObjects(before);
        if (!state || !objectsAfter || !objectsBefore)
            return unexpected(verifyFailure(written.file(), "the written BCD store cannot be read back"));
        if (request.clearBadMemory && state->badMemoryList)
            return unexpected(verifyFailure(written.file(), "the bad memory list is still there"));
        if (request.enableEms && (!state->ems.enabled || state->ems.port != bcd::kSeedEmsPort ||
                                  state->ems.baud != bcd::kSeedEmsBaudRate))
            return unexpected(verifyFailure(written.file(), "EMS is not on with port 1 at 115200 baud"));
        std::vector<std::string> expected = *objectsBefore;
        if (request.enableEms &&
            std::find(expected.begin(), expected.end(), bcd::kEmsSettingsObject) == expected.end()) {
            expected.emplace_back(bcd::kEmsSettingsObject);
            std::sort(expected.begin(), expected.end());
        }
        if (*objectsAfter != expected)
            return unexpected(
                verifyFailure(written.file(), "the written store's objects differ from the original's"));
        return {};
    };
    Expected<WriteReceipt, Error> written = store.writeEdits(edit, check);
    if (!written)
        return unexpected(written.error());
    return {};
}

Expected<void, Error> writeSystem(HiveFile& system, const std::string& current,
                                  const BootRepairRequest& request) {
    const HiveFile::Edit edit = [&](HiveHandle& editor) -> Expected<void, Error> {
        if (request.resetPageFile)
            if (Expected<void, Error> done = resetPagingFiles(editor); !done)
                return done;
        if (request.enableCrashDump)
            return enableCrashDumps(editor);
        return {};
    };
    const HiveFile::Check check = [&](const HiveHandle& written,
                                      const HiveHandle& before) -> Expected<void, Error> {
        Expected<std::vector<std::string>, Error> setsAfter = controlSetNames(written);
        Expected<std::vector<std::string>, Error> setsBefore = controlSetNames(before);
        if (!setsAfter || !setsBefore || *setsAfter != *setsBefore)
            return unexpected(verifyFailure(written.file(), "the control sets differ after the write"));
        if (request.resetPageFile) {
            Expected<PageFiles, Error> files = readPageFiles(written, current);
            if (!files || files->pagingFiles != std::vector<std::string>{"?:\\pagefile.sys"})
                return unexpected(
                    verifyFailure(written.file(), "PagingFiles is not the system-managed default"));
        }
        if (request.enableCrashDump) {
            Expected<std::vector<CrashDump>, Error> dumps = readCrashDumps(written);
            if (!dumps)
                return unexpected(dumps.error());
            for (const CrashDump& dump : *dumps)
                if (dump.crashDumpEnabled != 1u || dump.dumpFile != "%SystemRoot%\\MEMORY.DMP" ||
                    dump.nmiCrashDump != 1u)
                    return unexpected(
                        verifyFailure(written.file(), fmt::format("{}\\Control\\CrashControl is not as set",
                                                                  dump.controlSet)));
        }
        return {};
    };
    Expected<WriteReceipt, Error> written = system.writeEdits(edit, check);
    if (!written)
        return unexpected(written.error());
    return {};
}

BootRepairResult failed(BootRepairResult result, BootStage stage, Error error) {
    result.failedAt = stage;
    result.failure = std::move(error);
    return result;
}

} // namespace

std::optional<fs::path> findBcdStore(const fs::path& windowsDir) {
    std::error_code error;
    fs::path folder = fs::weakly_canonical(fs::absolute(windowsDir), error);
    if (error)
        return std::nullopt;
    const std::optional<std::uint64_t> volume = hiveplatform::volumeId(folder);
    while (true) {
        for (const auto& segments : {std::vector<std::string>{"EFI", "Microsoft", "Boot", "BCD"},
                                     std::vector<std::string>{"Boot", "BCD"}})
            if (std::optional<fs::path> found = findPath(folder, segments))
                return found;
        const fs::path parent = folder.parent_path();
        if (parent == folder || hiveplatform::volumeId(parent) != volume)
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
            return unexpected(makeError(ErrorCode::NotFound, bcd->string(), "there is no BCD store here"));
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
    Expected<std::unique_ptr<HiveFile>, Error> system = HiveFile::open(files.systemHive);
    if (!system)
        return unexpected(system.error());
    check.systemNote = (*system)->note();
    Expected<std::string, Error> current = readCurrentControlSet(**system);
    if (!current)
        return unexpected(current.error());
    check.currentControlSet = *current;
    Expected<PageFiles, Error> pageFiles = readPageFiles((*system)->view(), *current);
    Expected<std::vector<CrashDump>, Error> dumps = readCrashDumps((*system)->view());
    if (!pageFiles)
        return unexpected(pageFiles.error());
    if (!dumps)
        return unexpected(dumps.error());
    check.pageFiles = std::move(*pageFiles);
    check.crashDumps = std::move(*dumps);
    Expected<std::unique_ptr<HiveFile>, Error> store = openBcd(files);
    if (store)
        check.bcd = readBcdState((*store)->view()).value();
    else
        check.bcdProblem = store.error();
    return check;
}

BootRepairResult repairBoot(const BootFiles& files, const BootRepairRequest& request) {
    BootRepairResult result;
    std::unique_ptr<HiveFile> system;
    std::unique_ptr<HiveFile> bcdFile;
    std::string current;
    std::vector<fs::path> touched;
    if (request.touchesSystem()) {
        Expected<std::unique_ptr<HiveFile>, Error> opened = HiveFile::open(files.systemHive);
        if (!opened)
            return failed(std::move(result), BootStage::Read, opened.error());
        system = std::move(*opened);
        Expected<std::string, Error> set = readCurrentControlSet(*system);
        if (!set)
            return failed(std::move(result), BootStage::Read, set.error());
        current = *set;
        touched = withLogs(*system);
    }
    if (request.touchesBcd()) {
        Expected<std::unique_ptr<HiveFile>, Error> opened = openBcd(files);
        if (!opened)
            return failed(std::move(result), BootStage::Read, opened.error());
        bcdFile = std::move(*opened);
        const std::vector<fs::path> bcdFiles = withLogs(*bcdFile);
        touched.insert(touched.end(), bcdFiles.begin(), bcdFiles.end());
    }
    if (touched.empty())
        return result; // nothing asked
    Expected<BootBackup, Error> backup = createBootBackup(request.backupsFolder, touched, request.now);
    if (!backup)
        return failed(std::move(result), BootStage::Backup, backup.error());
    result.backup = std::move(*backup);
    Expected<void, Error> written;
    if (bcdFile) {
        written = writeBcd(*bcdFile, request);
        if (written)
            result.done.push_back("bcd");
    }
    if (written && system) {
        written = writeSystem(*system, current, request);
        if (written)
            result.done.push_back("system");
    }
    Expected<void, Error> recorded = recordAfterState(*result.backup);
    if (!written)
        return failed(std::move(result),
                      written.error().code == ErrorCode::Mismatch ? BootStage::Verify : BootStage::Write,
                      written.error());
    if (!recorded)
        return failed(std::move(result), BootStage::Backup, recorded.error());
    return result;
}

Expected<RevertResult, Error> revertBoot(const fs::path& backupFolder) {
    Expected<BootBackup, Error> backup = loadBootBackup(backupFolder);
    if (!backup)
        return unexpected(backup.error());
    return revertBootBackup(*backup);
}

} // namespace heapfix
