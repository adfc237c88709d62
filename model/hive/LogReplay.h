#pragma once
// Replaying a dirty hive's transaction logs into a working copy, the way Windows does at boot (Windows 8.1+
// "HvLE" log entries), so that heapfix edits what Windows would really load and never lets hivex's clean
// commit throw the pending changes away. Pure bytes in, bytes out: the files are handled by HiveFile.

#include "../core/Error.h"
#include "../core/Expected.h"

#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace heapfix {

struct TransactionLog {
    TransactionLog(std::string logName, std::vector<std::uint8_t> logBytes)
        : name(std::move(logName))
        , bytes(std::move(logBytes)) {}
    // A log whose bytes are mapped into memory (LogFiles), not copied into `bytes`.
    static TransactionLog mappedFile(std::string logName, std::span<const std::uint8_t> logBytes) {
        TransactionLog log(std::move(logName), {});
        log.mapped = logBytes;
        return log;
    }

    std::string name; // for messages: "SYSTEM.LOG1"
    std::vector<std::uint8_t> bytes;
    std::span<const std::uint8_t> mapped; // instead of `bytes`

    std::span<const std::uint8_t> contents() const {
        return mapped.empty() ? std::span<const std::uint8_t>(bytes) : mapped;
    }
};

struct ReplayResult {
    std::vector<std::uint8_t> hive; // the hive with the log entries applied and a clean base block
    std::vector<std::string> logsApplied;
    std::size_t entriesApplied = 0;
    std::uint32_t firstSequence = 0; // of the first and last entry applied
    std::uint32_t lastSequence = 0;
    std::string note; // English: what was applied and anything Windows-specific worth knowing
};

// One write of a replay: `bytes` (inside a log's bytes) go to `offset` of the replayed hive.
struct ReplayWrite {
    std::size_t offset = 0;
    std::span<const std::uint8_t> bytes;
};

// A replay as the writes that turn the hive's bytes into the replayed hive, referring into the logs' bytes
// rather than copying them: HiveFile builds the replayed hive straight into its working copy with these,
// instead of copying a 12 MiB hive through vectors twice (bench/, issue 7).
struct ReplayWrites {
    std::size_t size = 0; // of the replayed hive: the hive's own, or larger (zeros) where entries grow it
    std::vector<std::uint8_t>
        baseBlock;                   // its first 4096 bytes: marked clean, new sequence numbers and checksum
    std::vector<ReplayWrite> writes; // over the hive bins, applied in this order
    std::string damagedDetail;       // the refusal's detail when the result has damaged hive bins
    std::vector<std::string> logsApplied;
    std::size_t entriesApplied = 0;
    std::uint32_t firstSequence = 0;
    std::uint32_t lastSequence = 0;
    std::string note;
};

// What replayTransactionLogs does, as writes; the same errors, except damaged hive bins (applyReplay's).
Expected<ReplayWrites, Error> planTransactionLogReplay(std::span<const std::uint8_t> hive,
                                                       const std::vector<TransactionLog>& logs);
// Applies `writes` to `image` (writes.size bytes: the hive's bytes, then zeros) and checks the hive bins of
// the result. Error: Unsafe when they are damaged.
Expected<void, Error> applyReplay(const ReplayWrites& writes, std::span<std::uint8_t> image);

// Replays `logs` (.LOG1, .LOG2, .LOG; empty or unused files are skipped) into a copy of the dirty `hive`:
// new-format entries in sequence from both logs, or the one applicable old-format ("DIRT") log.
// Errors: Unsafe when the logs cannot be replayed safely (damaged entry, gap between the logs, both formats,
// base block with a wrong checksum, nothing applicable, hive bins left damaged), with the reason in the
// detail.
Expected<ReplayResult, Error> replayTransactionLogs(std::span<const std::uint8_t> hive,
                                                    const std::vector<TransactionLog>& logs);

// For a clean hive: whether a log holds valid entries newer than the hive (a state Windows would ignore).
bool logsHoldNewerEntries(std::span<const std::uint8_t> hive, const std::vector<TransactionLog>& logs);

} // namespace heapfix
