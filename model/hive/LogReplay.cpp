#include "LogReplay.h"

#include "OldLogReplay.h"
#include "RegfFormat.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <optional>

namespace heapfix {

namespace {

using regf::readU32;

constexpr std::size_t kEntryHeaderSize = 40;
constexpr std::uint32_t kHiveBinAlignment = 4096;
constexpr std::uint32_t kMaxHiveBinsSize = 0x7FFFF000u; // beyond this no real hive goes

struct LogEntry {
    std::size_t offset = 0; // in the log file
    std::uint32_t size = 0;
    std::uint32_t flags = 0;
    std::uint32_t sequence = 0;
    std::uint32_t hiveBinsSize = 0;
    std::uint32_t pageCount = 0;
};

struct ParsedLog {
    const TransactionLog* log = nullptr;
    regf::BaseBlock base;
    std::vector<LogEntry> entries; // the valid run, from the base block's sequence number on
    std::string stopReason;        // why the run ended where it did
    bool damaged = false;          // an entry with the expected sequence number failed its checks
};

// Sequence numbers wrap around: a precedes b when b - a is less than half the range.
bool sequenceBefore(std::uint32_t a, std::uint32_t b) {
    return a != b && static_cast<std::uint32_t>(b - a) <= 0x7FFFFFFFu;
}

// Checks one entry's header, page references and Marvin32 hashes; returns why it is invalid.
std::optional<std::string> checkEntry(std::span<const std::uint8_t> log, const LogEntry& entry) {
    if (entry.size < regf::kLogSectorSize || entry.size % regf::kLogSectorSize != 0 ||
        entry.offset + entry.size > log.size())
        return fmt::format("size {} does not fit the file", entry.size);
    if (entry.hiveBinsSize < kHiveBinAlignment || entry.hiveBinsSize % kHiveBinAlignment != 0 ||
        entry.hiveBinsSize > kMaxHiveBinsSize)
        return fmt::format("hive bins size {} is invalid", entry.hiveBinsSize);
    const std::span<const std::uint8_t> bytes = log.subspan(entry.offset, entry.size);
    if (regf::marvin32(bytes.subspan(kEntryHeaderSize)) != regf::readU64(bytes, 24) ||
        regf::marvin32(bytes.first(32)) != regf::readU64(bytes, 32))
        return std::string("its Marvin32 hash does not match");
    const std::size_t referencesEnd = kEntryHeaderSize + std::size_t{entry.pageCount} * 8;
    if (entry.pageCount == 0 || referencesEnd > entry.size)
        return fmt::format("dirty page count {} is invalid", entry.pageCount);
    std::size_t pagesSize = 0;
    for (std::size_t i = 0; i < entry.pageCount; ++i) {
        const std::uint32_t pageOffset = readU32(bytes, kEntryHeaderSize + i * 8);
        const std::uint32_t pageSize = readU32(bytes, kEntryHeaderSize + i * 8 + 4);
        if (pageSize == 0 || std::size_t{pageOffset} + pageSize > entry.hiveBinsSize)
            return fmt::format("dirty page {} lies outside the hive bins", i);
        pagesSize += pageSize;
    }
    if (referencesEnd + pagesSize > entry.size)
        return std::string("its dirty pages run past the entry");
    return std::nullopt;
}

ParsedLog parseNewLog(const TransactionLog& log) {
    ParsedLog parsed{&log, regf::parseBaseBlock(log.contents()), {}, {}, false};
    const std::span<const std::uint8_t> bytes = log.contents();
    std::uint32_t expected = parsed.base.primarySequence;
    std::size_t offset = regf::kLogSectorSize;
    while (offset + kEntryHeaderSize <= bytes.size()) {
        LogEntry entry{offset,
                       readU32(bytes, offset + 4),
                       readU32(bytes, offset + 8),
                       readU32(bytes, offset + 12),
                       readU32(bytes, offset + 16),
                       readU32(bytes, offset + 20)};
        if (std::memcmp(bytes.data() + offset, "HvLE", 4) != 0) {
            parsed.stopReason = fmt::format("no log entry at offset {}", offset);
            return parsed;
        }
        if (entry.sequence != expected) {
            // Older, already applied entries follow the valid run: this is the normal end.
            parsed.stopReason = fmt::format("entry {} follows entry {}", entry.sequence, expected - 1);
            return parsed;
        }
        if (const std::optional<std::string> problem = checkEntry(bytes, entry)) {
            parsed.damaged = true;
            parsed.stopReason = fmt::format("entry {} at offset {}: {}", entry.sequence, offset, *problem);
            return parsed;
        }
        parsed.entries.push_back(entry);
        offset += entry.size;
        ++expected;
    }
    parsed.stopReason = "end of file";
    return parsed;
}

Error unsafe(const std::string& detail) {
    return makeError(ErrorCode::Unsafe, "", detail + "; heapfix does not write this hive");
}

// Adds one entry's dirty pages to the writes, growing the replayed hive to the entry's hive bins size, and
// takes the entry's flags and size into the base block.
void planEntry(ReplayWrites& result, std::span<const std::uint8_t> log, const LogEntry& entry) {
    result.size = std::max<std::size_t>(result.size, regf::kBaseBlockSize + entry.hiveBinsSize);
    std::size_t pageData = entry.offset + kEntryHeaderSize + std::size_t{entry.pageCount} * 8;
    for (std::size_t i = 0; i < entry.pageCount; ++i) {
        const std::uint32_t pageOffset = readU32(log, entry.offset + kEntryHeaderSize + i * 8);
        const std::uint32_t pageSize = readU32(log, entry.offset + kEntryHeaderSize + i * 8 + 4);
        result.writes.push_back({regf::kBaseBlockSize + pageOffset, log.subspan(pageData, pageSize)});
        pageData += pageSize;
    }
    std::span<std::uint8_t> base(result.baseBlock);
    const std::uint32_t flags = readU32(base, regf::kFlagsOffset);
    regf::writeU32(base, regf::kFlagsOffset, (flags & ~1u) | (entry.flags & 1u));
    regf::writeU32(base, regf::kHiveBinsSizeOffset, entry.hiveBinsSize);
}

struct LogOrder {
    std::vector<const ParsedLog*> order;
    std::string note;
};

// Which logs Windows applies, in which order (the rule of the specification and of yarp, Suhanov's reference
// implementation): the log whose base block has the earlier sequence number first, unless it is older than
// the hive; the second one only when it continues the first without a gap.
Expected<LogOrder, Error> orderLogs(const regf::BaseBlock& hive, std::vector<ParsedLog>& logs) {
    std::sort(logs.begin(), logs.end(), [](const ParsedLog& a, const ParsedLog& b) {
        return sequenceBefore(a.base.primarySequence, b.base.primarySequence);
    });
    LogOrder plan;
    for (const ParsedLog& log : logs) {
        if (sequenceBefore(log.base.primarySequence, hive.secondarySequence))
            continue; // older than the hive: already in it
        if (log.damaged)
            return unexpected(unsafe(
                fmt::format("transaction log {} holds a damaged entry ({})", log.log->name, log.stopReason)));
        if (log.entries.empty())
            continue;
        if (!plan.order.empty()) {
            const std::uint32_t next = plan.order.back()->entries.back().sequence + 1;
            if (log.entries.front().sequence != next)
                return unexpected(
                    unsafe(fmt::format("transaction log {} starts at entry {} but the previous log "
                                       "ends before entry {}: entries are missing",
                                       log.log->name, log.entries.front().sequence, next)));
        }
        plan.order.push_back(&log);
    }
    if (plan.order.empty())
        return unexpected(
            unsafe(fmt::format("the hive is dirty (sequence numbers {}/{}) but no transaction log "
                               "holds an entry to apply",
                               hive.primarySequence, hive.secondarySequence)));
    const std::uint32_t first = plan.order.front()->entries.front().sequence;
    if (first != hive.secondarySequence)
        plan.note =
            fmt::format("the first entry is {} while the hive says {}: Windows had already written the "
                        "entries in between (partial reconcile), so replay starts at {}; ",
                        first, hive.secondarySequence, first);
    return plan;
}

} // namespace

Expected<ReplayWrites, Error> planTransactionLogReplay(std::span<const std::uint8_t> hive,
                                                       const std::vector<TransactionLog>& logs) {
    const regf::BaseBlock base = regf::parseBaseBlock(hive);
    if (!base.signatureOk || hive.size() < regf::kBaseBlockSize)
        return unexpected(makeError(ErrorCode::Corrupt, "", "not a registry hive (no regf base block)"));
    if (!base.checksumOk)
        return unexpected(
            unsafe("the hive's base block has a wrong checksum; recovering it from a log is not "
                   "supported"));
    std::vector<ParsedLog> parsed;
    std::vector<const TransactionLog*> oldFormat;
    for (const TransactionLog& log : logs) {
        const regf::BaseBlock logBase = regf::parseBaseBlock(log.contents());
        if (!logBase.signatureOk)
            continue; // an empty or never used log file (Windows keeps an empty .LOG for compatibility)
        if (!logBase.checksumOk || logBase.dirty())
            return unexpected(unsafe(fmt::format("transaction log {} has a damaged base block", log.name)));
        if (logBase.fileType == regf::kFileTypeLogOld || logBase.fileType == regf::kFileTypeLogVeryOld)
            oldFormat.push_back(&log);
        else if (logBase.fileType == regf::kFileTypeLogNew)
            parsed.push_back(parseNewLog(log));
        else
            return unexpected(unsafe(
                fmt::format("{} is not a transaction log (file type {})", log.name, logBase.fileType)));
    }
    if (!oldFormat.empty() && !parsed.empty())
        return unexpected(unsafe("the hive has transaction logs in both the old and the new format"));
    if (!oldFormat.empty())
        return planOldTransactionLog(hive, oldFormat);
    Expected<LogOrder, Error> plan = orderLogs(base, parsed);
    if (!plan)
        return unexpected(plan.error());

    ReplayWrites result;
    result.size = hive.size();
    result.baseBlock.assign(hive.begin(), hive.begin() + regf::kBaseBlockSize);
    for (const ParsedLog* log : plan->order) {
        for (const LogEntry& entry : log->entries)
            planEntry(result, log->log->contents(), entry);
        result.logsApplied.push_back(log->log->name);
        result.entriesApplied += log->entries.size();
    }
    result.firstSequence = plan->order.front()->entries.front().sequence;
    result.lastSequence = plan->order.back()->entries.back().sequence;
    std::span<std::uint8_t> newBase(result.baseBlock);
    regf::writeU32(newBase, regf::kPrimarySequenceOffset, result.lastSequence);
    regf::writeU32(newBase, regf::kSecondarySequenceOffset, result.lastSequence);
    regf::writeU32(newBase, regf::kFileTypeOffset, regf::kFileTypePrimary);
    regf::updateChecksum(newBase);
    result.damagedDetail = "applying the log entries leaves damaged hive bins";
    result.note =
        fmt::format("{}replayed {} log entries ({} to {}) from {}", plan->note, result.entriesApplied,
                    result.firstSequence, result.lastSequence, fmt::join(result.logsApplied, " and "));
    return result;
}

Expected<void, Error> applyReplay(const ReplayWrites& writes, std::span<std::uint8_t> image) {
    if (image.size() < writes.size || writes.baseBlock.size() != regf::kBaseBlockSize)
        return unexpected(makeError(ErrorCode::Io, "", "the replayed hive does not fit its working copy"));
    for (const ReplayWrite& write : writes.writes)
        std::memcpy(image.data() + write.offset, write.bytes.data(), write.bytes.size());
    std::memcpy(image.data(), writes.baseBlock.data(), regf::kBaseBlockSize);
    if (!hiveBinsAreConsistent(image.first(writes.size)))
        return unexpected(unsafe(writes.damagedDetail));
    return {};
}

Expected<ReplayResult, Error> replayTransactionLogs(std::span<const std::uint8_t> hive,
                                                    const std::vector<TransactionLog>& logs) {
    Expected<ReplayWrites, Error> writes = planTransactionLogReplay(hive, logs);
    if (!writes)
        return unexpected(writes.error());
    ReplayResult result;
    result.hive.reserve(writes->size);
    result.hive.assign(hive.begin(), hive.end());
    result.hive.resize(writes->size, 0);
    if (Expected<void, Error> applied = applyReplay(*writes, result.hive); !applied)
        return unexpected(applied.error());
    result.logsApplied = std::move(writes->logsApplied);
    result.entriesApplied = writes->entriesApplied;
    result.firstSequence = writes->firstSequence;
    result.lastSequence = writes->lastSequence;
    result.note = std::move(writes->note);
    return result;
}

bool logsHoldNewerEntries(std::span<const std::uint8_t> hive, const std::vector<TransactionLog>& logs) {
    const regf::BaseBlock base = regf::parseBaseBlock(hive);
    for (const TransactionLog& log : logs) {
        const regf::BaseBlock logBase = regf::parseBaseBlock(log.contents());
        if (!logBase.signatureOk || logBase.fileType != regf::kFileTypeLogNew)
            continue;
        const ParsedLog parsed = parseNewLog(log);
        for (const LogEntry& entry : parsed.entries)
            if (sequenceBefore(base.secondarySequence, entry.sequence))
                return true;
    }
    return false;
}

} // namespace heapfix
