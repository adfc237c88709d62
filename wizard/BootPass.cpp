#include "BootPass.h"

#include "model/boot/SampleBootStore.h"

namespace heapfix {

namespace fs = std::filesystem;

namespace {

// The Windows folder of a SYSTEM hive named directly (<Windows>/System32/config/SYSTEM); empty otherwise.
fs::path windowsFolderOf(const fs::path& targetPath) {
    std::error_code error;
    if (fs::is_directory(targetPath, error))
        return targetPath;
    const fs::path config = targetPath.parent_path();
    const fs::path system32 = config.parent_path();
    if (config.filename() == "config" && !system32.empty())
        return system32.parent_path();
    return {};
}

} // namespace

BootPass::BootPass(const TargetInfo& target, const std::optional<fs::path>& bcd)
    : practice_(target.kind == TargetKind::Sample) {
    place_.windowsDir = target.kind == TargetKind::Live ? fs::path() : windowsFolderOf(fs::path(target.path));
    place_.bcd = bcd;
    if (!practice_ || place_.windowsDir.empty())
        return;
    // The sample has no disk of its own: its root is the folder holding Windows, where findBcdStore looks.
    const fs::path root = place_.windowsDir.parent_path();
    std::error_code error;
    if (fs::exists(sampleBootStorePath(root), error))
        return;
    if (Expected<fs::path, Error> made = createSampleBootStore(root); !made)
        practiceStoreError_ = made.error();
}

void BootPass::locate(const fs::path& windowsDir, const std::optional<fs::path>& bcd) {
    place_ = Place{windowsDir, bcd, std::nullopt, std::nullopt};
    if (!windowsDir.empty())
        place_.files = locateBootFiles(windowsDir, bcd);
}

const Expected<BootFiles, Error>* BootPass::files() const {
    return place_.files ? &*place_.files : nullptr;
}

const BootFiles* BootPass::located() const {
    return place_.files && *place_.files ? &**place_.files : nullptr;
}

const Expected<BootCheck, Error>& BootPass::check() {
    if (const BootFiles* found = located())
        place_.check = Check{checkBoot(*found), std::nullopt};
    else
        place_.check =
            Check{unexpected(files() ? files()->error()
                                     : makeError(ErrorCode::NotFound, "", "no Windows folder chosen")),
                  std::nullopt};
    return place_.check->found;
}

const Expected<BootCheck, Error>* BootPass::checked() const {
    return place_.check ? &place_.check->found : nullptr;
}

const BootCheck* BootPass::found() const {
    return place_.check && place_.check->found ? &*place_.check->found : nullptr;
}

void BootPass::choose(const BootRepairRequest& repairs) {
    if (!place_.check)
        check();
    place_.check->choice = Choice{repairs, std::nullopt};
}

const BootChangeResult& BootPass::repair(const fs::path& backupsFolder, const StepListener& onStep) {
    if (!place_.check)
        check();
    Check& check = *place_.check;
    if (!check.choice)
        check.choice = Choice{};
    BootRepairRequest request = check.choice->repairs;
    request.backupsFolder = backupsFolder;
    request.now = std::chrono::system_clock::now();
    BootChangeResult result = check.found ? repairBoot(check.found->files, request, onStep)
                                          : bootChangeNotStarted(check.found.error());
    check.choice->repair = Repair{std::move(request), std::move(result), std::nullopt};
    return check.choice->repair->result;
}

const BootChangeResult* BootPass::repaired() const {
    const Repair* repair = lastRepair(*this);
    return repair ? &repair->result : nullptr;
}

const BootRepairRequest* BootPass::request() const {
    const Repair* repair = lastRepair(*this);
    return repair ? &repair->request : nullptr;
}

const BootChangeResult& BootPass::revert() {
    Repair* repair = lastRepair(*this);
    if (!repair || !repair->result.backup) {
        static const BootChangeResult nothing = bootChangeNotStarted(
            makeError(ErrorCode::NotFound, "", "there is no repair with a backup to revert"));
        return nothing;
    }
    repair->revert = revertBoot(repair->result.backup->folder);
    return *repair->revert;
}

const BootChangeResult* BootPass::reverted() const {
    const Repair* repair = lastRepair(*this);
    return repair && repair->revert ? &*repair->revert : nullptr;
}

} // namespace heapfix
