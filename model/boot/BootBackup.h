#pragma once
// The copy the seed insists on before anything changes: the touched hives (with their transaction logs) and
// the BCD store, copied into a timestamped folder of the backup folder with a JSON manifest of each file's
// sha256, read back and checked before any write. After the repair the manifest also records each file as
// heapfix left it, so that the one-step revert can tell "ours" from "changed since".
//
// Revert policy: every backup copy must match its recorded sha256. A file that is now what heapfix left (or
// already the original) is restored; a file that changed since (Windows booted and wrote it, someone edited
// it) makes the whole revert refuse before anything is touched, because restoring would lose that change.
// Every current file is kept aside as "<file>.heapfix-before-revert-<UTC time>" before being replaced.

#include "../core/Error.h"
#include "../core/Expected.h"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace heapfix {

struct BootBackupFile {
    std::string copy;                 // file name inside the backup folder
    std::filesystem::path original;   // where it came from (absolute)
    std::string sha256;               // of the original, as copied
    std::optional<std::string> after; // as heapfix left it; "" when heapfix moved it away (a replayed log)
};

struct BootBackup {
    std::filesystem::path folder; // <backups>/boot-<UTC time>
    std::string created;          // ISO 8601 UTC
    std::vector<BootBackupFile> files;
};

inline constexpr const char* kBootManifestName = "manifest.json";

// Copies `files` durably and verifies the copies; on failure removes the partial folder.
Expected<BootBackup, Error> createBootBackup(const std::filesystem::path& backupsFolder,
                                             const std::vector<std::filesystem::path>& files,
                                             std::chrono::system_clock::time_point now);
// Records every file's current sha256 (or "" when it is gone) as the state heapfix left.
Expected<void, Error> recordAfterState(BootBackup& backup);
Expected<BootBackup, Error> loadBootBackup(const std::filesystem::path& folder);

// The pieces of the one-step revert (fix/BootRepair's revertBoot runs them as a transaction).
// How a file stands against its backup: still the original, as heapfix left it, or changed since (Windows
// booted and wrote it, someone edited it).
enum class RevertState { Original, AsLeft, ChangedSince };
// Read without following a link; a file heapfix moved away and that is still gone is AsLeft.
Expected<RevertState, Error> revertStateOf(const BootBackupFile& file);
// The refusal a file that changed since gets: putting the backup back would lose that change.
Error changedSinceError(const BootBackupFile& file);
// Whether the backup's copy of `file` still holds the bytes recorded for it.
Expected<void, Error> verifyCopy(const BootBackup& backup, const BootBackupFile& file);
// Keeps the file as heapfix left it beside itself, as "<file>.heapfix-before-revert-<stamp>" (or -2, -3 ...
// when that name is taken): a new file only its owner may read, holding exactly what `file.after` recorded.
Expected<std::filesystem::path, Error> keepAside(const BootBackupFile& file, const std::string& stamp);
// Writes the backup's copy over the file, atomically, once the copy's bytes match the recorded sha256 (the
// caller reads the file back afterwards: the revert's verify step).
Expected<void, Error> putBack(const BootBackup& backup, const BootBackupFile& file);

} // namespace heapfix
