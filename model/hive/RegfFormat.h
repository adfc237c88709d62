#pragma once
// The bits of the regf format heapfix reads itself (hivex does the cells): the base block of a primary file
// or a transaction log, its XOR checksum, and the Marvin32 hash of the new-format log entries. Layout per
// Maxim Suhanov's public "Windows registry file format specification" (github.com/msuhanov/regf).

#include <cstddef>
#include <cstdint>
#include <span>

namespace heapfix::regf {

inline constexpr std::size_t kBaseBlockSize = 4096; // of a primary file; hive bins start here
inline constexpr std::size_t kLogSectorSize = 512;  // a log's base block copy; log entries start here
inline constexpr std::uint32_t kFileTypePrimary = 0;
inline constexpr std::uint32_t kFileTypeLogOld = 1;     // Windows XP .. 8: "DIRT" dirty vector
inline constexpr std::uint32_t kFileTypeLogVeryOld = 2; // Windows NT 3.x/4.0 (same layout as type 1)
inline constexpr std::uint32_t kFileTypeLogNew = 6;     // Windows 8.1 and later: "HvLE" log entries
// The spec lists the seed as the bytes 82 EF 4D 88 7A 4E 55 C5; Windows uses them as this number (low dword
// 0x7A4E55C5 first), which is what the hashes in real logs match.
inline constexpr std::uint64_t kMarvinSeed = 0x82EF4D887A4E55C5ull;

// Field offsets in a base block.
inline constexpr std::size_t kPrimarySequenceOffset = 4;
inline constexpr std::size_t kSecondarySequenceOffset = 8;
inline constexpr std::size_t kLastWrittenOffset = 12;
inline constexpr std::size_t kFileTypeOffset = 28;
inline constexpr std::size_t kHiveBinsSizeOffset = 40;
inline constexpr std::size_t kFlagsOffset = 144;
inline constexpr std::size_t kChecksumOffset = 508;

std::uint32_t readU32(std::span<const std::uint8_t> bytes, std::size_t offset);
std::uint64_t readU64(std::span<const std::uint8_t> bytes, std::size_t offset);
void writeU32(std::span<std::uint8_t> bytes, std::size_t offset, std::uint32_t value);

struct BaseBlock {
    bool signatureOk = false; // "regf"
    bool checksumOk = false;
    std::uint32_t primarySequence = 0;
    std::uint32_t secondarySequence = 0;
    std::uint64_t lastWritten = 0;
    std::uint32_t fileType = 0;
    std::uint32_t hiveBinsSize = 0;
    std::uint32_t flags = 0;

    // Windows replays the logs of a hive whose checksum is wrong or whose sequence numbers differ.
    bool dirty() const { return !checksumOk || primarySequence != secondarySequence; }
};

// Needs at least 512 bytes; fewer give a BaseBlock with signatureOk false.
BaseBlock parseBaseBlock(std::span<const std::uint8_t> bytes);
// XOR of the first 127 dwords; 0 becomes 1 and 0xFFFFFFFF becomes 0xFFFFFFFE, as Windows writes it.
std::uint32_t baseBlockChecksum(std::span<const std::uint8_t> bytes);
void updateChecksum(std::span<std::uint8_t> bytes);

// Marvin32 (the hash of .NET and the Windows kernel), 64-bit result: high dword = second state word.
std::uint64_t marvin32(std::span<const std::uint8_t> bytes, std::uint64_t seed = kMarvinSeed);

} // namespace heapfix::regf
