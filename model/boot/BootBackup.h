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

struct RevertResult {
    std::vector<std::filesystem::path> restored;
    std::vector<std::filesystem::path> keptAside;
};
Expected<RevertResult, Error> revertBootBackup(const BootBackup& backup);

} // namespace heapfix
