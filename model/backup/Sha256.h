#pragma once
// SHA-256 (FIPS 180-4), for the checksum of a backup recorded beside it. No dependency, so it cross-builds.
// On x86 processors with the SHA extensions (Intel since 2016's Goldmont and 2021's Ice Lake, AMD since Zen)
// the blocks go through those instructions, about seven times faster on a 12 MB hive; elsewhere, and with
// other compilers, through the portable code. Both give the same digest (tests/backup/tst_sha256).

#include <cstdint>
#include <span>
#include <string>

namespace heapfix {

enum class Sha256Engine {
    Fastest,  // the processor's SHA instructions if it has them, else Portable
    Portable, // plain C++, any processor
};

std::string sha256Hex(std::span<const std::uint8_t> data,
                      Sha256Engine engine = Sha256Engine::Fastest); // 64 lowercase hex digits
// Whether this processor and build have the SHA instructions that Fastest then uses.
bool sha256HasProcessorInstructions();

} // namespace heapfix
