#include "OldLogReplay.h"

#include "RegfFormat.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

namespace heapfix {

namespace {

constexpr std::size_t kPageSize = 512;

Error unsafe(const std::string& detail) {
    return makeError(ErrorCode::Unsafe, "", detail + "; heapfix does not write this hive");
}

std::size_t alignToSector(std::size_t offset) {
    return (offset + kPageSize - 1) / kPageSize * kPageSize;
}

// The log Windows would use: the one written at the hive's own "last written" time; failing that the only one
// written later (yarp's rule). Several candidates without an exact match are ambiguous.
Expected<const TransactionLog*, Error> chooseLog(const regf::BaseBlock& hive,
                                                 const std::vector<const TransactionLog*>& logs) {
    std::vector<const TransactionLog*> later;
    for (const TransactionLog* log : logs) {
        const regf::BaseBlock base = regf::parseBaseBlock(log->contents());
        if (base.lastWritten == hive.lastWritten)
            return log;
        if (base.lastWritten > hive.lastWritten)
            later.push_back(log);
    }
    if (later.size() == 1)
        return later.front();
    if (later.empty())
        return unexpected(
            unsafe("no old-format transaction log was written at or after the hive's last write"));
    return unexpected(
        unsafe("several old-format transaction logs could apply and none matches the hive's time"));
}

} // namespace

bool hiveBinsAreConsistent(std::span<const std::uint8_t> hive) {
    const std::uint64_t end =
        regf::kBaseBlockSize + std::uint64_t{regf::readU32(hive, regf::kHiveBinsSizeOffset)};
    if (end > hive.size())
        return false;
    std::uint64_t offset = regf::kBaseBlockSize;
    while (offset < end) {
        const std::uint32_t size = regf::readU32(hive, offset + 8);
        if (std::memcmp(hive.data() + offset, "hbin", 4) != 0 ||
            regf::readU32(hive, offset + 4) != offset - regf::kBaseBlockSize || size < 4096 ||
            size % 4096 != 0 || offset + size > end)
            return false;
        offset += size;
    }
    return true;
}

Expected<ReplayWrites, Error> planOldTransactionLog(std::span<const std::uint8_t> hive,
                                                    const std::vector<const TransactionLog*>& logs) {
    const regf::BaseBlock hiveBase = regf::parseBaseBlock(hive);
    Expected<const TransactionLog*, Error> chosen = chooseLog(hiveBase, logs);
    if (!chosen)
        return unexpected(chosen.error());
    const TransactionLog& log = **chosen;
    const std::span<const std::uint8_t> bytes = log.contents();
    const regf::BaseBlock logBase = regf::parseBaseBlock(bytes);
    const std::uint32_t hiveBinsSize = logBase.hiveBinsSize;
    const std::size_t bitmapBytes = hiveBinsSize / (kPageSize * 8);
    const std::size_t pagesStart = alignToSector(kPageSize + 4 + bitmapBytes);
    if (hiveBinsSize == 0 || hiveBinsSize % 4096 != 0 || bytes.size() < pagesStart ||
        std::memcmp(bytes.data() + kPageSize, "DIRT", 4) != 0)
        return unexpected(unsafe(fmt::format("transaction log {} has no valid dirty vector", log.name)));

    ReplayWrites result;
    result.size = std::max<std::size_t>(hive.size(), regf::kBaseBlockSize + hiveBinsSize);
    std::size_t pageInLog = pagesStart;
    for (std::size_t page = 0; page < hiveBinsSize / kPageSize; ++page) {
        if ((bytes[kPageSize + 4 + page / 8] >> (page % 8) & 1) == 0)
            continue;
        if (pageInLog + kPageSize > bytes.size())
            return unexpected(unsafe(fmt::format("transaction log {} is truncated: dirty page {} is missing",
                                                 log.name, result.entriesApplied)));
        result.writes.push_back(
            {regf::kBaseBlockSize + page * kPageSize, bytes.subspan(pageInLog, kPageSize)});
        pageInLog += kPageSize;
        ++result.entriesApplied;
    }
    result.baseBlock.assign(hive.begin(), hive.begin() + regf::kBaseBlockSize);
    std::span<std::uint8_t> base(result.baseBlock);
    regf::writeU32(base, regf::kSecondarySequenceOffset, hiveBase.primarySequence);
    regf::writeU32(base, regf::kHiveBinsSizeOffset, hiveBinsSize);
    regf::writeU32(base, regf::kFlagsOffset, logBase.flags);
    regf::writeU32(base, regf::kFileTypeOffset, regf::kFileTypePrimary);
    regf::updateChecksum(base);
    result.damagedDetail = fmt::format("applying transaction log {} leaves damaged hive bins", log.name);
    result.logsApplied.push_back(log.name);
    result.firstSequence = result.lastSequence = hiveBase.primarySequence;
    result.note = fmt::format("replayed {} dirty pages from the old-format transaction log {}",
                              result.entriesApplied, log.name);
    return result;
}

} // namespace heapfix
