#pragma once
// The state of the "Windows does not start: 0xC0000017" path (seed 001), shared by its pages: where the
// broken installation and its BCD store are, what checkBoot found, what the technician chose, and the outcome
// of repairBoot and revertBoot. Every operation is one of model/boot's use-cases, the ones heapfix-cli calls.

#include "model/boot/BootRepair.h"
#include "model/core/Target.h"

#include <filesystem>
#include <optional>

namespace heapfix {

class BootSession {
public:
    // What the wizard's target already says: an offline Windows folder, or the built-in sample, beside whose
    // Windows folder the practice BCD store is written here (once). `bcd`: the store named on the command
    // line.
    void prepare(const TargetInfo& target, const std::optional<std::filesystem::path>& bcd);
    bool practice() const { return practice_; }
    const std::optional<Error>& practiceStoreError() const { return practiceStoreError_; }

    // Where to look; bcd nullopt: find it on the installation's disk.
    std::filesystem::path windowsDir;
    std::optional<std::filesystem::path> bcd;

    // locateBootFiles over the two above; false when the SYSTEM hive (or a given BCD store) is not there.
    bool locate();
    const std::optional<BootFiles>& files() const { return files_; }
    const std::optional<Error>& locateError() const { return locateError_; }

    // checkBoot over the located files; false when the SYSTEM hive cannot be read.
    bool check();
    const std::optional<BootCheck>& checked() const { return checked_; }
    const std::optional<Error>& checkError() const { return checkError_; }

    // The repairs chosen on the check page (backupsFolder and now are set by repair()).
    BootRepairRequest request;
    // repairBoot with the backup in `backupsFolder`; the check it was chosen from is kept for the next steps.
    const BootRepairResult& repair(const std::filesystem::path& backupsFolder);
    const std::optional<BootRepairResult>& result() const { return result_; }

    // revertBoot of the backup repair() made.
    bool revert();
    const std::optional<RevertResult>& reverted() const { return reverted_; }
    const std::optional<Error>& revertError() const { return revertError_; }

private:
    bool practice_ = false;
    std::optional<Error> practiceStoreError_;
    std::optional<BootFiles> files_;
    std::optional<Error> locateError_;
    std::optional<BootCheck> checked_;
    std::optional<Error> checkError_;
    std::optional<BootRepairResult> result_;
    std::optional<RevertResult> reverted_;
    std::optional<Error> revertError_;
};

} // namespace heapfix
