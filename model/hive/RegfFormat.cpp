#include "RegfFormat.h"

#include <bit>
#include <cstring>

namespace heapfix::regf {

std::uint32_t readU32(std::span<const std::uint8_t> bytes, std::size_t offset) {
    if (offset + 4 > bytes.size())
        return 0;
    return static_cast<std::uint32_t>(bytes[offset]) | static_cast<std::uint32_t>(bytes[offset + 1]) << 8 |
           static_cast<std::uint32_t>(bytes[offset + 2]) << 16 |
           static_cast<std::uint32_t>(bytes[offset + 3]) << 24;
}

std::uint64_t readU64(std::span<const std::uint8_t> bytes, std::size_t offset) {
    return static_cast<std::uint64_t>(readU32(bytes, offset)) |
           static_cast<std::uint64_t>(readU32(bytes, offset + 4)) << 32;
}

void writeU32(std::span<std::uint8_t> bytes, std::size_t offset, std::uint32_t value) {
    for (std::size_t i = 0; i < 4; ++i)
        bytes[offset + i] = static_cast<std::uint8_t>(value >> (8 * i));
}

std::uint32_t baseBlockChecksum(std::span<const std::uint8_t> bytes) {
    std::uint32_t sum = 0;
    for (std::size_t offset = 0; offset < kChecksumOffset; offset += 4)
        sum ^= readU32(bytes, offset);
    if (sum == 0)
        return 1;
    if (sum == 0xFFFFFFFFu)
        return 0xFFFFFFFEu;
    return sum;
}

void updateChecksum(std::span<std::uint8_t> bytes) {
    writeU32(bytes, kChecksumOffset, baseBlockChecksum(bytes));
}

BaseBlock parseBaseBlock(std::span<const std::uint8_t> bytes) {
    BaseBlock block;
    if (bytes.size() < kLogSectorSize || std::memcmp(bytes.data(), "regf", 4) != 0)
        return block;
    block.signatureOk = true;
    block.checksumOk = baseBlockChecksum(bytes) == readU32(bytes, kChecksumOffset);
    block.primarySequence = readU32(bytes, kPrimarySequenceOffset);
    block.secondarySequence = readU32(bytes, kSecondarySequenceOffset);
    block.lastWritten = readU64(bytes, kLastWrittenOffset);
    block.fileType = readU32(bytes, kFileTypeOffset);
    block.hiveBinsSize = readU32(bytes, kHiveBinsSizeOffset);
    block.flags = readU32(bytes, kFlagsOffset);
    return block;
}

namespace {

struct MarvinState {
    std::uint32_t lo;
    std::uint32_t hi;

    void mix(std::uint32_t value) {
        lo += value;
        hi ^= lo;
        lo = std::rotl(lo, 20) + hi;
        hi = std::rotl(hi, 9) ^ lo;
        lo = std::rotl(lo, 27) + hi;
        hi = std::rotl(hi, 19);
    }
};

} // namespace

std::uint64_t marvin32(std::span<const std::uint8_t> bytes, std::uint64_t seed) {
    MarvinState state{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32)};
    std::size_t offset = 0;
    const std::uint8_t* data = bytes.data();
    // The dwords loaded inline (a compiler makes one load of this): through readU32's call and bounds check,
    // hashing a dirty hive's 6 MiB of log entries was a tenth of a status's time (bench/, issue 7).
    for (; offset + 4 <= bytes.size(); offset += 4)
        state.mix(static_cast<std::uint32_t>(data[offset]) |
                  static_cast<std::uint32_t>(data[offset + 1]) << 8 |
                  static_cast<std::uint32_t>(data[offset + 2]) << 16 |
                  static_cast<std::uint32_t>(data[offset + 3]) << 24);
    // The tail (0..3 bytes) is closed with a 0x80 byte, as in the reference implementation.
    std::uint32_t last = 0x80;
    for (std::size_t i = bytes.size(); i > offset; --i)
        last = (last << 8) | bytes[i - 1];
    state.mix(last);
    state.mix(0);
    return static_cast<std::uint64_t>(state.hi) << 32 | state.lo;
}

} // namespace heapfix::regf
