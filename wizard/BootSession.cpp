#include "BootSession.h"

#include "model/boot/SampleBootStore.h"

namespace heapfix {

namespace fs = std::filesystem;

namespace {

// The Windows folder of a SYSTEM hive named directly (<Windows>/System32/config/SYSTEM); empty otherwise.
fs::path windowsFolderOfHive(const fs::path& hive) {
    const fs::path config = hive.parent_path();
    const fs::path system32 = config.parent_path();
    std::error_code error;
    if (fs::is_directory(hive, error))
        return hive;
    if (config.filename() == "config" && !system32.empty())
        return system32.parent_path();
    return {};
}

} // namespace

void BootSession::prepare(const TargetInfo& target, const std::optional<fs::path>& givenBcd) {
    practice_ = target.kind == TargetKind::Sample;
    if (windowsDir.empty() && target.kind != TargetKind::Live)
        windowsDir = windowsFolderOfHive(fs::path(target.path));
    if (givenBcd && !bcd)
        bcd = givenBcd;
    practiceStoreError_.reset();
    if (!practice_ || windowsDir.empty())
        return;
    // The sample has no disk of its own: its root is the folder holding Windows, where findBcdStore looks.
    const fs::path root = windowsDir.parent_path();
    std::error_code error;
    if (fs::exists(sampleBootStorePath(root), error))
        return;
    if (Expected<fs::path, Error> made = createSampleBootStore(root); !made)
        practiceStoreError_ = made.error();
}

bool BootSession::locate() {
    files_.reset();
    locateError_.reset();
    checked_.reset();
    checkError_.reset();
    Expected<BootFiles, Error> found = locateBootFiles(windowsDir, bcd);
    if (!found) {
        locateError_ = found.error();
        return false;
    }
    files_ = std::move(*found);
    return true;
}

bool BootSession::check() {
    checked_.reset();
    checkError_.reset();
    result_.reset();
    reverted_.reset();
    revertError_.reset();
    if (!files_ && !locate())
        return false;
    Expected<BootCheck, Error> found = checkBoot(*files_);
    if (!found) {
        checkError_ = found.error();
        return false;
    }
    checked_ = std::move(*found);
    return true;
}

const BootRepairResult& BootSession::repair(const fs::path& backupsFolder) {
    reverted_.reset();
    revertError_.reset();
    request.backupsFolder = backupsFolder;
    request.now = std::chrono::system_clock::now();
    if (!files_)
        locate();
    if (files_)
        result_ = repairBoot(*files_, request);
    else
        result_ = BootRepairResult{std::nullopt, {}, locateError_, BootStage::Read};
    return *result_;
}

bool BootSession::revert() {
    reverted_.reset();
    revertError_.reset();
    if (!result_ || !result_->backup) {
        revertError_ = makeError(ErrorCode::NotFound, "", "there is no backup of a repair to revert");
        return false;
    }
    Expected<RevertResult, Error> done = revertBoot(result_->backup->folder);
    if (!done) {
        revertError_ = done.error();
        return false;
    }
    reverted_ = std::move(*done);
    return true;
}

} // namespace heapfix
