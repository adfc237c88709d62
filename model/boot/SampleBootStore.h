#pragma once
// The practice BCD store beside a sample installation: what the 0xC0000017 path works on when the target is
// the built-in sample, so that a practice run has something to report and repair. Written with heapfix's own
// regf writer (BlankHive) and filled through hivex, like the sample's SYSTEM and SOFTWARE hives.
//
// Contents (object types and element ids as in BcdElements.h and the real stores in the test data):
// {bootmgr} (type 0x10100002) whose default (23000003) names one Windows boot loader (type 0x10200003) with
// EMS off (260000b0 = 0); {badmemory} (0x20100000) with a bad memory list (1700000a) of a few pages;
// {emssettings} (0x20100000) with EMS off (16000020 = 0) and neither port nor baud rate.

#include "../core/Error.h"
#include "../core/Expected.h"

#include <cstdint>
#include <filesystem>
#include <string_view>
#include <vector>

namespace heapfix {

// The sample's Windows boot loader object.
inline constexpr std::string_view kSampleBootLoader = "{6d3f0b52-7c1a-4e39-9a8b-2f5e1c0d4a67}";

// The page numbers of the sample's bad memory list.
inline std::vector<std::uint64_t> sampleBadMemoryPages() {
    return {0x7ff00, 0x7ff01, 0x40000};
}

// <installationRoot>/EFI/Microsoft/Boot/BCD, where findBcdStore looks first.
inline std::filesystem::path sampleBootStorePath(const std::filesystem::path& installationRoot) {
    return installationRoot / "EFI" / "Microsoft" / "Boot" / "BCD";
}

// Writes the practice store to sampleBootStorePath(installationRoot) (folders created where missing), reads
// it back and checks it. Refuses (nothing written) when a file is already there. Returns the store's path.
// The Windows build has no hivex to fill it with and refuses (Unsupported).
Expected<std::filesystem::path, Error> createSampleBootStore(const std::filesystem::path& installationRoot);

} // namespace heapfix
