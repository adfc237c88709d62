#pragma once
// The working copy of a dirty hive: the hive with its transaction logs replayed, in a file that hivex opens
// by name, never beside the hive. On Linux it lives in memory (a memfd that hivex opens as /proc/self/fd/N)
// and is built by the kernel copying the hive into it, then the logs' pages written over it in place: a
// scratch copy needs no disk. Writing the 12 MiB copy into the temporary folder's file system and removing it
// again, through vectors copied twice, made a status of the dirty Windows 10 hive 7x slower than hivexget
// (bench/, issue 7). Elsewhere, and where the memory file is not available, a file in a private temporary
// folder.

#include "LogReplay.h"

#include "../core/Error.h"
#include "../core/Expected.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace heapfix {

class WorkingCopy {
public:
    ~WorkingCopy();
    WorkingCopy(const WorkingCopy&) = delete;
    WorkingCopy& operator=(const WorkingCopy&) = delete;

    // The file to hand to hivex: "/proc/self/fd/N", or the file in the private temporary folder.
    const std::filesystem::path& path() const { return path_; }

private:
    WorkingCopy() = default;
    friend struct WorkingCopyMaker;
    std::filesystem::path path_;
    std::filesystem::path folder_; // the private temporary folder, if one was made
    int fd_ = -1;                  // the memory file, if one was made
};

// The transaction logs of a hive, read for replay: mapped into memory on Linux (reading 6 MiB of logs into
// zeroed vectors was a fifth of a dirty status's time), read into memory elsewhere. The logs' bytes live as
// long as this object.
class LogFiles {
public:
    static Expected<std::unique_ptr<LogFiles>, Error> read(const std::vector<std::filesystem::path>& files);
    ~LogFiles();
    LogFiles(const LogFiles&) = delete;
    LogFiles& operator=(const LogFiles&) = delete;

    const std::vector<TransactionLog>& logs() const { return logs_; }

private:
    LogFiles() = default;
    std::vector<TransactionLog> logs_;
    std::vector<std::pair<void*, std::size_t>> mappings_;
};

struct ReplayOutcome {
    std::unique_ptr<WorkingCopy> copy; // set when the logs were replayed
    std::string note;                  // the replay's note (what was applied)
    std::optional<Error> refused;      // set instead when the logs cannot be replayed safely
};

// Replays `logs` over the dirty hive `hive` (its base block and size already checked) into a new working
// copy. A replay that is not safe is an outcome (refused), not an error; errors are failures to read or
// write.
Expected<ReplayOutcome, Error> replayIntoWorkingCopy(const std::filesystem::path& hive,
                                                     const std::vector<TransactionLog>& logs);

} // namespace heapfix
