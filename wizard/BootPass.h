#pragma once
// One walk through the "Windows does not start: 0xC0000017" path (seed 001): where the broken installation
// and its BCD store are, what checkBoot found there, the repairs chosen and what repairBoot and revertBoot
// did. Each step's result holds the results of the steps after it, so a new place forgets its old check, and
// a new check its old repair, without anything being reset by hand. Every operation is one of model/boot's
// use-cases, the ones heapfix-cli calls.

#include "model/core/Target.h"
#include "model/fix/BootRepair.h"

#include <filesystem>
#include <optional>

namespace heapfix {

class BootPass {
public:
    // Starts where the wizard's target is: an offline Windows folder, or the built-in sample, beside whose
    // Windows folder a practice BCD store is written (once). `bcd`: the store named on the command line.
    BootPass(const TargetInfo& target, const std::optional<std::filesystem::path>& bcd);
    bool practice() const { return practice_; }
    const std::optional<Error>& practiceStoreError() const { return practiceStoreError_; }

    // locateBootFiles in `windowsDir` with `bcd` (nullopt: found on the same disk); an empty folder finds
    // nothing yet.
    void locate(const std::filesystem::path& windowsDir, const std::optional<std::filesystem::path>& bcd);
    const std::filesystem::path& windowsDir() const { return place_.windowsDir; }
    const std::optional<std::filesystem::path>& bcd() const { return place_.bcd; }
    const Expected<BootFiles, Error>* files() const;
    const BootFiles* located() const; // the files, when they were found

    // checkBoot over the located files.
    const Expected<BootCheck, Error>& check();
    const Expected<BootCheck, Error>* checked() const;
    const BootCheck* found() const; // the check, when it could be made

    // The repairs ticked on the check page; repairBoot of them over the checked files, with the backup in
    // `backupsFolder`; `onStep` hears of each step as it finishes.
    void choose(const BootRepairRequest& repairs);
    const BootChangeResult& repair(const std::filesystem::path& backupsFolder,
                                   const StepListener& onStep = {});
    const BootChangeResult* repaired() const;
    const BootRepairRequest* request() const; // what repair() was asked to do

    // revertBoot of the backup repair() made.
    const BootChangeResult& revert();
    const BootChangeResult* reverted() const;

private:
    struct Repair {
        BootRepairRequest request; // as made: with its backup folder and time
        BootChangeResult result;
        std::optional<BootChangeResult> revert;
    };
    struct Choice {
        BootRepairRequest repairs;
        std::optional<Repair> repair;
    };
    struct Check {
        Expected<BootCheck, Error> found;
        std::optional<Choice> choice;
    };
    struct Place {
        std::filesystem::path windowsDir;
        std::optional<std::filesystem::path> bcd;
        std::optional<Expected<BootFiles, Error>> files;
        std::optional<Check> check;
    };

    bool practice_ = false;
    std::optional<Error> practiceStoreError_;
    // The repair of the current choice, if made: const or not as `self` is.
    template <typename Self>
    static auto* lastRepair(Self& self) {
        auto& check = self.place_.check;
        return check && check->choice && check->choice->repair ? &*check->choice->repair : nullptr;
    }

    Place place_;
};

} // namespace heapfix
