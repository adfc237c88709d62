#pragma once
// The use-cases of the "Windows does not start: 0xC0000017" path (seed 001), shared by the CLI and the
// wizard: find the installation's SYSTEM hive and BCD store, report what the seed checks, and repair what the
// technician asks for after a verified backup of every file that will change.

#include "StepReport.h"

#include "../boot/BcdStore.h"
#include "../boot/BootBackup.h"
#include "../boot/SystemBootSettings.h"
#include "../core/Error.h"
#include "../core/Expected.h"
#include "../core/FixOutcome.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heapfix {

// The seed: "below 300 MB of free space, enlarge the disk or clean up first".
inline constexpr std::uintmax_t kLowSpaceBytes = 300ull * 1024 * 1024;

struct BootFiles {
    std::filesystem::path windowsDir;
    std::filesystem::path systemHive;
    std::optional<std::filesystem::path> bcd; // nullopt: not found beside the installation and not given
};

// The BCD store of the disk holding `windowsDir`: EFI/Microsoft/Boot/BCD or Boot/BCD (any case) in the
// Windows folder's parent folders, up to the root of its volume. nullopt when there is none.
std::optional<std::filesystem::path> findBcdStore(const std::filesystem::path& windowsDir);
// The SYSTEM hive of `windowsDir` (a Windows folder or the drive root holding one) and the BCD store: the
// given one (which must exist) or the one findBcdStore finds.
Expected<BootFiles, Error> locateBootFiles(const std::filesystem::path& windowsDir,
                                           const std::optional<std::filesystem::path>& bcd);

struct BootCheck {
    BootFiles files;
    std::optional<std::uintmax_t> freeSpaceBytes; // of the volume holding the installation
    bool lowSpace = false;
    std::optional<BcdState> bcd;
    std::optional<Error> bcdProblem; // why `bcd` is empty (not found, not a hive, ...)
    std::string currentControlSet;
    PageFiles pageFiles; // of the current control set
    std::vector<CrashDump> crashDumps;
    std::string systemNote; // e.g. that the SYSTEM hive's logs were replayed
};

// Reads everything; only an unreadable SYSTEM hive is an error (a BCD problem is reported in the result).
Expected<BootCheck, Error> checkBoot(const BootFiles& files);

struct BootRepairRequest {
    bool clearBadMemory = false;
    bool resetPageFile = false;
    bool enableCrashDump = false;
    bool enableEms = false;
    std::filesystem::path backupsFolder;
    std::chrono::system_clock::time_point now = std::chrono::system_clock::now();

    bool touchesBcd() const { return clearBadMemory || enableEms; }
    bool touchesSystem() const { return resetPageFile || enableCrashDump; }
    bool touches(BootStore store) const { return store == BootStore::Bcd ? touchesBcd() : touchesSystem(); }
};

// What a boot repair or a boot revert did: the one result type of the 0xC0000017 path's changes.
struct BootChangeResult {
    // The repair's backup (made before the first write), or the backup a revert put back.
    std::optional<BootBackup> backup;
    // As the fix reports them. A repair: Inspect, Backup, a Write for each store asked for (the BCD store
    // first), Verify. A write is checked by reading the store back before it counts as done; Verify is the
    // after-state recorded in the backup for boot-revert. A revert: Inspect (every file is the original or as
    // heapfix left it), Backup (the backup's copies still hold what was recorded), Write (each file kept
    // aside, then the copy written back), Verify (each file put back holds the original's bytes).
    Steps steps;
    // A file was written, or a failed write may have left some of its edits (the registry backend edits the
    // loaded hive in place). After a repair: boot-revert with `backup` puts every file back. After a revert:
    // some files are back; the backup is untouched, and running the revert again finishes it. False: every
    // file is as it was.
    bool changed = false;
    std::vector<std::filesystem::path> restored;  // a revert: the files put back
    std::vector<std::filesystem::path> keptAside; // a revert: the files as heapfix had left them, kept beside

    bool wrote(BootStore store) const;
    std::vector<BootStore> written() const; // the stores a repair wrote, in order
    const Error* failure() const;           // the failed step's error; null when none failed
    // The outcome in the fix's terms, for the front ends' one exit-code table: NothingToChange, Changed;
    // InspectFailed, BackupFailed; WriteFailed when nothing changed (a revert refused because a file changed
    // since is one); RollbackFailed when `changed` (the backup names what to restore); ChangedUnconfirmed
    // when a repair is in place but its after-state could not be recorded in the backup.
    FixOutcome outcome() const;
};

// Backs up (SYSTEM and its logs, the BCD store and its logs: only those the request touches), then writes the
// BCD store and the SYSTEM hive, each in one safe commit checked by reading it back. A failure before the
// first write leaves every file as it was; a failure after it leaves the backup, recorded with the state
// heapfix left, for revertBoot.
// `onStep` hears of each step as it finishes.
BootChangeResult repairBoot(const BootFiles& files, const BootRepairRequest& request,
                            const StepListener& onStep = {});
// The result of a repair that could not start because the files could not be found or read.
BootChangeResult bootChangeNotStarted(const Error& why);

// The one-step revert of a boot repair's backup folder: refused, with nothing touched, when a file changed
// after the repair (see BootBackup.h). `onStep` hears of each step as it finishes.
BootChangeResult revertBoot(const std::filesystem::path& backupFolder, const StepListener& onStep = {});

} // namespace heapfix
