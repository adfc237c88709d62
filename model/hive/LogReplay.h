#pragma once
// Replaying a dirty hive's transaction logs into a working copy, the way Windows does at boot (Windows 8.1+
// "HvLE" log entries), so that heapfix edits what Windows would really load and never lets hivex's clean
// commit throw the pending changes away. Pure bytes in, bytes out: the files are handled by HiveFile.

#include "../core/Error.h"
#include "../core/Expected.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace heapfix {

struct TransactionLog {
    std::string name; // for messages: "SYSTEM.LOG1"
    std::vector<std::uint8_t> bytes;
};

struct ReplayResult {
    std::vector<std::uint8_t> hive; // the hive with the log entries applied and a clean base block
    std::vector<std::string> logsApplied;
    std::size_t entriesApplied = 0;
    std::uint32_t firstSequence = 0; // of the first and last entry applied
    std::uint32_t lastSequence = 0;
    std::string note; // English: what was applied and anything Windows-specific worth knowing
};

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
